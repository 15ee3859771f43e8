import { describe, expect, it } from 'vitest';
import type { KObject } from '../../api/types';
import type { ReconcileResult } from '../../controllers/types';
import type { ClusterConfig } from '../../engine/types';
import { fakeView, TEST_CONFIG } from '../../../testing/fakeView';
import { reconcile } from './statefulSetController';
import type { StatefulSet } from './k8sTypes';
import { untyped } from './k8sTypes';
import { creates, deletes, healthy, names, pod, pvc, rev, statusOf, sts } from './stsFixtures';
import { renderReason } from '../../reasons';

type Obj = KObject | Parameters<typeof untyped>[0];
function go(set: StatefulSet, objs: readonly Obj[] = [], nowMs = 100_000, config: ClusterConfig = TEST_CONFIG): ReconcileResult {
  const all = [set, ...objs].map((o) => o as unknown as KObject);
  return reconcile(`StatefulSet/default/${set.metadata.name}`, fakeView(all, nowMs, { config }));
}
/** A set whose status already points at its first revision, plus that revision. */
function settled(o: Parameters<typeof sts>[0] = {}): [StatefulSet, KObject] {
  const base = sts(o);
  const r = rev(base);
  const set = { ...base, status: { replicas: 0, currentRevision: r.metadata.name, updateRevision: r.metadata.name, observedGeneration: 1, collisionCount: 0 } };
  return [set, untyped(r)];
}

describe('OrderedReady scale-up', () => {
  it('first sync creates the revision, then PVC www-web-0 before pod web-0, and nothing else', () => {
    const set = sts();
    const r = go(set);
    expect(r.actions.map((a) => a.type === 'create' ? `create ${a.object.kind}/${a.object.metadata.name}` : a.type)).toEqual([
      `create ControllerRevision/${rev(set).metadata.name}`, 'create PersistentVolumeClaim/www-web-0', 'create Pod/web-0', 'updateStatus',
    ]);
    expect(r.events).toEqual([
      { type: 'Normal', reason: 'SuccessfulCreate', message: 'create Claim www-web-0 Pod web-0 in StatefulSet web success', key: 'StatefulSet/default/web' },
      { type: 'Normal', reason: 'SuccessfulCreate', message: 'create Pod web-0 in StatefulSet web successful', key: 'StatefulSet/default/web' },
    ]);
    expect(renderReason(r.why)).toBe('Created PVC www-web-0 and pod web-0: it has the first ordinal (podManagementPolicy OrderedReady)');
    const p = creates(r, 'Pod')[0]!;
    expect(p.metadata.labels?.['controller-revision-hash']).toBe(rev(set).metadata.name);
    expect(creates(r, 'PersistentVolumeClaim')[0]!.metadata).toMatchObject({ labels: { app: 'nginx' }, namespace: 'default' });
    expect(creates(r, 'PersistentVolumeClaim')[0]!.metadata.ownerReferences).toBeUndefined();
  });

  it('does not create web-1 while web-0 is Pending or not Ready', () => {
    const [set, r0] = settled();
    const pending = go(set, [r0, pod(set, 0, { phase: 'Pending' }), pvc(set, 0)]);
    expect(creates(pending)).toEqual([]);
    expect(renderReason(pending.why)).toBe('web-1 not created yet: web-0 is not Running and Ready yet (phase Pending) (podManagementPolicy OrderedReady)');
    const unready = go(set, [r0, pod(set, 0, { ready: false }), pvc(set, 0)]);
    expect(creates(unready)).toEqual([]);
    expect(renderReason(unready.why)).toBe('web-1 not created yet: web-0 is not Ready (podManagementPolicy OrderedReady)');
  });

  it('creates only web-1 once web-0 is Running and Ready', () => {
    const [set, r0] = settled();
    const r = go(set, [r0, ...healthy(set, 1)]);
    expect(names(creates(r))).toEqual(['www-web-1', 'web-1']);
    expect(renderReason(r.why)).toBe('Created PVC www-web-1 and pod web-1: web-0 is Running and Ready (podManagementPolicy OrderedReady)');
  });

  it('recreates a deleted web-0 first even when web-1 is unhealthy, reusing its PVC', () => {
    const [set, r0] = settled();
    const r = go(set, [r0, pvc(set, 0), pod(set, 1, { ready: false }), pvc(set, 1)]);
    expect(names(creates(r))).toEqual(['web-0']);
    expect(renderReason(r.why)).toContain('(reusing PVC www-web-0)');
  });

  it('waits for minReadySeconds and, as v1.34 does, asks to sync again a whole minReadySeconds later', () => {
    const [set, r0] = settled({ minReadySeconds: 10 });
    const early = go(set, [r0, ...healthy(set, 1, { readySinceMs: 0 })], 5000);
    expect(creates(early)).toEqual([]);
    expect(early.requeueAfterMs).toBe(10_000);
    expect(renderReason(early.why)).toContain('not yet available (minReadySeconds 10)');
    const later = go(set, [r0, ...healthy(set, 1, { readySinceMs: 0 })], 10_001);
    expect(names(creates(later))).toEqual(['www-web-1', 'web-1']);
  });

  it('starts at spec.ordinals.start', () => {
    const [set, r0] = settled({ start: 5, replicas: 2 });
    expect(names(creates(go(set, [r0])))).toEqual(['www-web-5', 'web-5']);
  });
});

