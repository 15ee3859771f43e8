// Pure helpers for moving the playhead over a timeline's frames.
import type { Timeline } from '../sim';
import type { Deps } from './deps';

type Find = Deps['frameIndexAt'];

/** Time of the first frame strictly after `ms`, or undefined. */
export function nextFrameMs(tl: Timeline, ms: number, frameIndexAt: Find): number | undefined {
  return tl.frames[frameIndexAt(tl, ms) + 1]?.atMs;
}

/** Time of the last frame strictly before `ms`, or 0 when there is none. */
export function prevFrameMs(tl: Timeline, ms: number, frameIndexAt: Find): number {
  if (ms <= 0) return 0;
  const i = frameIndexAt(tl, Math.ceil(ms) - 1);
  return i >= 0 ? tl.frames[i]!.atMs : 0;
}

/** How many frames the learner has already seen (≤ live edge) lie after the playhead: a fork drops them. */
export function visibleFramesAfter(tl: Timeline, playheadMs: number, liveEdgeMs: number, frameIndexAt: Find): number {
  return Math.max(0, frameIndexAt(tl, liveEdgeMs) - frameIndexAt(tl, playheadMs));
}

/**
 * Where playback stops on a settled timeline: its last frame (the engine may have looked minutes further ahead
 * to be sure nothing else happens; playing through that quiet stretch teaches nothing). Undefined while unsettled.
 */
export function endOfHistoryMs(tl: Timeline): number | undefined {
  if (!tl.stable) return undefined;
  return tl.frames[tl.frames.length - 1]?.atMs ?? 0;
}

export const SPEEDS = [0.25, 0.5, 1, 2, 5, 10, 20] as const;
export const DEFAULT_SPEED = 2;
/** How far ahead to compute when playback or a step reaches the end of an unsettled timeline. */
export const EXTEND_CHUNK_MS = 30_000;
/** Longest wall-clock gap one tick may cover (a hidden tab must not jump minutes ahead). */
export const MAX_TICK_WALL_MS = 250;
