// `wait: {for: pod/web-2, condition: Ready}`: step the engine event by event until the condition holds or
// the timeout passes. A timeout is not fatal: the run goes on (like a script that ignores `kubectl wait`).
import type { ClusterState, Frame, KObject } from '../sim';
import { objectKey, resourceOf } from '../sim';
import { conditionHolds } from './conditions';
import type { EnginePort } from './deps';
import type { WaitSpec } from './types';

type WaitFor = Extract<WaitSpec, { type: 'for' }>;

/** Upper bound on events processed by one wait (a livelock guard, as in the engine's run loop). */
export const MAX_WAIT_EVENTS = 200_000;

export interface WaitResult {
  readonly state: ClusterState;
  readonly frames: Frame[];
  readonly met: boolean;
}

export function waitFor(engine: EnginePort, start: ClusterState, spec: WaitFor): WaitResult {
  const deadlineMs = start.nowMs + spec.timeoutMs;
  if (engine.runUntilHolds) {
    const { kind, namespace, name } = spec.ref;
    const key = objectKey(kind, namespace, name);
    return engine.runUntilHolds(start, deadlineMs, (get) => conditionHolds(get(key), spec.condition), { maxEvents: MAX_WAIT_EVENTS });
  }
  // Ports without runUntilHolds (test fakes): the same loop, one step and one state per event.
  const frames: Frame[] = [];
  let state = start;
  for (let n = 0; n < MAX_WAIT_EVENTS; n++) {
    if (conditionHolds(lookup(state, spec), spec.condition)) return { state, frames, met: true };
    const next = nextEventMs(state);
    if (next === undefined || next > deadlineMs) break;
    const stepped = engine.step(state);
    if (!stepped) break;
    state = stepped.state;
    if (stepped.frame) frames.push(stepped.frame);
  }
  if (conditionHolds(lookup(state, spec), spec.condition)) return { state, frames, met: true };
  const rest = state.nowMs < deadlineMs ? engine.runUntil(state, deadlineMs) : { state, frames: [] };
  return { state: rest.state, frames: [...frames, ...rest.frames], met: false };
}

/** The object a `wait: {for}` names, as stored (undefined: not stored). */
export function lookup(state: Pick<ClusterState, 'objects'>, spec: Pick<WaitFor, 'ref'>): KObject | undefined {
  const { kind, namespace, name } = spec.ref;
  const ns = resourceOf(kind).namespaced ? namespace : '';
  return state.objects[kind]?.[`${ns}/${name}`];
}

/** Time of the earliest queued event (the queue is ordered by (atMs, seq), but do not rely on it). */
export function nextEventMs(state: ClusterState): number | undefined {
  let min: number | undefined;
  for (const e of state.queue) if (min === undefined || e.atMs < min) min = e.atMs;
  return min;
}

