// The timeline: frames computed from the action log, with checkpoints so seeking costs the same anywhere
// (DESIGN rule 4). Acting in the past forks: later frames are dropped and the future is computed anew.
import type { ClientRequest, ClusterConfig, ClusterSnapshot, Frame } from '../engine/types';
import { createCluster } from '../engine/cluster';
import { DEFAULT_STABLE_HORIZON_MS } from '../engine/run';
import type { ActResult, RecordedAction, WorkspaceLog } from './types';
import { isCheckpointFrame, Replayer, type Checkpoint } from './replay';
import { snapshotFrom } from './snapshot';
import { WhyChain } from './checkpointWhy';
import { reason, type Reason } from '../reasons';
import { partitionPoint } from '../util/partitionPoint';

/** Upper bound on frames in one timeline; beyond it the future is not computed (and the UI says so). */
export const MAX_FRAMES = 250_000;
/** Upper bound on events processed by one computation (a livelock guard). */
const MAX_EVENTS_PER_RUN = 400_000;

export interface Timeline {
  readonly log: WorkspaceLog;
  /**
   * Every computed frame, in order. Frame i's snapshot is the state after it. Append-only and shared by the
   * timelines of one computation (each slice or extension returns a new Timeline over the same array, so growing
   * costs O(new frames), not O(all frames)): use the latest Timeline of a computation.
   */
  readonly frames: readonly Frame[];
  /** Simulated time up to which the future has been computed. */
  readonly computedUntilMs: number;
  /** True when no work is pending at computedUntilMs (the cluster has settled). */
  readonly stable: boolean;
  /** Set when a limit stopped the computation (or it was cancelled): why, for the user (a reason, rendered in their language). */
  readonly limit?: Reason;
  /**
   * Set while the future is still being computed up to this simulated time: `advance` continues it (in slices,
   * so the page stays responsive). The frames so far are final; slicing never changes them.
   */
  readonly computingUntilMs?: number;
  /** Events processed by the running computation so far (progress), while computing. */
  readonly computedEvents?: number;
  /** @internal states at every CHECKPOINT_EVERY-th frame, after heavy frames (replay.ts) and at -1; append-only, shared like `frames`. */
  readonly checkpoints: readonly Checkpoint[];
  /** @internal the running computation (engine state at computedUntilMs), to compute further. */
  readonly run?: Run;
}

/** Say when to stop a slice (checked between events); results never depend on where a slice stops. */
export type Budget = () => boolean;
const UNBOUNDED: Budget = () => false;

/** The mutable part of one computation: a replayer at the end of `frames`. Owned by its timelines, never shared
 * across forks (acting in the past starts a new Run), not module state. */
interface Run {
  readonly frames: Frame[];
  readonly checkpoints: Checkpoint[];
  readonly replayer: Replayer;
  /** Events processed by the current target's computation (the livelock guard). */
  events: number;
  /** The latest timeline of this run: older ones are prefixes of it. */
  head?: Timeline;
  /**
   * The last snapshot asked of this run's timelines (snapshotAt): frames are final once computed and shared by every
   * timeline of the run, so frame `index` gives the same snapshot whichever of them is asked.
   */
  lastSnapshot?: { readonly index: number; readonly snap: ClusterSnapshot };
}

function newRun(frames: Frame[], checkpoints: Checkpoint[], from: Checkpoint, actions: readonly RecordedAction[]): Run {
  const run = { frames, checkpoints, events: 0 } as { -readonly [K in keyof Run]: Run[K] };
  const whys = new WhyChain();
  run.replayer = new Replayer(from, actions, (f, r) => {
    frames.push(f);
    if (isCheckpointFrame(r.frame, f.changes.length)) checkpoints.push({ frame: r.frame, state: whys.keep(r.work.toState()) });
  });
  return run;
}

/** Compute from the run's replayer towards `untilMs` until done or the budget says stop (asked after each event, or
 * with `askFirst` before each one); returns the timeline. */
