// One engine step: pop the earliest queued reconcile, run the controller, apply its intents, notify
// watchers, and describe what happened as a frame (mirrors a controller's processNextWorkItem).
import type { KObject, KindName, KubeEvent, ObjectKey } from '../api/types';
import { refOfKey } from '../api/keys';
import type { ClusterView, Controller, EventIntent, ReconcileContext } from '../controllers/types';
import type { Cause, ObjectChange } from './types';
import type { Frame } from './types';
import { applyAction, newUid, type ApplyOutcome } from './applier';
import type { ApiAction } from '../controllers/types';
import { admitCreateRemembered } from '../apiserver/admission';
import type { Work } from './work';
import { deepEqual } from '../util/equal';
import { reason, type Reason } from '../reasons';
import { apiErrorMessage } from '../api/errors';

/** The controllers' view of a working copy, kept on the working copy itself (one per run, no module state). */
export function viewOf(work: Work): ClusterView {
  let view = work.view;
  if (!view) {
    view = work.view = newView(work);
  }
  return view;
}

function newView(work: Work): ClusterView {
  return {
    get nowMs() { return work.nowMs; },
    get sim() { return work.sim; },
    config: work.config,
    get: (key) => work.get(key),
    list: (kind, ns) => work.list(kind, ns),
    memo: work.memo,
    index: work,
  };
}

/** Pod IPs come from 10.244.<node number>.0/24; every new pod gets the next host address. */
export function allocatePodIp(work: Work, node: string): string {
  const n = Number(/(\d+)$/.exec(node)?.[1] ?? 0);
  const host = work.sim.nextPodHost[node] ?? 2;
  work.sim = { ...work.sim, nextPodHost: { ...work.sim.nextPodHost, [node]: host >= 254 ? 2 : host + 1 } };
  return `10.244.${n}.${host}`;
}

/** The reconcile context of a working copy, kept on it (made on first use). */
export function contextOf(work: Work): ReconcileContext {
  return (work.context ??= { random: () => work.random(), allocatePodIp: (node) => allocatePodIp(work, node), newUid: () => newUid(work) });
}

/** The controller of a queued event, by name (the lookup table is kept on the working copy for this controller list). */
function controllerNamed(work: Work, controllers: readonly Controller[], name: string): Controller | undefined {
  let byName = work.controllersByName;
  if (byName?.list !== controllers) {
    const map = new Map<string, Controller>();
    for (const c of controllers) if (!map.has(c.name)) map.set(c.name, c);
    work.controllersByName = byName = { list: controllers, map };
  }
  return byName.map.get(name);
}

/** Controller writes pass admission like any client's (defaults, admission plugins, validation). */
export function applyControllerAction(work: Work, action: ApiAction): ApplyOutcome {
  if (action.type !== 'create') return applyAction(work, action);
  const admitted = admitCreateRemembered(action.object, viewOf(work));
  if (!admitted.ok) return { changes: [], error: admitted.error };
  return applyAction(work, { type: 'create', object: admitted.object });
}

/** The controllers that watch `kind`, in list order (kept on the working copy for this controller list). */
function watchersOf(work: Work, controllers: readonly Controller[], kind: KindName): readonly Controller[] {
  let byKind = work.watchersByKind;
  if (byKind?.list !== controllers) work.watchersByKind = byKind = { list: controllers, map: new Map() };
  let watchers = byKind.map.get(kind);
  if (!watchers) byKind.map.set(kind, (watchers = controllers.filter((c) => c.kinds === undefined || c.kinds.has(kind))));
  return watchers;
}

/** Tell every controller about changes (informer handlers), queueing reconciles after its latency. */
export function notify(work: Work, controllers: readonly Controller[], changes: readonly ObjectChange[]): void {
  if (!changes.length) return;
  const view = viewOf(work);
  for (const change of changes) {
    for (const c of watchersOf(work, controllers, change.object.kind as KindName)) {
      for (const key of c.keysFor(change, view)) work.enqueue(c.name, key, work.nowMs + c.latencyMs);
    }
  }
}

