// The engine loop. Pure from the outside: inputs are never mutated; every call returns a new state.
import { kubectlKindPrefix } from '../api/resources';
import { apiErrorMessage } from '../api/errors';
import type { ClientRequest, ClusterState, Frame, ObjectChange, RequestResult } from './types';
import type { KObject, ObjectKey } from '../api/types';
import { handleRequest } from '../apiserver/requests';
import { CONTROLLERS } from './controllers';
import { forgetRemoved, notify, stepWork } from './loop';
import { Work } from './work';
import { reason, type Reason } from '../reasons';

export interface RunOptions {
  /** Upper bound on processed events (a livelock guard). Default 200,000. */
  readonly maxEvents?: number;
}

export const DEFAULT_MAX_EVENTS = 200_000;
/** How far `runUntilStable` looks ahead by default: 10 simulated minutes. */
export const DEFAULT_STABLE_HORIZON_MS = 600_000;

/** A multi-line API error on one line: `... is invalid: spec.selector: Required value; spec.template...`. */
function oneLine(message: string): string {
  const [head = '', ...causes] = message.split('\n');
  return causes.length ? head + causes.map((c) => c.replace(/^\* /, '')).join('; ') : head;
}

/** One sentence for a user action, e.g. `kubectl apply -f -: service/nginx created, statefulset.apps/web created`. */
export function summarizeResult(command: string, result: RequestResult): Reason {
  const items = result.items.map((i) => {
    const object = `${kubectlKindPrefix(i.ref.kind)}/${i.ref.name}`;
    return i.error ? reason('user.itemFailed', { object, error: oneLine(apiErrorMessage(i.error)) }) : reason('user.itemDone', { object, outcome: String(i.outcome) });
  });
  return items.length ? reason('user.command', { command, items }) : reason('user.nothingToDo', { command });
}

/** Carry out a request inside a working copy; returns the user's frame if anything happened. */
export function submitWork(work: Work, request: ClientRequest, command: string): { result: RequestResult; frame?: Frame } {
  const simBefore = work.sim;
  const { result, changes, touched } = handleRequest(work, request);
  notify(work, CONTROLLERS, changes);
  forgetRemoved(work, CONTROLLERS, changes);
  const synthetic: ObjectChange[] = touched.flatMap((key) => {
    const obj = work.get(key);
    return obj ? [{ type: 'MODIFIED' as const, key, object: obj, previous: obj }] : [];
  });
  notify(work, CONTROLLERS, synthetic);
  if (!changes.length && !touched.length) return { result };
  const first = touched[0] ?? changes[0]?.key;
  const frame: Frame = {
    atMs: work.nowMs,
    cause: { actor: 'user', command, why: summarizeResult(command, result), ...(first ? { key: first } : {}) },
    changes,
    events: [],
    ...(work.sim !== simBefore ? { sim: work.sim } : {}),
  };
  return { result, frame };
}

/** Carry out a client request at the current simulated time. Produces at most one frame (cause: user). */
export function submit(state: ClusterState, request: ClientRequest, command = describeRequest(request)): { state: ClusterState; result: RequestResult; frame?: Frame } {
  const work = new Work(state);
  const out = submitWork(work, request, command);
  return { state: work.toState(), ...out };
}

/** A readable command for requests that did not come from a typed command. */
export function describeRequest(request: ClientRequest): string {
  switch (request.type) {
    case 'apply': return 'kubectl apply -f -';
    case 'create': return 'kubectl create -f -';
    case 'replace': return 'kubectl replace -f -';
    case 'delete': return `kubectl delete ${request.targets.map((t) => `${t.kind.toLowerCase()}/${t.name}`).join(' ')}`;
    case 'scale': return `kubectl scale ${request.target.kind.toLowerCase()}/${request.target.name} --replicas=${request.replicas}`;
    case 'patch': return `kubectl patch ${request.target.kind.toLowerCase()} ${request.target.name}`;
    case 'fault': return `fault ${request.fault.type} ${'node' in request.fault ? request.fault.node : request.fault.pod}`;
  }
}

/** Process the next queued event. Returns undefined when nothing is queued. `frame` is absent for no-op reconciles. */
export function step(state: ClusterState): { state: ClusterState; frame?: Frame } | undefined {
  const work = new Work(state);
  const frame = stepWork(work, CONTROLLERS);
  if (frame === null) return undefined;
  return { state: work.toState(), ...(frame ? { frame } : {}) };
}