describe('Parallel', () => {
  it('creates every pod with its PVC in one sync', () => {
    const [set, r0] = settled({ policy: 'Parallel' });
    const r = go(set, [r0]);
    expect(names(creates(r))).toEqual(['www-web-0', 'web-0', 'www-web-1', 'web-1', 'www-web-2', 'web-2']);
    expect(renderReason(r.why)).toBe('Created PVCs www-web-0, www-web-1 and www-web-2 and pods web-0, web-1 and web-2 at once (podManagementPolicy Parallel)');
  });
  it('deletes all condemned pods at once even when unready', () => {
    const [set, r0] = settled({ policy: 'Parallel', replicas: 1 });
    const r = go(set, [r0, ...healthy(set, 1), pod(set, 1, { ready: false }), pod(set, 2, { ready: false })]);
    expect(deletes(r)).toEqual(['Pod/default/web-2', 'Pod/default/web-1']);
  });
});

describe('scale-down', () => {
  it('deletes only the highest ordinal and keeps its PVC', () => {
    const [set, r0] = settled({ replicas: 3 });
    const r = go(set, [r0, ...healthy(set, 5)]);
    expect(deletes(r)).toEqual(['Pod/default/web-4']);
    expect(r.events).toEqual([{ type: 'Normal', reason: 'SuccessfulDelete', message: 'delete Pod web-4 in StatefulSet web successful', key: 'StatefulSet/default/web' }]);
    expect(renderReason(r.why)).toBe('Deleted web-4 (scale-down goes from the highest ordinal): replicas is 3, so the last ordinal is 2; PVC www-web-4 kept: StatefulSet PVCs are retained by default (whenScaled: Retain)');
  });
  it('waits while the previous condemned pod is still terminating', () => {
    const [set, r0] = settled({ replicas: 3 });
    const r = go(set, [r0, ...healthy(set, 4), pod(set, 4, { deleting: true })]);
    expect(deletes(r)).toEqual([]);
    expect(renderReason(r.why)).toBe('web-3 waits: web-4 is still terminating (scale-down removes one pod at a time) (podManagementPolicy OrderedReady)');
  });
  it('halts while an in-range pod is unhealthy', () => {
    const [set, r0] = settled({ replicas: 2 });
    const r = go(set, [r0, ...healthy(set, 3).filter((o) => o.metadata.name !== 'web-1'), pod(set, 1, { ready: false })]);
    expect(deletes(r)).toEqual([]);
    expect(renderReason(r.why)).toBe('Scale-down of web-2 waits: web-1 is not Ready (podManagementPolicy OrderedReady)');
  });
  it('a lone unhealthy condemned pod may go (it is the first unhealthy pod)', () => {
    const [set, r0] = settled({ replicas: 2 });
    expect(deletes(go(set, [r0, ...healthy(set, 2), pod(set, 2, { ready: false })]))).toEqual(['Pod/default/web-2']);
  });
  it('an unhealthy condemned pod below a healthy higher one blocks', () => {
    const [set, r0] = settled({ replicas: 1 });
    const objs = [r0, ...healthy(set, 1), pod(set, 1, { ready: false }), pod(set, 2, { ready: false }), pod(set, 3)];
    // web-3 is healthy and goes first; the others wait their turn.
    expect(deletes(go(set, objs))).toEqual(['Pod/default/web-3']);
    const objs2 = [r0, ...healthy(set, 1), pod(set, 1, { ready: false }), pod(set, 2, { ready: false })];
    expect(deletes(go(set, objs2))).toEqual([]);
  });
});

