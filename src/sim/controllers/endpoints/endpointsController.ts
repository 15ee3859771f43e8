// Mirrors kubernetes/kubernetes pkg/controller/endpoint/endpoints_controller.go (syncService): the legacy
// Endpoints object named after each Service with a selector. Deviation: one subset per distinct port set.
import type { KObject, Service } from '../../api/types';
import { keyOf, objectKey } from '../../api/keys';
import type { Controller, ReconcileResult } from '../types';
import type { ObjectChange } from '../../engine/types';
import { deepEqual } from '../../util/equal';
import { servicesForPod } from './podEndpoints';
import { ENDPOINT_BATCH_MS } from './batch';
import { refresh, trackerTable, type Delta, type Entry } from './tracker';
import { built, forgetSubsets, subsetsFor, type Address, type Built } from './endpointsSubsets';

import { reason, type Reason } from '../../reasons';
import { cacheTable } from '../../engine/runCache';

/** True when the endpoint is listed in `addresses` (ready, or every address published). */
const placedReady = (e: Entry<Built>, publishAll: boolean): boolean => publishAll || (e.ep.ready && !e.ep.terminating);

function endpointsFor(svc: Service & KObject, subsets: unknown[]): KObject {
  const headless = svc.spec?.clusterIP === 'None';
  return {
    apiVersion: 'v1', kind: 'Endpoints',
    metadata: { name: svc.metadata.name, namespace: svc.metadata.namespace, labels: { ...(svc.metadata.labels ?? {}), ...(headless ? { 'service.kubernetes.io/headless': '' } : {}) } },
    ...(subsets.length ? { subsets } : {}),
  };
}

/** The ready address labels of a subsets array, in order (the label of an address: `web-0 (10.244.1.2)`). */
function readyLabelsOf(subsets: unknown[]): Set<string> {
  const out = new Set<string>();
  for (const s of subsets as Record<string, Address[] | undefined>[]) for (const a of s.addresses ?? []) out.add(`${a.targetRef.name} (${a.ip})`);
  return out;
}

/** Which pods became ready or stopped being ready, by comparing the ready addresses before and after. */
function describeLists(svcName: string, added: readonly string[], removed: readonly string[]): Reason {
  const list = (xs: readonly string[]): Reason => reason('ep.someOf', { pods: xs.slice(0, 3), more: Math.max(0, xs.length - 3) });
  const parts = [
    ...(added.length ? [reason('ep.nowReady', { pods: list(added) })] : []),
    ...(removed.length ? [reason('ep.noLongerReady', { pods: list(removed) })] : []),
  ];
  return reason('ep.updated', { service: svcName, changes: parts.length ? parts : [reason('ep.addressesUpdated')] });
}

/** The same sentence from the two subsets arrays (any subsets, e.g. ones someone else wrote). */
function describe(svcName: string, before: unknown[], after: unknown[]): Reason {
  const was = readyLabelsOf(before);
  const now = readyLabelsOf(after);
  const added: string[] = [];
  for (const n of now) if (!was.has(n)) added.push(n);
  const removed: string[] = [];
  for (const n of was) if (!now.has(n)) removed.push(n);
  return describeLists(svcName, added, removed);
}

/**
 * The same sentence when `before` is exactly what this controller built last time: only the pods that changed since
 * (the tracker's delta) can differ, each with its label placed (or not) in `addresses` then and now.
 */
function describeDelta(svcName: string, before: unknown[], delta: Delta<Built>, publishAll: boolean): Reason {
  const ready = (e: Entry<Built> | undefined): string | undefined => (e && placedReady(e, publishAll) ? built(e).label : undefined);
  const oldBySub = new Map<string, Entry<Built>>();
  for (const e of delta.removed) oldBySub.set(e.sub, e);
  const nowBySub = new Map<string, Entry<Built>>();
  for (const e of delta.added) nowBySub.set(e.sub, e);
  const added = delta.added.filter((e) => ready(e) !== undefined && ready(e) !== ready(oldBySub.get(e.sub)))
    .sort((a, b) => built(a).rank - built(b).rank).map((e) => built(e).label);
  const gone = new Set<string>();
  for (const e of delta.removed) {
    const label = ready(e);
    if (label !== undefined && label !== ready(nowBySub.get(e.sub))) gone.add(label);
  }
  const removed = gone.size ? [...readyLabelsOf(before)].filter((l) => gone.has(l)) : [];
  return describeLists(svcName, added, removed);
}

/** What this controller last wrote for a Service: the subsets array, and whether not-ready addresses were published. */
interface Written { readonly subsets: unknown[]; readonly publishAll: boolean }

export const endpointsController: Controller = {
  name: 'endpoint-controller',
  latencyMs: ENDPOINT_BATCH_MS,
  kinds: new Set(['Service', 'Pod']),
  keysFor(change: ObjectChange, view) {
    if (change.type !== 'DELETED' && change.object.kind === 'Service') return [change.key];
    if (change.object.kind === 'Service') return [objectKey('Endpoints', change.object.metadata.namespace ?? '', change.object.metadata.name ?? '')];
    if (change.object.kind === 'Pod') return servicesForPod(view.list('Service', change.object.metadata.namespace ?? ''), change.object, change.previous).map(keyOf);
    return [];
  },
  reconcile(key, view): ReconcileResult {
    const trackers = trackerTable<Built>(view, 'endpoint-controller');
    const written = view.memo && cacheTable<Map<string, Written>>(view.memo, 'endpoint-controller/written', () => new Map());
    if (key.startsWith('Endpoints/')) {
      // The service is gone: its Endpoints go too.
      const svcKey = `Service/${key.slice('Endpoints/'.length)}`;
      trackers?.delete(svcKey);
      written?.delete(svcKey);
      forgetSubsets(view.memo, svcKey);
      const ep = view.get(key);
      return ep ? { actions: [{ type: 'delete', key }], why: reason('ep.deleted', { service: ep.metadata.name ?? '' }) } : { actions: [] };
    }
    const svc = view.get(key) as (Service & KObject) | undefined;
    if (!svc?.spec?.selector) return { actions: [] };
    const { tracked, delta } = refresh(view, trackers, key, svc);
    const subsets = subsetsFor(view.memo, key, svc, tracked, delta);
    const desired = endpointsFor(svc, subsets);
    const existing = view.get(keyOf(desired));
    if (!existing) return { actions: [{ type: 'create', object: desired }], why: reason('ep.created', { service: svc.metadata.name ?? '' }) };
    const before = (existing.subsets as unknown[] | undefined) ?? [];
    if (deepEqual(before, subsets) && deepEqual(existing.metadata.labels, desired.metadata.labels)) return { actions: [] };
    const publishAll = svc.spec.publishNotReadyAddresses === true;
    const last = written?.get(key);
    const why = !delta.full && last?.subsets === before && last.publishAll === publishAll
      ? describeDelta(svc.metadata.name ?? '', before, delta, publishAll)
      : describe(svc.metadata.name ?? '', before, subsets);
    written?.set(key, { subsets, publishAll });
    const { subsets: _old, ...rest } = existing;
    return { actions: [{ type: 'update', object: { ...rest, metadata: { ...existing.metadata, labels: desired.metadata.labels }, ...(subsets.length ? { subsets } : {}) } }], why };
  },
};
