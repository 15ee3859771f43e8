// Step the engine event by event until a predicate on the frames says done, or a deadline passes. The one place
// where the runner lets simulated time pass for commands that block (rollout status, wait, delete, run -i).
import type { ClusterState, Frame } from '../sim';
import type { EnginePort } from './deps';

/** Upper bound on events processed by one run (a livelock guard, as in the engine's run loop). */
export const MAX_RUN_EVENTS = 200_000;

export interface RunUntilResult {
  readonly state: ClusterState;
  readonly frames: Frame[];
  /** True when `onFrame` said done; false when the deadline passed (or the cluster went idle) first. */
  readonly done: boolean;
}

/**
 * Feed each new frame to `onFrame` (true = done) until done or `deadlineMs`. When not done, the clock is moved on to
 * the deadline (nothing happens in between: the cluster is idle or its next event is later).
 */
export function runUntilDone(engine: EnginePort, start: ClusterState, deadlineMs: number, onFrame: (frame: Frame) => boolean): RunUntilResult {
  // One working copy for the whole wait when the engine offers it (the cost of the events, not events × cluster).
  if (engine.runUntilFrame) return engine.runUntilFrame(start, deadlineMs, onFrame, { maxEvents: MAX_RUN_EVENTS });
  // Ports without it (test fakes): one step and one state per event.
  const frames: Frame[] = [];
  let state = start;
  for (let n = 0; n < MAX_RUN_EVENTS; n++) {
    const next = nextEventMs(state);
    if (next === undefined || next > deadlineMs) break;
    const stepped = engine.step(state);
    if (!stepped) break;
    state = stepped.state;
    if (stepped.frame) {
      frames.push(stepped.frame);
      if (onFrame(stepped.frame)) return { state, frames, done: true };
    }
  }
  if (state.nowMs < deadlineMs) {
    const rest = engine.runUntil(state, deadlineMs);
    state = rest.state;
    frames.push(...rest.frames);
  }
  return { state, frames, done: false };
}

/** Time of the earliest queued event. */
export function nextEventMs(state: ClusterState): number | undefined {
  let min: number | undefined;
  for (const e of state.queue) if (min === undefined || e.atMs < min) min = e.atMs;
  return min;
}
