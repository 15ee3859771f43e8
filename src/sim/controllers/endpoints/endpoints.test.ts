import { describe, expect, it } from 'vitest';
import type { KObject } from '../../api/types';
import { fakeContext, fakeView } from '../../../testing/fakeView';
import { endpointsController } from './endpointsController';
import { endpointSliceController } from './endpointSliceController';

const svc: KObject = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx', namespace: 'default', uid: 'svc-uid', labels: { app: 'nginx' } }, spec: { clusterIP: 'None', selector: { app: 'nginx' }, ports: [{ name: 'web', port: 80, targetPort: 'web', protocol: 'TCP' }] } };
const pod = (name: string, ip: string, ready: boolean, extra: object = {}): KObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: `${name}-uid`, labels: { app: 'nginx' }, ...extra },
  spec: { hostname: name, subdomain: 'nginx', nodeName: 'node-1', containers: [{ name: 'nginx', image: 'nginx', ports: [{ name: 'web', containerPort: 8080 }] }] },
  status: { phase: 'Running', podIP: ip, conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});

describe('endpoints controller', () => {
  it('lists ready pods in addresses with hostname and resolves named target ports', () => {
    const view = fakeView([svc, pod('web-0', '10.244.1.2', true), pod('web-1', '10.244.2.2', false), pod('web-2', '10.244.3.2', true, { deletionTimestamp: '2026-01-01T00:00:09Z' })]);
    const res = endpointsController.reconcile('Service/default/nginx', view, fakeContext());
    const created = res.actions[0] as { type: 'create'; object: KObject };
    expect(created.type).toBe('create');
    expect(created.object.subsets).toEqual([{
      addresses: [{ ip: '10.244.1.2', hostname: 'web-0', nodeName: 'node-1', targetRef: { kind: 'Pod', namespace: 'default', name: 'web-0', uid: 'web-0-uid' } }],
      notReadyAddresses: [{ ip: '10.244.2.2', hostname: 'web-1', nodeName: 'node-1', targetRef: { kind: 'Pod', namespace: 'default', name: 'web-1', uid: 'web-1-uid' } }],
      ports: [{ name: 'web', port: 8080, protocol: 'TCP' }],
    }]);
    expect(created.object.metadata.labels).toEqual({ app: 'nginx', 'service.kubernetes.io/headless': '' });
  });
  it('is quiet when nothing changed and reacts to pods of matching services', () => {
    const view = fakeView([svc, pod('web-0', '10.244.1.2', true)]);
    const created = (endpointsController.reconcile('Service/default/nginx', view, fakeContext()).actions[0] as { object: KObject }).object;
    expect(endpointsController.reconcile('Service/default/nginx', fakeView([svc, pod('web-0', '10.244.1.2', true), created]), fakeContext()).actions).toEqual([]);
    expect(endpointsController.keysFor({ type: 'ADDED', key: 'Pod/default/web-0', object: pod('web-0', '1.1.1.1', true) }, view)).toEqual(['Service/default/nginx']);
  });
});

describe('endpointslice controller', () => {
  it('includes not-ready and terminating pods with conditions, owned by the service', () => {
    const view = fakeView([svc, pod('web-0', '10.244.1.2', true), pod('web-1', '10.244.2.2', false, { deletionTimestamp: '2026-01-01T00:00:09Z' })]);
    const slice = (endpointSliceController.reconcile('Service/default/nginx', view, fakeContext()).actions[0] as { object: KObject }).object;
    expect(slice.metadata.name).toMatch(/^nginx-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(slice.metadata.labels?.['kubernetes.io/service-name']).toBe('nginx');
    expect(slice.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Service', name: 'nginx', uid: 'svc-uid', controller: true });
    expect((slice.endpoints as { conditions: object }[]).map((e) => e.conditions)).toEqual([
      { ready: true, serving: true, terminating: false },
      { ready: false, serving: false, terminating: true },
    ]);
  });
});

describe('endpointslice controller: at most 100 endpoints per slice (maxEndpointsPerSlice)', () => {
  const ips = (n: number, from = 0) => Array.from({ length: n }, (_, i) => pod(`web-${from + i}`, `10.244.${Math.floor((from + i) / 250)}.${((from + i) % 250) + 2}`, true));
  const reconcile = (objs: KObject[]) => endpointSliceController.reconcile('Service/default/nginx', fakeView(objs), fakeContext());
  const slicesOf = (actions: readonly unknown[]) => (actions as { type: string; object: KObject }[]).filter((a) => a.type === 'create' || a.type === 'update').map((a) => a.object);

  it('1,000 pods make ten slices of 100', () => {
    const res = reconcile([svc, ...ips(1000)]);
    const slices = slicesOf(res.actions);
    expect(slices).toHaveLength(10);
    expect(slices.map((s) => (s.endpoints as unknown[]).length)).toEqual(Array(10).fill(100));
    expect(new Set(slices.map((s) => s.metadata.name)).size).toBe(10);
  });

  it('new endpoints go to the unchanged slice closest to full that takes them all, else to new slices', () => {
    const first = slicesOf(reconcile([svc, ...ips(150)]).actions);
    expect(first.map((s) => (s.endpoints as unknown[]).length)).toEqual([100, 50]);
    // 30 more: the 50-slice takes them (the full one cannot); nothing else is written.
    const next = reconcile([svc, ...ips(180), ...first]);
    expect(next.actions).toHaveLength(1);
    expect(slicesOf(next.actions).map((s) => [s.metadata.name, (s.endpoints as unknown[]).length])).toEqual([[first[1]!.metadata.name, 80]]);
  });

  it('a slice left empty is deleted, and an emptied Service keeps one placeholder slice', () => {
    const first = slicesOf(reconcile([svc, ...ips(150)]).actions);
    const shrink = reconcile([svc, ...ips(100), ...first]);
    expect(shrink.actions).toEqual([{ type: 'delete', key: `EndpointSlice/default/${first[1]!.metadata.name}` }]);
    const empty = reconcile([svc, first[0]!]);
    expect(slicesOf(empty.actions).map((s) => [s.metadata.name, s.endpoints])).toEqual([[first[0]!.metadata.name, []]]);
  });
});