/** Step a working copy until `untilMs`; returns how many events were processed. */
export function runWorkUntil(work: Work, untilMs: number, maxEvents: number, onFrame: (f: Frame) => void): number {
  let n = 0;
  while (n < maxEvents && work.queue.length && work.queue[0]!.atMs <= untilMs) {
    const frame = stepWork(work, CONTROLLERS);
    n++;
    if (frame) onFrame(frame);
  }
  if (work.nowMs < untilMs && n < maxEvents) work.nowMs = untilMs;
  return n;
}

/** Process every event with atMs ≤ untilMs, then set the clock to untilMs. */
export function runUntil(state: ClusterState, untilMs: number, opts: RunOptions = {}): { state: ClusterState; frames: Frame[]; limitReached: boolean } {
  const work = new Work(state);
  const frames: Frame[] = [];
  const max = opts.maxEvents ?? DEFAULT_MAX_EVENTS;
  const n = runWorkUntil(work, untilMs, max, (f) => frames.push(f));
  return { state: work.toState(), frames, limitReached: n >= max };
}

/** Run until no work is queued, or until `maxMs` of simulated time passed (default 10 min). */
export function runUntilStable(state: ClusterState, opts: RunOptions & { maxMs?: number } = {}): { state: ClusterState; frames: Frame[]; stable: boolean } {
  const work = new Work(state);
  const frames: Frame[] = [];
  const untilMs = state.nowMs + (opts.maxMs ?? DEFAULT_STABLE_HORIZON_MS);
  const max = opts.maxEvents ?? DEFAULT_MAX_EVENTS;
  // Steady-state timers (back-off loops, far process exits) run in order with the rest but are not waited for.
  for (let n = 0; n < max && work.hasUnsteadyWork(untilMs); n++) {
    const frame = stepWork(work, CONTROLLERS);
    if (frame) frames.push(frame);
  }
  const last = frames[frames.length - 1];
  const stable = !work.hasUnsteadyWork(Number.POSITIVE_INFINITY);
  if (!stable && work.nowMs < untilMs) work.nowMs = untilMs;
  if (stable) work.nowMs = Math.max(state.nowMs, last?.atMs ?? state.nowMs);
  return { state: work.toState(), frames, stable };
}


/**
 * Step event by event until `holds(get)` is true (asked before every event, like `kubectl wait` polling after each
 * change), until no event is due by `untilMs`, or until `maxEvents` events. When it does not hold by then, the rest
 * of the time up to `untilMs` is run as `runUntil` would. One working copy for the whole wait, so the cost is that
 * of the events, not events × cluster size (as stepping with `step` and a fresh state per event would be).
 */
export function runUntilHolds(
  state: ClusterState, untilMs: number, holds: (get: (key: ObjectKey) => KObject | undefined) => boolean, opts: RunOptions = {},
): { state: ClusterState; frames: Frame[]; met: boolean } {
  const work = new Work(state);
  const frames: Frame[] = [];
  const get = (key: ObjectKey) => work.get(key);
  const max = opts.maxEvents ?? DEFAULT_MAX_EVENTS;
  for (let n = 0; n < max; n++) {
    if (holds(get)) return { state: work.toState(), frames, met: true };
    const next = work.queue[0];
    if (next === undefined || next.atMs > untilMs) break;
    const frame = stepWork(work, CONTROLLERS);
    if (frame === null) break;
    if (frame) frames.push(frame);
  }
  if (holds(get)) return { state: work.toState(), frames, met: true };
  if (work.nowMs < untilMs) runWorkUntil(work, untilMs, DEFAULT_MAX_EVENTS, (f) => frames.push(f));
  return { state: work.toState(), frames, met: false };
}

/**
 * Step event by event until `done(frame)` says so after a frame (a blocking command watching changes: rollout status,
 * `kubectl wait`, `run -i` waiting for its pod), until no event is due by `untilMs`, or until `maxEvents` events;
 * when not done, the clock is moved on to `untilMs` as `runUntil` would. One working copy for the whole wait.
 */
export function runUntilFrame(
  state: ClusterState, untilMs: number, done: (frame: Frame) => boolean, opts: RunOptions = {},
): { state: ClusterState; frames: Frame[]; done: boolean } {
  const work = new Work(state);
  const frames: Frame[] = [];
  const max = opts.maxEvents ?? DEFAULT_MAX_EVENTS;
  for (let n = 0; n < max; n++) {
    const next = work.queue[0];
    if (next === undefined || next.atMs > untilMs) break;
    const frame = stepWork(work, CONTROLLERS);
    if (frame === null) break;
    if (frame) {
      frames.push(frame);
      if (done(frame)) return { state: work.toState(), frames, done: true };
    }
  }
  if (work.nowMs < untilMs) runWorkUntil(work, untilMs, DEFAULT_MAX_EVENTS, (f) => frames.push(f));
  return { state: work.toState(), frames, done: false };
}
