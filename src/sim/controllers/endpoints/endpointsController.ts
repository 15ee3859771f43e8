// Mirrors kubernetes/kubernetes pkg/controller/endpoint/endpoints_controller.go (syncService): the legacy
// Endpoints object named after each Service with a selector. Deviation: one subset per distinct port set.
import type { KObject, Service } from '../../api/types';
import { keyOf, objectKey } from '../../api/keys';
import type { Controller, ReconcileResult } from '../types';
import type { ObjectChange } from '../../engine/types';
import { deepEqual } from '../../util/equal';
import { resolveTargetPort, selectedPods, servicesForPod, type PodEndpoint } from './podEndpoints';
import { ENDPOINT_BATCH_MS } from './batch';
import { chunked } from '../../util/chunkMemo';
import { memoTable, type MemoStore } from '../../util/memoStore';
import type { IndexSource } from '../../engine/termIndex';

import { reason, type Reason } from '../../reasons';

type Address = { ip: string; hostname?: string; nodeName?: string; targetRef: { kind: 'Pod'; namespace: string; name: string; uid: string } };

/** Per endpoint (itself one per pod object), in the run's store: its address, and its ports for one service's port list. */
interface Memos {
  readonly addresses: WeakMap<PodEndpoint, Address>;
  readonly portsOf: WeakMap<PodEndpoint, { readonly spec: unknown; readonly ports: unknown[]; readonly id: string }>;
  /** Address labels (`web-0 (10.244.1.2)`), and the ready labels of a subsets array we wrote. */
  readonly labels: WeakMap<Address, string>;
  readonly readyLabels: WeakMap<unknown[], ReadonlySet<string>>;
}

const memosOf = (memo: MemoStore | undefined): Memos => memoTable<Memos>(memo, 'endpoints-controller', () => ({
  addresses: new WeakMap(), portsOf: new WeakMap(), labels: new WeakMap(), readyLabels: new WeakMap(),
}));

function address(m: Memos, e: PodEndpoint): Address {
  const addresses = m.addresses;
  let a = addresses.get(e);
  if (!a) addresses.set(e, (a = newAddress(e)));
  return a;
}

function endpointPorts(memos: Memos, svc: Service, e: PodEndpoint): { readonly ports: unknown[]; readonly id: string } {
  const spec = svc.spec?.ports;
  const portsOf = memos.portsOf;
  const m = portsOf.get(e);
  if (m && m.spec === spec) return m;
  const ports = (spec ?? []).flatMap((p) => {
    const port = resolveTargetPort(e.pod, p.targetPort, p.port);
    return port === undefined ? [] : [{ ...(p.name ? { name: p.name } : {}), port, protocol: p.protocol ?? 'TCP' }];
  });
  const out = { spec, ports, id: JSON.stringify(ports) };
  portsOf.set(e, out);
  return out;
}

function newAddress(e: PodEndpoint): Address {
  return {
    ip: e.ip, ...(e.hostname ? { hostname: e.hostname } : {}), ...(e.nodeName ? { nodeName: e.nodeName } : {}),
    targetRef: { kind: 'Pod', namespace: e.pod.metadata.namespace ?? '', name: e.pod.metadata.name ?? '', uid: e.pod.metadata.uid ?? '' },
  };
}

interface Group { ports: unknown[]; addresses: Address[]; notReadyAddresses: Address[] }

/** Endpoints [from, to) grouped by port set, in order of first appearance (one pass of desiredSubsets). */
function groupEndpoints(memos: Memos, svc: Service, selected: readonly PodEndpoint[], from: number, to: number, publishAll: boolean): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (let i = from; i < to; i++) {
    const e = selected[i]!;
    if (e.terminating && !publishAll) continue;
    const { ports, id } = endpointPorts(memos, svc, e);
    const g = groups.get(id) ?? { ports, addresses: [], notReadyAddresses: [] };
    (e.ready || publishAll ? g.addresses : g.notReadyAddresses).push(address(memos, e));
    groups.set(id, g);
  }
  return groups;
}

