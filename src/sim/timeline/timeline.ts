// The timeline: frames computed from the action log, with checkpoints so seeking costs the same anywhere.
import type { ClientRequest, ClusterConfig, ClusterSnapshot, Frame } from '../engine/types';
import type { ActResult, WorkspaceLog } from './types';

export interface Timeline {
  readonly log: WorkspaceLog;
  /** Every computed frame, in order. Frame i's snapshot is the state after it. */
  readonly frames: readonly Frame[];
  /** Simulated time up to which the future has been computed. */
  readonly computedUntilMs: number;
  /** True when no work is pending at computedUntilMs (the cluster has settled). */
  readonly stable: boolean;
}

export function createTimeline(_config: ClusterConfig, _seed: number): Timeline {
  throw new Error('engine core not landed yet');
}

/** Rebuild a timeline from a saved log (reload, share link). */
export function timelineFromLog(_log: WorkspaceLog): Timeline {
  throw new Error('engine core not landed yet');
}

/**
 * Act at a point in history. Frames after `afterFrame` are discarded (a fork), the request is carried out at
 * `atMs`, and the future is computed until the cluster settles (bounded).
 */
export function act(_tl: Timeline, _at: { afterFrame: number; atMs: number }, _request: ClientRequest, _command: string): { timeline: Timeline } & ActResult {
  throw new Error('engine core not landed yet');
}

/** Compute further, up to `untilMs` (for things that never settle, such as a crash loop). */
export function extend(_tl: Timeline, _untilMs: number): Timeline {
  throw new Error('engine core not landed yet');
}

/** The cluster as it was right after frame `index` (-1: the initial cluster). Cost is bounded by the checkpoint interval. */
export function snapshotAt(_tl: Timeline, _index: number): ClusterSnapshot {
  throw new Error('engine core not landed yet');
}

/** Index of the last frame with atMs ≤ ms (-1 if none). */
export function frameIndexAt(_tl: Timeline, _ms: number): number {
  throw new Error('engine core not landed yet');
}
