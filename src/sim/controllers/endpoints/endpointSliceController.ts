// Mirrors kubernetes/kubernetes pkg/controller/endpointslice (reconciler.go): EndpointSlices for each Service
// with a selector. Unlike Endpoints they list not-ready and terminating pods too, with conditions.
// Slices hold at most 100 endpoints each and are packed as the real reconciler packs them (slicePacking.ts).
// Deviation: a change of the Service's ports updates the ports of its slices in place.
import type { KObject, Service } from '../../api/types';
import { keyOf } from '../../api/keys';
import type { Controller, ReconcileResult } from '../types';
import type { ObjectChange } from '../../engine/types';
import { deepEqual } from '../../util/equal';
import { resolveTargetPort, servicesForPod, type PodEndpoint } from './podEndpoints';
import { ENDPOINT_BATCH_MS } from './batch';
import { generateName } from '../../util/names';
import { inSelectionOrder, refresh, trackerTable, type Delta, type Entry, type Tracked } from './tracker';

import { reason } from '../../reasons';
import type { ApiAction } from '../types';
import { MAX_ENDPOINTS_PER_SLICE, planSlices, planSlicesDelta, type ExistingSlice, type SlicePlan } from './slicePacking';
import { cacheTable } from '../../engine/runCache';

const SERVICE_NAME = 'kubernetes.io/service-name';
const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';

function newEndpoint(e: PodEndpoint) {
  return {
    addresses: [e.ip],
    conditions: { ready: e.ready && !e.terminating, serving: e.ready, terminating: e.terminating },
    ...(e.hostname ? { hostname: e.hostname } : {}),
    ...(e.nodeName ? { nodeName: e.nodeName } : {}),
    targetRef: { kind: 'Pod', namespace: e.pod.metadata.namespace, name: e.pod.metadata.name, uid: e.pod.metadata.uid },
  };
}

type Ep = ReturnType<typeof newEndpoint>;

/** The slice entry of an endpoint, built once per tracked endpoint. */
function endpointOf(e: Entry<Ep>): Ep {
  return (e.derived ??= newEndpoint(e.ep));
}

/**
 * What this controller knows about a Service's slices after its last sync: the endpoints array of each slice by
 * name, the slice of each endpoint object, and the desired endpoint objects. Valid while the stored slices hold
 * exactly those arrays (checked at the start of each sync), so the next plan need only look at what changed.
 */
interface SliceState {
  readonly expected: Map<string, readonly Ep[]>;
  readonly sliceOf: Map<Ep, string>;
  readonly desired: Set<Ep>;
}

/** True when the stored slices are exactly the ones this controller left (same names, the very same arrays). */
function unchangedSince(state: SliceState, existing: readonly ExistingSlice<Ep>[]): boolean {
  if (!existing.length || existing.length !== state.expected.size) return false;
  return existing.every((s) => state.expected.get(s.name) === s.endpoints);
}

/**
 * The state after a full plan. A slice the plan keeps may hold stored objects equal to, but not the same as, the
 * desired ones (a copy made at create): the tracked endpoint takes the stored object (the same value), so that the
 * slices hold desired objects only. Undefined when a stored object matches no tracked endpoint.
 */
function stateAfterFull(tracked: Tracked<Ep>, existing: readonly ExistingSlice<Ep>[], desired: Set<Ep>, plan: SlicePlan<Ep>): SliceState | undefined {
  const expected = new Map<string, readonly Ep[]>();
  for (const s of existing) expected.set(s.name, s.endpoints);
  for (const n of plan.delete) expected.delete(n);
  for (const u of plan.update) expected.set(u.name, u.endpoints);
  const sliceOf = new Map<Ep, string>();
  for (const [name, eps] of expected) {
    for (const e of eps) {
      if (!desired.has(e)) {
        const entry = tracked.bySub.get(`${e.targetRef?.namespace ?? ''}/${e.targetRef?.name ?? ''}`);
        if (!entry?.derived || sliceOf.has(entry.derived) || !deepEqual(entry.derived, e)) return undefined;
        desired.delete(entry.derived);
        desired.add((entry.derived = e));
      }
      if (sliceOf.has(e)) return undefined;
      sliceOf.set(e, name);
    }
  }
  return sliceOf.size === desired.size ? { expected, sliceOf, desired } : undefined;
}

/** The state carried over a delta plan. */
function stateAfterDelta(state: SliceState, removed: readonly Ep[], plan: SlicePlan<Ep>): void {
  for (const e of removed) state.sliceOf.delete(e);
  for (const n of plan.delete) state.expected.delete(n);
  for (const u of plan.update) {
    state.expected.set(u.name, u.endpoints);
    for (const e of u.endpoints) state.sliceOf.set(e, u.name);
  }
}