describe('failed pods', () => {
  it('deletes a Failed pod and recreates it on the next sync', () => {
    const [set, r0] = settled();
    const r = go(set, [r0, pod(set, 0, { phase: 'Failed' }), pvc(set, 0)]);
    expect(deletes(r)).toEqual(['Pod/default/web-0']);
    expect(creates(r)).toEqual([]);
    expect(renderReason(r.why)).toBe('Deleted web-0: its phase is Failed, so it will be recreated with the same name');
    expect(names(creates(go(set, [r0, pvc(set, 0)])))).toEqual(['web-0']);
  });
});

describe('creation errors', () => {
  it('a PVC being deleted blocks the pod with the exact FailedCreate event', () => {
    const [set, r0] = settled();
    const r = go(set, [r0, pvc(set, 0, { deletionTimestamp: '2026-01-01T00:00:01Z' })]);
    expect(creates(r)).toEqual([]);
    expect(r.events).toEqual([{ type: 'Warning', reason: 'FailedCreate', message: 'create Pod web-0 in StatefulSet web failed error: pvc www-web-0 is being deleted', key: 'StatefulSet/default/web' }]);
    expect(renderReason(r.why)).toBe('Could not create web-0: pvc www-web-0 is being deleted');
  });
  it('a template without an image fails with the validation text, after creating the PVC', () => {
    const [set, r0] = settled({ image: '' });
    const r = go(set, [r0]);
    expect(names(creates(r))).toEqual(['www-web-0']);
    expect(r.events?.map((e) => `${e.type} ${e.reason} ${e.message}`)).toEqual([
      'Normal SuccessfulCreate create Claim www-web-0 Pod web-0 in StatefulSet web success',
      'Warning FailedCreate create Pod web-0 in StatefulSet web failed error: Pod "web-0" is invalid: spec.containers[0].image: Required value',
    ]);
  });
  it('an invalid claim template fails both the claim and the pod', () => {
    const base = sts();
    const set = { ...base, spec: { ...base.spec!, volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { resources: { requests: { storage: '1Gi' } } } }] } };
    const r = go(set, []);
    expect(creates(r, 'Pod')).toEqual([]);
    expect(r.events?.map((e) => e.message).slice(-2)).toEqual([
      'create Claim data-web-0 for Pod web-0 in StatefulSet web failed error: PersistentVolumeClaim "data-web-0" is invalid: spec.accessModes: Required value: at least 1 access mode is required',
      'create Pod web-0 in StatefulSet web failed error: failed to create PVC data-web-0: PersistentVolumeClaim "data-web-0" is invalid: spec.accessModes: Required value: at least 1 access mode is required',
    ]);
  });
  it('recreates a missing PVC for a Pending pod', () => {
    const [set, r0] = settled();
    expect(names(creates(go(set, [r0, pod(set, 0, { phase: 'Pending' })])))).toEqual(['www-web-0']);
  });
});

describe('status', () => {
  it('writes observedGeneration, counts, revisions and collisionCount 0', () => {
    const [set, r0] = settled();
    const name = r0.metadata.name;
    const st = statusOf(go(set, [r0, ...healthy(set, 2), pod(set, 2, { phase: 'Pending' })]));
    expect(st).toEqual({
      observedGeneration: 1, replicas: 3, readyReplicas: 2, currentReplicas: 3, updatedReplicas: 3,
      currentRevision: name, updateRevision: name, collisionCount: 0, availableReplicas: 2,
    });
  });
  it('does not rewrite an unchanged status', () => {
    const [base, r0] = settled({ replicas: 1 });
    const name = r0.metadata.name;
    const set = { ...base, status: { observedGeneration: 1, replicas: 1, readyReplicas: 1, currentReplicas: 1, updatedReplicas: 1, currentRevision: name, updateRevision: name, collisionCount: 0, availableReplicas: 1 } };
    const r = go(set, [r0, ...healthy(set, 1)]);
    expect(r.actions).toEqual([]);
    expect(renderReason(r.why)).toBe(`Nothing to do: 1/1 pods of web are Running and Ready at revision ${name}`);
  });
  it('a set being deleted only gets its status updated', () => {
    const [set, r0] = settled({ deleting: true });
    const r = go(set, [r0, ...healthy(set, 1)]);
    expect(r.actions.map((a) => a.type)).toEqual(['updateStatus']);
    expect(renderReason(r.why)).toBe('StatefulSet web is being deleted: the controller only updates its status');
  });
});