/**
 * An object removed from the API takes the controllers' last reasons about it along: the reasons kept per
 * controller and key would otherwise grow with every pod ever made (and be copied into every checkpoint).
 */
export function forgetRemoved(work: Work, controllers: readonly Controller[], changes: readonly ObjectChange[]): void {
  for (const change of changes) {
    if (change.type !== 'DELETED') continue;
    for (const c of controllers) delete work.why[c.name + '|' + change.key];
  }
}

/** Turn event intents into recorded Kubernetes events. */
export function recordEvents(work: Work, intents: readonly EventIntent[], source: string): KubeEvent[] {
  const out: KubeEvent[] = [];
  // A sync's events are mostly about one object (a set creating its pods): its reference is made once.
  let last: { key: string; involved: KubeEvent['involved'] } | undefined;
  for (const e of intents) {
    if (last?.key !== e.key) {
      const obj: KObject | undefined = work.get(e.key);
      const ref = refOfKey(e.key);
      last = { key: e.key, involved: { kind: ref.kind, namespace: ref.namespace, name: ref.name, uid: obj?.metadata.uid ?? '' } };
    }
    out.push(work.recordEvent({
      type: e.type, reason: e.reason, message: e.message, source,
      involved: last.involved,
      firstMs: work.nowMs, lastMs: work.nowMs, count: 1,
    }));
  }
  return out;
}

/** Process the earliest queued event. Returns null when nothing is queued, undefined for a silent step. */
export function stepWork(work: Work, controllers: readonly Controller[]): Frame | undefined | null {
  const ev = work.dequeue();
  if (!ev) return null;
  if (ev.atMs > work.nowMs) work.nowMs = ev.atMs;
  const controller = controllerNamed(work, controllers, ev.controller);
  if (!controller) return undefined;
  const simBefore = work.sim;
  const result = controller.reconcile(ev.key, viewOf(work), contextOf(work));
  const changes: ObjectChange[] = [];
  const refused: string[] = [];
  for (const action of result.actions) {
    const out = applyControllerAction(work, action);
    changes.push(...out.changes);
    if (out.error) refused.push(apiErrorMessage(out.error));
  }
  const events = recordEvents(work, result.events ?? [], controller.name);
  if (result.requeueAfterMs !== undefined) work.enqueue(controller.name, ev.key, work.nowMs + Math.max(1, result.requeueAfterMs), result.steady === true);
  // A sync that failed, or whose writes the API server refused, is retried with back-off (AddRateLimited).
  if (result.error !== undefined || refused.length) work.enqueueRateLimited(controller.name, ev.key);
  else work.forget(controller.name, ev.key);
  notify(work, controllers, changes);
  const whyKey = controller.name + '|' + ev.key;
  const said = result.why ?? (refused.length ? describeChanges(changes, events) : undefined);
  const why = said !== undefined && refused.length ? reason('engine.refused', { said, errors: refused }) : said;
  const whyChanged = why !== undefined && !deepEqual(work.why[whyKey], why);
  if (why !== undefined) work.why[whyKey] = why;
  forgetRemoved(work, controllers, changes);
  if (!changes.length && !events.length && !whyChanged) return undefined;
  const cause: Cause = { actor: controller.name, key: ev.key, why: why ?? describeChanges(changes, events) };
  return { atMs: work.nowMs, cause, changes, events, ...(work.sim !== simBefore ? { sim: work.sim } : {}) };
}

/** A fallback sentence when a controller gave no reason. */
export function describeChanges(changes: readonly ObjectChange[], events: readonly KubeEvent[]): Reason {
  const first = changes[0];
  if (!first) return events[0] ? reason('engine.event', { reason: events[0].reason, message: events[0].message }) : reason('engine.nothingChanged');
  const ref = refOfKey(first.key as ObjectKey);
  return reason('engine.changed', { kind: ref.kind, name: ref.name, change: first.type, more: changes.length - 1 });
}
