// Mirrors kubernetes/kubernetes pkg/controller/endpoint/endpoints_controller.go (syncService): the legacy
// Endpoints object named after each Service with a selector. Deviation: one subset per distinct port set.
import type { KObject, Service } from '../../api/types';
import { keyOf, objectKey } from '../../api/keys';
import type { Controller, ReconcileResult } from '../types';
import type { ObjectChange } from '../../engine/types';
import { deepEqual } from '../../util/equal';
import { resolveTargetPort, servicesForPod, type PodEndpoint } from './podEndpoints';
import { ENDPOINT_BATCH_MS } from './batch';
import { cacheTable, refresh, trackerTable, type Delta, type Entry } from './tracker';

import { reason, type Reason } from '../../reasons';

type Address = { ip: string; hostname?: string; nodeName?: string; targetRef: { kind: 'Pod'; namespace: string; name: string; uid: string } };

/** What this controller builds from one endpoint: its address, and its ports for one service's port list. */
interface Built {
  readonly address: Address;
  readonly label: string;
  portsSpec?: unknown;
  ports?: unknown[];
  portsId?: string;
  /** In the last subsets built: listed in `addresses` (the ready ones). */
  placedReady?: boolean;
}

function newAddress(e: PodEndpoint): Address {
  return {
    ip: e.ip, ...(e.hostname ? { hostname: e.hostname } : {}), ...(e.nodeName ? { nodeName: e.nodeName } : {}),
    targetRef: { kind: 'Pod', namespace: e.pod.metadata.namespace ?? '', name: e.pod.metadata.name ?? '', uid: e.pod.metadata.uid ?? '' },
  };
}

function built(e: Entry<Built>): Built {
  let b = e.derived;
  if (!b) {
    const address = newAddress(e.ep);
    e.derived = b = { address, label: `${address.targetRef.name} (${address.ip})` };
  }
  return b;
}

/** The endpoint's ports for the service's port list (FindPort for each), and their identity as a string. */
function portsOf(svc: Service, e: Entry<Built>): { ports: unknown[]; id: string } {
  const b = built(e);
  const spec = svc.spec?.ports;
  if (b.portsId === undefined || b.portsSpec !== spec) {
    const ports = (spec ?? []).flatMap((p) => {
      const port = resolveTargetPort(e.ep.pod, p.targetPort, p.port);
      return port === undefined ? [] : [{ ...(p.name ? { name: p.name } : {}), port, protocol: p.protocol ?? 'TCP' }];
    });
    b.portsSpec = spec;
    b.ports = ports;
    b.portsId = JSON.stringify(ports);
  }
  return { ports: b.ports!, id: b.portsId };
}

interface Group { readonly index: number; ports: unknown[]; addresses: Address[]; notReadyAddresses: Address[] }

/** The subsets from the selected endpoints (sorted by IP): ready pods in `addresses`, the rest in `notReadyAddresses`, one subset per port set. */
function subsetsOf(svc: Service, entries: readonly Entry<Built>[], watch?: ReadonlySet<Entry<Built>>, ranks?: Map<Entry<Built>, number>): unknown[] {
  const publishAll = svc.spec?.publishNotReadyAddresses === true;
  const groups = new Map<string, Group>();
  let lastId: string | undefined;
  let last: Group | undefined;
  for (const e of entries) {
    const b = built(e);
    b.placedReady = false;
    if (e.ep.terminating && !publishAll) continue;
    const { ports, id } = portsOf(svc, e);
    let g = lastId === id ? last : groups.get(id);
    if (!g) groups.set(id, (g = { index: groups.size, ports, addresses: [], notReadyAddresses: [] }));
    lastId = id;
    last = g;
    if (e.ep.ready || publishAll) {
      b.placedReady = true;
      // The place of a watched address in the ready labels' order: its group's rank, then its place in the group.
      if (watch?.has(e)) ranks?.set(e, g.index * 2 ** 32 + g.addresses.length);
      g.addresses.push(b.address);
    } else g.notReadyAddresses.push(b.address);
  }
  return [...groups.values()].map((g) => ({
    ...(g.addresses.length ? { addresses: g.addresses } : {}),
    ...(g.notReadyAddresses.length ? { notReadyAddresses: g.notReadyAddresses } : {}),
    ...(g.ports.length ? { ports: g.ports } : {}),
  }));
}

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
function describeDelta(svcName: string, before: unknown[], delta: Delta<Built>, ranks: ReadonlyMap<Entry<Built>, number>): Reason {
  const oldBySub = new Map<string, Built>();
  for (const e of delta.removed) if (e.derived) oldBySub.set(e.sub, e.derived);
  const nowBySub = new Map<string, Built>();
  for (const e of delta.added) if (e.derived) nowBySub.set(e.sub, e.derived);
  const added = delta.added.filter((e) => {
    const b = e.derived;
    const old = oldBySub.get(e.sub);
    return b?.placedReady === true && !(old?.placedReady === true && old.label === b.label);
  }).sort((a, b) => ranks.get(a)! - ranks.get(b)!).map((e) => e.derived!.label);
  const gone = new Set<string>();
  for (const e of delta.removed) {
    const b = e.derived;
    const now = nowBySub.get(e.sub);
    if (b?.placedReady === true && !(now?.placedReady === true && now.label === b.label)) gone.add(b.label);
  }
  const removed = gone.size ? [...readyLabelsOf(before)].filter((l) => gone.has(l)) : [];
  return describeLists(svcName, added, removed);
}

