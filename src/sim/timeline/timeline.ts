// The timeline: frames computed from the action log, with checkpoints so seeking costs the same anywhere
// (DESIGN rule 4). Acting in the past forks: later frames are dropped and the future is computed anew.
import type { ClientRequest, ClusterConfig, ClusterSnapshot, ClusterState, Frame } from '../engine/types';
import { createCluster } from '../engine/cluster';
import { DEFAULT_STABLE_HORIZON_MS } from '../engine/run';
import type { ActResult, RecordedAction, WorkspaceLog } from './types';
import { CHECKPOINT_EVERY, Replayer, type Checkpoint } from './replay';
import { snapshotFrom } from './snapshot';
import { reason, type Reason } from '../reasons';

/** Upper bound on frames in one timeline; beyond it the future is not computed (and the UI says so). */
export const MAX_FRAMES = 250_000;
/** Upper bound on events processed by one computation (a livelock guard). */
const MAX_EVENTS_PER_RUN = 400_000;

export interface Timeline {
  readonly log: WorkspaceLog;
  /** Every computed frame, in order. Frame i's snapshot is the state after it. */
  readonly frames: readonly Frame[];
  /** Simulated time up to which the future has been computed. */
  readonly computedUntilMs: number;
  /** True when no work is pending at computedUntilMs (the cluster has settled). */
  readonly stable: boolean;
  /** Set when a limit stopped the computation: why, for the user (a reason, rendered in their language). */
  readonly limit?: Reason;
  /** @internal states at every CHECKPOINT_EVERY-th frame (and -1). */
  readonly checkpoints: readonly Checkpoint[];
  /** @internal the full engine state at computedUntilMs, to compute further. */
  readonly endState?: ClusterState;
}

interface Computation { frames: Frame[]; checkpoints: Checkpoint[] }

function recorder(c: Computation): (f: Frame, r: Replayer) => void {
  return (f, r) => {
    c.frames.push(f);
    if (r.frame % CHECKPOINT_EVERY === 0) c.checkpoints.push({ frame: r.frame, state: r.work.toState() });
  };
}

/** Compute the future from a replayer until `untilMs` (bounded); returns the finished timeline fields. */
function finish(r: Replayer, c: Computation, log: WorkspaceLog, untilMs: number): Timeline {
  let n = 0;
  let limit: Reason | undefined;
  while (r.work.queue.length && r.work.queue[0]!.atMs <= untilMs) {
    if (c.frames.length >= MAX_FRAMES) { limit = reason('timeline.full', { frames: MAX_FRAMES.toLocaleString('en') }); break; }
    if (++n > MAX_EVENTS_PER_RUN) { limit = reason('timeline.unsettled', { events: MAX_EVENTS_PER_RUN.toLocaleString('en') }); break; }
    r.stepOnce();
  }
  if (!limit && r.work.nowMs < untilMs) r.work.nowMs = untilMs;
  return {
    log, frames: c.frames, checkpoints: c.checkpoints, computedUntilMs: r.work.nowMs, stable: r.work.queue.length === 0,
    ...(limit ? { limit } : {}), endState: r.work.toState(),
  };
}

export function createTimeline(config: ClusterConfig, seed: number): Timeline {
  const base = createCluster(config, seed);
  return { log: { seed, config, actions: [] }, frames: [], checkpoints: [{ frame: -1, state: base }], computedUntilMs: 0, stable: true, endState: base };
}

/** Rebuild a timeline from a saved log (reload, share link). */
export function timelineFromLog(log: WorkspaceLog): Timeline {
  const base: Checkpoint = { frame: -1, state: createCluster(log.config, log.seed) };
  const c: Computation = { frames: [], checkpoints: [base] };
  const r = new Replayer(base, log.actions, recorder(c));
  const last = log.actions[log.actions.length - 1];
  if (!last) return { log, frames: [], checkpoints: [base], computedUntilMs: 0, stable: true };
  r.advanceTo(last.afterFrame);
  r.applyDueActions();
  return finish(r, c, log, r.work.nowMs + DEFAULT_STABLE_HORIZON_MS);
}