function compute(run: Run, log: WorkspaceLog, untilMs: number, budget: Budget, askFirst = false): Timeline {
  const r = run.replayer;
  let limit: Reason | undefined;
  let done = true;
  while (r.work.queue.length && r.work.queue[0]!.atMs <= untilMs) {
    if (askFirst && budget()) { done = false; break; }
    if (run.frames.length >= MAX_FRAMES) { limit = reason('timeline.full', { frames: MAX_FRAMES.toLocaleString('en') }); break; }
    if (++run.events > MAX_EVENTS_PER_RUN) { limit = reason('timeline.unsettled', { events: MAX_EVENTS_PER_RUN.toLocaleString('en') }); break; }
    r.stepOnce();
    if (!askFirst && budget()) { done = false; break; }
  }
  if (done && r.work.queue.length && r.work.queue[0]!.atMs <= untilMs && !limit) done = false;
  if (done && !limit && r.work.nowMs < untilMs) r.work.nowMs = untilMs;
  const tl: Timeline = {
    log, frames: run.frames, checkpoints: run.checkpoints, computedUntilMs: r.work.nowMs,
    stable: done && r.work.queue.length === 0,
    ...(limit ? { limit } : {}), ...(done || limit ? {} : { computingUntilMs: untilMs, computedEvents: run.events }), run,
  };
  run.head = tl;
  return tl;
}

export function createTimeline(config: ClusterConfig, seed: number): Timeline {
  const base: Checkpoint = { frame: -1, state: createCluster(config, seed) };
  const log: WorkspaceLog = { seed, config, actions: [] };
  const run = newRun([], [base], base, []);
  const tl: Timeline = { log, frames: run.frames, checkpoints: run.checkpoints, computedUntilMs: 0, stable: true, run };
  run.head = tl;
  return tl;
}

/** Rebuild a timeline from a saved log (reload, share link). */
export function timelineFromLog(log: WorkspaceLog, budget: Budget = UNBOUNDED): Timeline {
  const base: Checkpoint = { frame: -1, state: createCluster(log.config, log.seed) };
  const run = newRun([], [base], base, log.actions);
  const r = run.replayer;
  const last = log.actions[log.actions.length - 1];
  if (!last) return { log, frames: run.frames, checkpoints: run.checkpoints, computedUntilMs: 0, stable: true, run };
  r.advanceTo(last.afterFrame);
  r.applyDueActions();
  return compute(run, log, r.work.nowMs + DEFAULT_STABLE_HORIZON_MS, budget);
}

/** The latest checkpoint at or before `frame`: checkpoints are in frame order, so a binary search (flat seeks). */
function checkpointAtOrBefore(tl: Timeline, frame: number): Checkpoint {
  const cps = tl.checkpoints;
  return cps[Math.max(0, partitionPoint(cps.length, (i) => cps[i]!.frame <= frame) - 1)]!;
}

/** Actions that stay when history is cut after frame `i`: those whose effect lies at or before it. */
function keptActions(tl: Timeline, i: number): RecordedAction[] {
  return tl.log.actions.filter((a) => (a.producedFrame ?? a.afterFrame) <= i);
}

/**
 * An action in the past on its way: the history up to the fork point is being computed again from the checkpoint
 * before it (in slices: `continueAct`), then the request is carried out there. Owned by its caller, never shared.
 */
export interface PendingAct {
  /** @internal */
  readonly run: Run;
  /** @internal */
  readonly from: Timeline;
  readonly afterFrame: number;
  readonly atMs: number;
  readonly request: ClientRequest;
  readonly command: string;
  /** @internal the recorded actions that stay (those at or before the fork point). */
  readonly kept: readonly RecordedAction[];
}

/** Start acting at a point in history (nothing is computed yet): `continueAct` computes it. */
export function startAct(tl: Timeline, at: { afterFrame: number; atMs: number }, request: ClientRequest, command: string): PendingAct {
  const i = Math.max(-1, Math.min(at.afterFrame, tl.frames.length - 1));
  const atMs = Math.max(at.atMs, tl.frames[i]?.atMs ?? 0);
  const kept = keptActions(tl, i);
  const cp = checkpointAtOrBefore(tl, i);
  const run = newRun(tl.frames.slice(0, cp.frame + 1), tl.checkpoints.filter((x) => x.frame <= cp.frame), cp, kept);
  return { run, from: tl, afterFrame: i, atMs, request, command, kept };
}

/**
 * Go on with an action in the past until `budget` says stop (checked between events; undefined: not there yet, call
 * again) or the request has been carried out at its place: then its result and the new timeline, whose future is
 * computed on until `computeBudget` says stop (checked before every event, the first one included: with `() => true`
 * nothing is computed yet and the timeline is left computing, for `advance`). Where either stops never changes the
 * frames (slices.test.ts).
 */
