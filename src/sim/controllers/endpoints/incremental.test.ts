// The endpoints controllers keep per-Service trackers between syncs (tracker.ts) and plan from what changed. Their
// results must always be what a sync from scratch gives: here a working copy (with its run cache and pod write
// record) and a bare view of the same objects (nothing kept) sync the same Service after every batch of random pod
// edits (IPs, readiness, deletion, labels, publishNotReadyAddresses, two port sets), and must agree exactly. The
// Endpoints controller splices that delta into its last subsets (endpointsSubsets.ts); the slices are planned from it.
import { describe, expect, it } from 'vitest';
import type { KObject, ObjectKey } from '../../api/types';
import { keyOf } from '../../api/keys';
import { createCluster } from '../../engine/cluster';
import { Work } from '../../engine/work';
import { viewOf } from '../../engine/loop';
import { applyAction } from '../../engine/applier';
import { nextRandom } from '../../engine/rng';
import { fakeContext, fakeView } from '../../../testing/fakeView';
import type { Controller } from '../types';
import { endpointsController } from './endpointsController';
import { endpointSliceController } from './endpointSliceController';

const svc = (publishAll: boolean): KObject => ({
  apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx', namespace: 'default', uid: 'svc-uid', labels: { app: 'nginx' } },
  spec: { clusterIP: 'None', selector: { app: 'nginx' }, publishNotReadyAddresses: publishAll, ports: [{ name: 'web', port: 80, targetPort: 'web', protocol: 'TCP' }] },
});

function pod(i: number, ip: number, ready: boolean, opts: { deleting?: boolean; other?: boolean; port?: number } = {}): KObject {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name: `web-${i}`, namespace: 'default', uid: `uid-${i}-${ip}`, labels: { app: opts.other ? 'other' : 'nginx' }, ...(opts.deleting ? { deletionTimestamp: '2026-01-01T00:00:09Z' } : {}) },
    spec: { hostname: `web-${i}`, subdomain: 'nginx', nodeName: `node-${(i % 3) + 1}`, containers: [{ name: 'nginx', image: 'nginx', ports: [{ name: 'web', containerPort: opts.port ?? 80 }] }] },
    status: { phase: 'Running', podIP: `10.244.${ip % 4}.${ip}`, conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
  } as KObject;
}

/** Apply a controller's actions to both worlds the same way. */
function carryOut(work: Work, actions: readonly { type: string }[]): void {
  for (const a of actions) applyAction(work, a as Parameters<typeof applyAction>[1]);
}

describe('endpoints controllers: a sync from what changed equals a sync from scratch', () => {
  // 260 pod names: large selections; 12: selections (and port groups) that often empty and come back.
  for (const controller of [endpointsController, endpointSliceController] as Controller[]) for (const names of [260, 12]) {
    it(`${controller.name} (${names} pod names)`, () => {
      let rng = 7;
      const rand = (n: number) => { const [v, next] = nextRandom(rng); rng = next; return Math.floor(v * n); };
      const work = new Work(createCluster());
      const key = 'Service/default/nginx' as ObjectKey;
      work.put(key, svc(false));
      for (let round = 0; round < 150; round++) {
        for (let k = rand(round % 10 === 0 ? 40 : 4); k >= 0; k--) {
          const i = rand(names);
          const podKey = `Pod/default/web-${i}` as ObjectKey;
          const op = rand(10);
          if (op === 0) work.put(podKey, undefined);
          else work.put(podKey, pod(i, rand(250) + 2, rand(3) > 0, { deleting: op === 1, other: op === 2, port: op === 3 ? 8080 : 80 }));
        }
        if (round % 37 === 36) work.put(key, svc(round % 2 === 0));
        const view = viewOf(work);
        const objects = [...work.list('Service'), ...work.list('Pod'), ...work.list('Endpoints'), ...work.list('EndpointSlice')];
        const scratch = controller.reconcile(key, fakeView(objects, view.nowMs), fakeContext());
        const kept = controller.reconcile(key, view, fakeContext());
        expect(kept).toEqual(scratch);
        carryOut(work, kept.actions);
        // Now and then the stored objects are replaced by copies (as a create through admission makes).
        if (round % 23 === 22) for (const o of work.list('EndpointSlice')) work.put(keyOf(o), structuredClone(o));
      }
    });
  }
});