/** What this controller last wrote for a Service: the subsets array, and whether not-ready addresses were published. */
interface Written { readonly subsets: unknown[]; readonly publishAll: boolean }

export const endpointsController: Controller = {
  name: 'endpoint-controller',
  latencyMs: ENDPOINT_BATCH_MS,
  keysFor(change: ObjectChange, view) {
    if (change.type !== 'DELETED' && change.object.kind === 'Service') return [change.key];
    if (change.object.kind === 'Service') return [objectKey('Endpoints', change.object.metadata.namespace ?? '', change.object.metadata.name ?? '')];
    if (change.object.kind === 'Pod') return servicesForPod(view.list('Service', change.object.metadata.namespace ?? ''), change.object, change.previous).map(keyOf);
    return [];
  },
  reconcile(key, view): ReconcileResult {
    const trackers = trackerTable<Built>(view, 'endpoint-controller');
    const written = cacheTable<Map<string, Written>>(view, 'endpoint-controller/written', () => new Map());
    if (key.startsWith('Endpoints/')) {
      // The service is gone: its Endpoints go too.
      const svcKey = `Service/${key.slice('Endpoints/'.length)}`;
      trackers?.delete(svcKey);
      written?.delete(svcKey);
      const ep = view.get(key);
      return ep ? { actions: [{ type: 'delete', key }], why: reason('ep.deleted', { service: ep.metadata.name ?? '' }) } : { actions: [] };
    }
    const svc = view.get(key) as (Service & KObject) | undefined;
    if (!svc?.spec?.selector) return { actions: [] };
    const { tracked, delta } = refresh(view, trackers, key, svc);
    const watch = delta.full ? undefined : new Set(delta.added);
    const ranks = new Map<Entry<Built>, number>();
    const subsets = subsetsOf(svc, tracked.entries, watch, ranks);
    const desired = endpointsFor(svc, subsets);
    const existing = view.get(keyOf(desired));
    if (!existing) return { actions: [{ type: 'create', object: desired }], why: reason('ep.created', { service: svc.metadata.name ?? '' }) };
    const before = (existing.subsets as unknown[] | undefined) ?? [];
    if (deepEqual(before, subsets) && deepEqual(existing.metadata.labels, desired.metadata.labels)) return { actions: [] };
    const publishAll = svc.spec.publishNotReadyAddresses === true;
    const last = written?.get(key);
    const why = watch && last?.subsets === before && last.publishAll === publishAll
      ? describeDelta(svc.metadata.name ?? '', before, delta, ranks)
      : describe(svc.metadata.name ?? '', before, subsets);
    written?.set(key, { subsets, publishAll });
    const { subsets: _old, ...rest } = existing;
    return { actions: [{ type: 'update', object: { ...rest, metadata: { ...existing.metadata, labels: desired.metadata.labels }, ...(subsets.length ? { subsets } : {}) } }], why };
  },
};
