// Mirrors kubernetes/kubernetes pkg/controller/endpointslice (reconciler.go): EndpointSlices for each Service
// with a selector. Unlike Endpoints they list not-ready and terminating pods too, with conditions.
// Slices hold at most 100 endpoints each and are packed as the real reconciler packs them (slicePacking.ts).
// Deviation: a change of the Service's ports updates the ports of its slices in place.
import type { KObject, Service } from '../../api/types';
import { keyOf } from '../../api/keys';
import type { Controller, ReconcileResult } from '../types';
import type { ObjectChange } from '../../engine/types';
import { deepEqual } from '../../util/equal';
import { resolveTargetPort, selectedPods, servicesForPod, type PodEndpoint } from './podEndpoints';
import { ENDPOINT_BATCH_MS } from './batch';
import { generateName } from '../../util/names';
import { chunked } from '../../util/chunkMemo';
import { identityMemo, type MemoStore } from '../../util/memoStore';
import type { IndexSource } from '../../engine/termIndex';

import { reason } from '../../reasons';
import type { ApiAction } from '../types';
import { MAX_ENDPOINTS_PER_SLICE, planSlices, type ExistingSlice } from './slicePacking';

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

/** The slice entry of each endpoint (one endpoint per pod object), built once per run (`sliceEndpoints`: the run's memo). */
function endpointOf(sliceEndpoints: WeakMap<PodEndpoint, ReturnType<typeof newEndpoint>>, e: PodEndpoint): ReturnType<typeof newEndpoint> {
  let out = sliceEndpoints.get(e);
  if (!out) sliceEndpoints.set(e, (out = newEndpoint(e)));
  return out;
}

function body(svc: Service & KObject, pods: readonly KObject[], memo: MemoStore | undefined, index: IndexSource | undefined) {
  const selected = selectedPods(svc, pods, memo, index);
  // Slice entries per chunk of endpoints, remembered by identity (endpointOf is a pure function of the endpoint).
  const id = `slice-endpoints\u0000${svc.metadata.namespace ?? ''}\u0000${svc.metadata.name ?? ''}`;
  const sliceEndpoints = identityMemo<PodEndpoint, ReturnType<typeof newEndpoint>>(memo, 'slice-endpoint-of');
  const parts = chunked(memo, id, '', selected, (from, to) => selected.slice(from, to).map((e) => endpointOf(sliceEndpoints, e)));
  const endpoints: ReturnType<typeof newEndpoint>[] = [];
  for (const part of parts) for (const e of part) endpoints.push(e);
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
    const { endpoints, ports } = body(svc, view.list('Pod', ns), view.memo, view.index);
    type Entry = ReturnType<typeof newEndpoint>;
    const existing: ExistingSlice<Entry>[] = mine.map((o) => ({ name: o.metadata.name ?? '', endpoints: (o.endpoints ?? []) as Entry[] }));
    const plan = planSlices(existing, endpoints, undefined, view.memo);
    const byName = new Map(mine.map((o) => [o.metadata.name ?? '', o]));
    const actions: ApiAction[] = plan.delete.map((n) => ({ type: 'delete', key: keyOf(byName.get(n)!) }));
    for (const u of plan.update) actions.push({ type: 'update', object: { ...byName.get(u.name)!, endpoints: u.endpoints, ports } });
    for (const o of mine) {
      if (plan.delete.includes(o.metadata.name ?? '') || plan.update.some((u) => u.name === o.metadata.name)) continue;
      if (!deepEqual(o.ports ?? [], ports)) actions.push({ type: 'update', object: { ...o, ports } });
    }
    const created: string[] = [];
    for (const eps of plan.create) {
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
    for (const e of endpoints) if (e.conditions.ready) ready++;
    const slices = mine.length - plan.delete.length + plan.create.length;
    const counts = { service: svc.metadata.name ?? '', endpoints: endpoints.length, ready, slices, max: MAX_ENDPOINTS_PER_SLICE };
    return { actions, why: created.length ? reason('slice.packedCreated', { created, ...counts }) : reason('slice.packedUpdated', counts) };
  },
};