/** The subsets the Endpoints object should hold: ready pods in `addresses`, the rest in `notReadyAddresses`. */
export function desiredSubsets(svc: Service, pods: readonly KObject[], memo?: MemoStore, index?: IndexSource): unknown[] {
  const publishAll = svc.spec?.publishNotReadyAddresses === true;
  const selected = selectedPods(svc, pods, memo, index);
  const id = `subsets\u0000${svc.metadata?.namespace ?? ''}\u0000${svc.metadata?.name ?? ''}`;
  // Groups of each chunk of endpoints (remembered by identity), merged in order: the same groups as one pass.
  const memos = memosOf(memo);
  const parts = chunked(memo, id, String(publishAll), selected, (from, to) => groupEndpoints(memos, svc, selected, from, to, publishAll), svc.spec?.ports);
  const groups = new Map<string, Group>();
  for (const part of parts) {
    for (const [key, p] of part) {
      const g = groups.get(key);
      if (!g) groups.set(key, { ports: p.ports, addresses: [...p.addresses], notReadyAddresses: [...p.notReadyAddresses] });
      else {
        for (const a of p.addresses) g.addresses.push(a);
        for (const a of p.notReadyAddresses) g.notReadyAddresses.push(a);
      }
    }
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

/** The ready address labels of a subsets array (remembered per array: the subsets written now are the ones compared against next time). */
function readyLabelsOf(memos: Memos, subsets: unknown[]): ReadonlySet<string> {
  let set = memos.readyLabels.get(subsets);
  if (set) return set;
  const out = new Set<string>();
  for (const s of subsets as Record<string, Address[] | undefined>[]) {
    for (const a of s.addresses ?? []) {
      let l = memos.labels.get(a);
      if (l === undefined) memos.labels.set(a, (l = `${a.targetRef.name} (${a.ip})`));
      out.add(l);
    }
  }
  memos.readyLabels.set(subsets, (set = out));
  return set;
}

/** Which pods became ready or stopped being ready (sets: endpoints can be large). */
function describe(memos: Memos, svcName: string, before: unknown[], after: unknown[]): Reason {
  const was = readyLabelsOf(memos, before);
  const now = readyLabelsOf(memos, after);
  const added: string[] = [];
  for (const n of now) if (!was.has(n)) added.push(n);
  const removed: string[] = [];
  for (const n of was) if (!now.has(n)) removed.push(n);
  const list = (xs: string[]): Reason => reason('ep.someOf', { pods: xs.slice(0, 3), more: Math.max(0, xs.length - 3) });
  const parts = [
    ...(added.length ? [reason('ep.nowReady', { pods: list(added) })] : []),
    ...(removed.length ? [reason('ep.noLongerReady', { pods: list(removed) })] : []),
  ];
  return reason('ep.updated', { service: svcName, changes: parts.length ? parts : [reason('ep.addressesUpdated')] });
}

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
    if (key.startsWith('Endpoints/')) {
      // The service is gone: its Endpoints go too.
      const ep = view.get(key);
      return ep ? { actions: [{ type: 'delete', key }], why: reason('ep.deleted', { service: ep.metadata.name ?? '' }) } : { actions: [] };
    }
    const svc = view.get(key) as (Service & KObject) | undefined;
    if (!svc?.spec?.selector) return { actions: [] };
    const subsets = desiredSubsets(svc, view.list('Pod', svc.metadata.namespace ?? ''), view.memo, view.index);
    const desired = endpointsFor(svc, subsets);
    const existing = view.get(keyOf(desired));
    if (!existing) return { actions: [{ type: 'create', object: desired }], why: reason('ep.created', { service: svc.metadata.name ?? '' }) };
    const before = (existing.subsets as unknown[] | undefined) ?? [];
    if (deepEqual(before, subsets) && deepEqual(existing.metadata.labels, desired.metadata.labels)) return { actions: [] };
    const { subsets: _old, ...rest } = existing;
    return { actions: [{ type: 'update', object: { ...rest, metadata: { ...existing.metadata, labels: desired.metadata.labels }, ...(subsets.length ? { subsets } : {}) } }], why: describe(memosOf(view.memo), svc.metadata.name ?? '', before, subsets) };
  },
};
