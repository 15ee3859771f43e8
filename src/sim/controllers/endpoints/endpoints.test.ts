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
