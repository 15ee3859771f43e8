// Time-sliced computation of the future: the engine stays synchronous and pure; this decides when it runs.
// A slice computes for a few milliseconds, then yields to the page (a MessageChannel task, so input and painting
// get their turn between slices); the store sees the new frames a few times a second (publishing re-renders the
// page, which costs more than a slice). Where a slice stops never changes the frames (src/sim/timeline tests).
import type { Budget, Timeline } from '../sim';

/** Wall-clock budget of the slice an action computes before it returns (its result is known then). */
export const FIRST_SLICE_MS = 16;
/** Wall-clock budget of each following slice. */
export const SLICE_MS = 8;
/** What a playback tick computes itself when the slices are starved (a synchronous loop of ticks). */
export const TICK_SLICE_MS = 4;
/** How often a running computation publishes its frames and progress. */
export const PUBLISH_EVERY_MS = 500;

/** A slice this late means nothing yields to the scheduler. */
const STARVED_MS = 100;

const now = () => performance.now();

/** A budget that says stop once `ms` of wall-clock time have passed. */
export function budgetOf(ms: number): Budget {
  const end = now() + ms;
  return () => now() >= end;
}

/** Run `fn` as a new task soon: MessageChannel in a page (no 4 ms clamping of nested timers), else a timer. */
function taskPoster(): (fn: () => void) => void {
  if (typeof window !== 'undefined' && typeof MessageChannel !== 'undefined') {
    const channel = new MessageChannel();
    const queue: (() => void)[] = [];
    channel.port1.onmessage = () => queue.shift()?.();
    return (fn) => {
      queue.push(fn);
      channel.port2.postMessage(null);
    };
  }
  return (fn) => void setTimeout(fn, 0);
}

export interface SliceHost {
  /** The store's timeline now (computing goes on with whatever it is: an action may have replaced it). */
  current(): Timeline | null;
  advance(tl: Timeline, budget: Budget): Timeline;
  /** Other work that goes first (an action computing the history up to its place): true while it needs more slices. */
  before?(budget: Budget): boolean;
  /** Put the computed timeline in the store; `done` when it no longer computes. */
  publish(tl: Timeline, done: boolean): void;
}

export function makeSliceScheduler(host: SliceHost) {
  let scheduled = false;
  let lastPublish = -Infinity;
  let lastSlice = now();
  const post = taskPoster();

  function publishNow(tl: Timeline): void {
    lastPublish = now();
    host.publish(tl, tl.computingUntilMs === undefined);
  }

  function slice(): void {
    scheduled = false;
    lastSlice = now();
    if (host.before?.(budgetOf(SLICE_MS))) return schedule();
    const cur = host.current();
    if (!cur || cur.computingUntilMs === undefined) return;
    const next = host.advance(cur, budgetOf(SLICE_MS));
    const done = next.computingUntilMs === undefined;
    if (done || now() - lastPublish >= PUBLISH_EVERY_MS) publishNow(next);
    if (!done) schedule();
  }

  function schedule(): void {
    if (scheduled) return;
    lastSlice = now();
    scheduled = true;
    post(slice);
  }

  /** True when a slice is due but has not run for a while: the caller holds the main thread (a loop of ticks). */
  const starved = () => scheduled && now() - lastSlice > STARVED_MS;

  /** Publish the next slice's result whatever the time since the last (the first slice after an action). */
  const publishNext = () => {
    lastPublish = -Infinity;
  };

  return { schedule, publishNow, publishNext, starved };
}
