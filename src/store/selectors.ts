// Module-level selectors. Snapshots are memoized per (timeline, frame index): scrubbing inside a frame is free.
import type { ClusterSnapshot, Frame, Timeline } from '../sim';
import type { Deps } from './deps';
import type { AppState, Problem } from './types';

export const selectPlayheadMs = (s: AppState) => s.playheadMs;
export const selectLiveEdgeMs = (s: AppState) => s.liveEdgeMs;
export const selectPlaying = (s: AppState) => s.playing;
export const selectSpeed = (s: AppState) => s.speed;
export const selectTimeline = (s: AppState) => s.timeline;
export const selectFrames = (s: AppState): readonly Frame[] => s.timeline?.frames ?? NO_FRAMES;
export const selectConsoleLines = (s: AppState) => s.consoleLines;
export const selectNotices = (s: AppState) => s.notices;
export const selectSelectedKey = (s: AppState) => s.selectedKey;
export const selectText = (s: AppState) => s.text;

const NO_FRAMES: readonly Frame[] = [];

/** Every problem in line order (then column); at the same place an Apply problem (it explains why nothing
 * happened) comes before a live schema one. */
export function selectProblems(s: AppState): readonly Problem[] {
  return combineProblems(s.applyProblems, s.schemaProblems);
}
let lastA: readonly Problem[] | null = null;
let lastB: readonly Problem[] | null = null;
let lastCombined: readonly Problem[] = [];
function combineProblems(a: readonly Problem[], b: readonly Problem[]): readonly Problem[] {
  if (a !== lastA || b !== lastB) {
    lastA = a;
    lastB = b;
    lastCombined = [...a, ...b].map((p, i) => ({ p, i }))
      .sort((x, y) => x.p.line - y.p.line || x.p.column - y.p.column || x.i - y.i).map((x) => x.p);
  }
  return lastCombined;
}

/** Builds a memoized snapshot reader bound to the engine functions. */
export function makeSnapshotReader(deps: Pick<Deps, 'snapshotAt' | 'frameIndexAt'>) {
  let cacheTl: Timeline | null = null;
  let cacheIndex = -2;
  let cacheSnap: ClusterSnapshot | null = null;
  function snapshotAtIndex(tl: Timeline, index: number): ClusterSnapshot {
    if (tl !== cacheTl || index !== cacheIndex || !cacheSnap) {
      cacheSnap = deps.snapshotAt(tl, index);
      cacheTl = tl;
      cacheIndex = index;
    }
    return cacheSnap;
  }
  let initialTl: Timeline | null = null;
  let initialSnap: ClusterSnapshot | null = null;
  return {
    /** The cluster before any frame (index -1), memoized per timeline. */
    initial(tl: Timeline): ClusterSnapshot {
      if (tl !== initialTl || !initialSnap) {
        initialSnap = deps.snapshotAt(tl, -1);
        initialTl = tl;
      }
      return initialSnap;
    },
    frameIndex: (s: AppState): number => (s.timeline ? deps.frameIndexAt(s.timeline, s.playheadMs) : -1),
    /** The cluster at the playhead (objects as of the last frame ≤ playhead), or null without a timeline. */
    snapshot(s: AppState): ClusterSnapshot | null {
      if (!s.timeline) return null;
      return snapshotAtIndex(s.timeline, deps.frameIndexAt(s.timeline, s.playheadMs));
    },
    /** Same objects, but the clock reads the playhead (for kubectl's AGE column). */
    snapshotForKubectl(s: AppState): ClusterSnapshot | null {
      const snap = this.snapshot(s);
      return snap && { ...snap, nowMs: Math.max(snap.nowMs, s.playheadMs) };
    },
  };
}
export type SnapshotReader = ReturnType<typeof makeSnapshotReader>;