export function continueAct(p: PendingAct, budget: Budget = UNBOUNDED, computeBudget: Budget = UNBOUNDED): ({ timeline: Timeline } & ActResult) | undefined {
  const r = p.run.replayer;
  if (!r.advanceTo(p.afterFrame, budget)) return undefined;
  r.applyDueActions();
  if (!r.runBefore(p.atMs, budget)) return undefined;
  const out = r.submit(p.request, p.command);
  const action: RecordedAction = { afterFrame: p.afterFrame, atMs: p.atMs, request: p.request, command: p.command, ...(out.produced ? { producedFrame: r.frame } : {}) };
  const log: WorkspaceLog = { ...p.from.log, actions: [...p.kept, action] };
  const timeline = compute(p.run, log, p.atMs + DEFAULT_STABLE_HORIZON_MS, computeBudget, true);
  return { timeline, result: out.result, discardedFrames: Math.max(0, p.from.frames.length - (p.afterFrame + 1)) };
}

/**
 * Act at a point in history. Frames after `afterFrame` are discarded (a fork), the request is carried out at
 * `atMs`, and the future is computed until the cluster settles (bounded), or, with a budget, for at least one event
 * and then until the budget says stop (the timeline is left computing: `advance` goes on).
 */
export function act(tl: Timeline, at: { afterFrame: number; atMs: number }, request: ClientRequest, command: string, budget: Budget = UNBOUNDED): { timeline: Timeline } & ActResult {
  let first = true;
  const afterFirst: Budget = () => (first ? ((first = false), false) : budget());
  return continueAct(startAct(tl, at, request, command), UNBOUNDED, afterFirst)!;
}

/**
 * Compute further, up to `untilMs` (for things that never settle, such as a crash loop). A timeline still
 * computing goes on towards the further of its target and `untilMs`.
 */
export function extend(tl: Timeline, untilMs: number, budget: Budget = UNBOUNDED): Timeline {
  const head = tl.run?.head ?? tl;
  if (head.limit) return head;
  const target = Math.max(untilMs, head.computingUntilMs ?? 0);
  if (target <= head.computedUntilMs) return head;
  const run = head.run;
  if (!run) return { ...head, computedUntilMs: target };
  if (head.computingUntilMs === undefined) run.events = 0;
  return compute(run, head.log, target, budget);
}

/** Go on with a timeline that is still computing (a slice, until the budget says stop); others come back as they are. */
export function advance(tl: Timeline, budget: Budget = UNBOUNDED): Timeline {
  const head = tl.run?.head ?? tl;
  if (head.computingUntilMs === undefined || !head.run) return head;
  return compute(head.run, head.log, head.computingUntilMs, budget);
}

/** Stop computing: keep what was computed, like a limit, and say so. */
export function cancelComputing(tl: Timeline): Timeline {
  const head = tl.run?.head ?? tl;
  if (head.computingUntilMs === undefined) return head;
  const { computingUntilMs: _, computedEvents: __, ...rest } = head;
  const out: Timeline = { ...rest, stable: false, limit: reason('timeline.cancelled', { at: formatMs(head.computedUntilMs) }) };
  if (head.run) head.run.head = out;
  return out;
}

function formatMs(ms: number): string {
  const s = Math.floor(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${s % 60}s` : `${s}s`;
}

/**
 * The cluster as it was right after frame `index` (-1: the initial cluster). Cost is bounded by the checkpoint
 * interval; asking the same frame again (a paused playhead, a re-render) reuses the run's last snapshot.
 */
export function snapshotAt(tl: Timeline, index: number): ClusterSnapshot {
  const i = Math.max(-1, Math.min(index, tl.frames.length - 1));
  const run = tl.run;
  const hit = run?.lastSnapshot;
  if (hit && hit.index === i) return hit.snap;
  const snap = snapshotFrom(checkpointAtOrBefore(tl, i), tl.frames, i);
  if (run) run.lastSnapshot = { index: i, snap };
  return snap;
}

/** Index of the last frame with atMs ≤ ms (-1 if none). */
export function frameIndexAt(tl: Timeline, ms: number): number {
  const frames = tl.frames;
  return partitionPoint(frames.length, (i) => frames[i]!.atMs <= ms) - 1;
}
