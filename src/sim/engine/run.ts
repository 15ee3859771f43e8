// The engine loop. Pure from the outside: inputs are never mutated; every call returns a new state.
import type { ClientRequest, ClusterState, Frame, RequestResult } from './types';

/** Carry out a client request at the current simulated time. Produces at most one frame (cause: user). */
export function submit(_state: ClusterState, _request: ClientRequest, _command?: string): { state: ClusterState; result: RequestResult; frame?: Frame } {
  throw new Error('engine core not landed yet');
}

/** Process the next queued event. Returns undefined when nothing is queued. `frame` is absent for no-op reconciles. */
export function step(_state: ClusterState): { state: ClusterState; frame?: Frame } | undefined {
  throw new Error('engine core not landed yet');
}

export interface RunOptions {
  /** Upper bound on processed events (a livelock guard). Default 200,000. */
  readonly maxEvents?: number;
}

/** Process every event with atMs ≤ untilMs, then set the clock to untilMs. */
export function runUntil(_state: ClusterState, _untilMs: number, _opts?: RunOptions): { state: ClusterState; frames: Frame[] } {
  throw new Error('engine core not landed yet');
}

/** Run until no work is queued, or until `maxMs` of simulated time passed (default 10 min). */
export function runUntilStable(_state: ClusterState, _opts?: RunOptions & { maxMs?: number }): { state: ClusterState; frames: Frame[]; stable: boolean } {
  throw new Error('engine core not landed yet');
}