/** The latest checkpoint at or before `frame`: checkpoints are in frame order, so a binary search (flat seeks). */
function checkpointAtOrBefore(tl: Timeline, frame: number): Checkpoint {
  const cps = tl.checkpoints;
  let lo = 0;
  let hi = cps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cps[mid]!.frame <= frame) lo = mid + 1;
    else hi = mid;
  }
  return cps[Math.max(0, lo - 1)]!;
}

/** Actions that stay when history is cut after frame `i`: those whose effect lies at or before it. */
function keptActions(tl: Timeline, i: number): RecordedAction[] {
  return tl.log.actions.filter((a) => (a.producedFrame ?? a.afterFrame) <= i);
}

/**
 * Act at a point in history. Frames after `afterFrame` are discarded (a fork), the request is carried out at
 * `atMs`, and the future is computed until the cluster settles (bounded).
 */
export function act(tl: Timeline, at: { afterFrame: number; atMs: number }, request: ClientRequest, command: string): { timeline: Timeline } & ActResult {
  const i = Math.max(-1, Math.min(at.afterFrame, tl.frames.length - 1));
  const atMs = Math.max(at.atMs, tl.frames[i]?.atMs ?? 0);
  const kept = keptActions(tl, i);
  const cp = checkpointAtOrBefore(tl, i);
  const c: Computation = { frames: tl.frames.slice(0, cp.frame + 1), checkpoints: tl.checkpoints.filter((x) => x.frame <= cp.frame) };
  const r = new Replayer(cp, kept, recorder(c));
  r.advanceTo(i);
  r.applyDueActions();
  r.runBefore(atMs);
  const out = r.submit(request, command);
  const action: RecordedAction = { afterFrame: i, atMs, request, command, ...(out.produced ? { producedFrame: r.frame } : {}) };
  const log: WorkspaceLog = { ...tl.log, actions: [...kept, action] };
  const timeline = finish(r, c, log, atMs + DEFAULT_STABLE_HORIZON_MS);
  return { timeline, result: out.result, discardedFrames: Math.max(0, tl.frames.length - (i + 1)) };
}

/** Compute further, up to `untilMs` (for things that never settle, such as a crash loop). */
export function extend(tl: Timeline, untilMs: number): Timeline {
  if (untilMs <= tl.computedUntilMs || tl.limit) return tl;
  const end = tl.endState;
  if (!end) return { ...tl, computedUntilMs: untilMs };
  const c: Computation = { frames: [...tl.frames], checkpoints: [...tl.checkpoints] };
  const r = new Replayer({ frame: tl.frames.length - 1, state: end }, [], recorder(c));
  return finish(r, c, tl.log, untilMs);
}

// eslint-disable-next-line no-restricted-syntax -- identity memo keyed by an immutable object (or a per-timeline object): GC-bounded, a miss recomputes the same value
const cache = new WeakMap<Timeline, { index: number; snap: ClusterSnapshot }>();

/** The cluster as it was right after frame `index` (-1: the initial cluster). Cost is bounded by the checkpoint interval. */
export function snapshotAt(tl: Timeline, index: number): ClusterSnapshot {
  const i = Math.max(-1, Math.min(index, tl.frames.length - 1));
  const hit = cache.get(tl);
  if (hit && hit.index === i) return hit.snap;
  const snap = snapshotFrom(checkpointAtOrBefore(tl, i), tl.frames, i);
  cache.set(tl, { index: i, snap });
  return snap;
}

/** Index of the last frame with atMs ≤ ms (-1 if none). */
export function frameIndexAt(tl: Timeline, ms: number): number {
  let lo = 0;
  let hi = tl.frames.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tl.frames[mid]!.atMs <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
