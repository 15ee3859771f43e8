// Mirrors kubernetes/kubernetes pkg/controller/endpointslice (reconciler.go): EndpointSlices for each Service
// with a selector. Unlike Endpoints they list not-ready and terminating pods too, with conditions.
// Deviation: a single slice per Service (the real controller splits at 100 endpoints).
import type { KObject, Service } from '../../api/types';
import { keyOf } from '../../api/keys';
import type { Controller, ReconcileResult } from '../types';
import type { ObjectChange } from '../../engine/types';
import { deepEqual } from '../../util/equal';
import { resolveTargetPort, selectedPods, servicesForPod, type PodEndpoint } from './podEndpoints';
import { ENDPOINT_BATCH_MS } from './batch';
import { generateName } from '../../util/names';
import { chunked } from '../../util/chunkMemo';
import { reason } from '../../reasons';

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

/** The slice entry of each endpoint (one endpoint per pod object), built once. */
const sliceEndpoints = new WeakMap<PodEndpoint, ReturnType<typeof newEndpoint>>();

function endpointOf(e: PodEndpoint): ReturnType<typeof newEndpoint> {
  let out = sliceEndpoints.get(e);
  if (!out) sliceEndpoints.set(e, (out = newEndpoint(e)));
  return out;
}

function body(svc: Service & KObject, pods: readonly KObject[]) {
  const selected = selectedPods(svc, pods);
  // Slice entries per chunk of endpoints, remembered by identity (endpointOf is a pure function of the endpoint).
  const id = `slice-endpoints\u0000${svc.metadata.namespace ?? ''}\u0000${svc.metadata.name ?? ''}`;
  const endpoints = chunked(id, '', selected, (from, to) => selected.slice(from, to).map(endpointOf)).flat();
  const first = selected[0]?.pod;
  const ports = (svc.spec?.ports ?? []).flatMap((p) => {
    const port = first ? resolveTargetPort(first, p.targetPort, p.port) : typeof p.targetPort === 'number' ? p.targetPort : p.port;
    return port === undefined ? [] : [{ name: p.name ?? '', port, protocol: p.protocol ?? 'TCP' }];
  });
  return { endpoints, ports };
}

export const endpointSliceController: Controller = {
  name: 'endpointslice-controller',
  latencyMs: ENDPOINT_BATCH_MS,
  keysFor(change: ObjectChange, view) {
    if (change.object.kind === 'Service' && change.type !== 'DELETED') return [change.key];
    if (change.object.kind === 'Pod') return servicesForPod(view.list('Service', change.object.metadata.namespace ?? ''), change.object, change.previous).map(keyOf);
    return [];
  },
  reconcile(key, view, ctx): ReconcileResult {
    const svc = view.get(key) as (Service & KObject) | undefined;
    if (!svc?.spec?.selector) return { actions: [] };
    const ns = svc.metadata.namespace ?? '';
    const mine = view.list('EndpointSlice', ns).filter((s) => s.metadata.labels?.[SERVICE_NAME] === svc.metadata.name);
    const { endpoints, ports } = body(svc, view.list('Pod', ns));
    const existing = mine[0];
    const extras = mine.slice(1).map((s) => ({ type: 'delete' as const, key: keyOf(s) }));
    if (!existing) {
      const slice: KObject = {
        apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice',
        metadata: {
          name: generateName(`${svc.metadata.name ?? ''}-`, ctx.random), generateName: `${svc.metadata.name}-`, namespace: ns,
          labels: { ...(svc.metadata.labels ?? {}), [SERVICE_NAME]: svc.metadata.name ?? '', [MANAGED_BY]: 'endpointslice-controller.k8s.io' },
          ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: svc.metadata.name ?? '', uid: svc.metadata.uid ?? '', controller: true, blockOwnerDeletion: true }],
        },
        addressType: 'IPv4', endpoints, ports,
      };
      return { actions: [...extras, { type: 'create', object: slice }], why: reason('slice.created', { slice: slice.metadata.name ?? '', service: svc.metadata.name ?? '' }) };
    }
    if (deepEqual(existing.endpoints ?? [], endpoints) && deepEqual(existing.ports ?? [], ports)) return { actions: extras };
    return { actions: [...extras, { type: 'update', object: { ...existing, endpoints, ports } }], why: reason('slice.updated', { slice: existing.metadata.name ?? '', service: svc.metadata.name ?? '', endpoints: endpoints.length, ready: endpoints.filter((e) => e.conditions.ready).length }) };
  },
};