/** The slices' ports: each service port resolved against the first endpoint's pod. */
function slicePorts(svc: Service & KObject, entries: readonly Entry<Ep>[]) {
  const first = entries[0]?.ep.pod;
  return (svc.spec?.ports ?? []).flatMap((p) => {
    const port = first ? resolveTargetPort(first, p.targetPort, p.port) : typeof p.targetPort === 'number' ? p.targetPort : p.port;
    return port === undefined ? [] : [{ name: p.name ?? '', port, protocol: p.protocol ?? 'TCP' }];
  });
}

/** Plan from what changed when the slices are as this controller left them, else from scratch; `states` is updated. */
function plan(states: Map<string, SliceState> | undefined, key: string, tracked: Tracked<Ep>, delta: Delta<Ep>, existing: readonly ExistingSlice<Ep>[]): SlicePlan<Ep> {
  const state = states?.get(key);
  if (state && !delta.full && unchangedSince(state, existing)) {
    const removed = delta.removed.map(endpointOf);
    for (const e of removed) state.desired.delete(e);
    const added = inSelectionOrder(delta.added.slice()).map(endpointOf);
    for (const e of added) state.desired.add(e);
    const p = planSlicesDelta(existing, state.desired, state.sliceOf, removed, added);
    if (p.create.length) states!.delete(key);
    else stateAfterDelta(state, removed, p);
    return p;
  }
  const endpoints = tracked.entries.map(endpointOf);
  const p = planSlices(existing, endpoints);
  const next = p.create.length || !states ? undefined : stateAfterFull(tracked, existing, new Set(endpoints), p);
  if (next) states?.set(key, next);
  else states?.delete(key);
  return p;
}

export const endpointSliceController: Controller = {
  name: 'endpointslice-controller',
  latencyMs: ENDPOINT_BATCH_MS,
  kinds: new Set(['Service', 'Pod']),
  keysFor(change: ObjectChange, view) {
    if (change.object.kind === 'Service' && change.type !== 'DELETED') return [change.key];
    if (change.object.kind === 'Pod') return servicesForPod(view.list('Service', change.object.metadata.namespace ?? ''), change.object, change.previous).map(keyOf);
    return [];
  },
  reconcile(key, view, ctx): ReconcileResult {
    const trackers = trackerTable<Ep>(view, 'endpointslice-controller');
    const states = view.memo && cacheTable(view.memo, 'endpointslice-controller/slices', () => new Map<string, SliceState>());
    const svc = view.get(key) as (Service & KObject) | undefined;
    if (!svc?.spec?.selector) {
      trackers?.delete(key);
      states?.delete(key);
      return { actions: [] };
    }
    const ns = svc.metadata.namespace ?? '';
    const mine = view.list('EndpointSlice', ns).filter((s) => s.metadata.labels?.[SERVICE_NAME] === svc.metadata.name);
    const { tracked, delta } = refresh(view, trackers, key, svc);
    const ports = slicePorts(svc, tracked.entries);
    const existing: ExistingSlice<Ep>[] = mine.map((o) => ({ name: o.metadata.name ?? '', endpoints: (o.endpoints ?? []) as Ep[] }));
    const planned = plan(states, key, tracked, delta, existing);
    const byName = new Map(mine.map((o) => [o.metadata.name ?? '', o]));
    const actions: ApiAction[] = planned.delete.map((n) => ({ type: 'delete', key: keyOf(byName.get(n)!) }));
    for (const u of planned.update) actions.push({ type: 'update', object: { ...byName.get(u.name)!, endpoints: u.endpoints, ports } });
    for (const o of mine) {
      if (planned.delete.includes(o.metadata.name ?? '') || planned.update.some((u) => u.name === o.metadata.name)) continue;
      if (!deepEqual(o.ports ?? [], ports)) actions.push({ type: 'update', object: { ...o, ports } });
    }
    const created: string[] = [];
    for (const eps of planned.create) {
      const slice: KObject = {
        apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice',
        metadata: {
          name: generateName(`${svc.metadata.name ?? ''}-`, ctx.random), generateName: `${svc.metadata.name}-`, namespace: ns,
          labels: { ...(svc.metadata.labels ?? {}), [SERVICE_NAME]: svc.metadata.name ?? '', [MANAGED_BY]: 'endpointslice-controller.k8s.io' },
          ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: svc.metadata.name ?? '', uid: svc.metadata.uid ?? '', controller: true, blockOwnerDeletion: true }],
        },
        addressType: 'IPv4', endpoints: eps, ports,
      };
      created.push(slice.metadata.name ?? '');
      actions.push({ type: 'create', object: slice });
    }
    if (!actions.length) return { actions };
    let ready = 0;
    for (const e of tracked.entries) if (endpointOf(e).conditions.ready) ready++;
    const slices = mine.length - planned.delete.length + planned.create.length;
    const counts = { service: svc.metadata.name ?? '', endpoints: tracked.entries.length, ready, slices, max: MAX_ENDPOINTS_PER_SLICE };
    return { actions, why: created.length ? reason('slice.packedCreated', { created, ...counts }) : reason('slice.packedUpdated', counts) };
  },
};

