import { describe, expect, it } from 'vitest';
import type { KObject } from '../../api/types';
import type { ReconcileResult } from '../../controllers/types';
import type { ObjectChange } from '../../engine/types';
import { fakeView } from '../../../testing/fakeView';
import { keysFor, reconcile, statefulSetController } from './statefulSetController';
import type { Pod, StatefulSet } from './k8sTypes';
import { untyped } from './k8sTypes';
import { creates, healthy, pod, pvc, rev, sts, updates } from './stsFixtures';
import { renderReason } from '../../reasons';

function go(set: StatefulSet, objs: readonly unknown[] = []): ReconcileResult {
  return reconcile('StatefulSet/default/web', fakeView([set, ...objs].map((o) => o as KObject), 100_000));
}
const settledSet = (): [StatefulSet, KObject] => {
  const base = sts();
  const r = rev(base);
  return [{ ...base, status: { replicas: 0, currentRevision: r.metadata.name, updateRevision: r.metadata.name, observedGeneration: 1, collisionCount: 0 } }, untyped(r)];
};
const orphan = (p: Pod): Pod => {
  const { ownerReferences: _o, ...meta } = p.metadata;
  return { ...p, metadata: meta };
};
const relabel = (p: Pod, labels: Record<string, string>): Pod => ({ ...p, metadata: { ...p.metadata, labels } });

describe('adoption and release', () => {
  it('adopts an orphan whose name and labels match, and counts it', () => {
    const [set, r0] = settledSet();
    const r = go(set, [r0, ...healthy(set, 1).map((o) => o.kind === 'Pod' ? untyped(orphan(o as unknown as Pod)) : o)]);
    const adopted = updates(r, 'Pod')[0]!;
    expect(adopted.metadata.ownerReferences).toEqual([
      { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'uid-web', controller: true, blockOwnerDeletion: true },
    ]);
    expect(creates(r, 'Pod').map((o) => o.metadata.name)).toEqual(['web-1']);
  });

  it('does not adopt a pod whose name belongs to another set, or that is terminating', () => {
    const [set, r0] = settledSet();
    const other = { ...orphan(pod(set, 0)), metadata: { ...orphan(pod(set, 0)).metadata, name: 'db-0' } };
    const dying = orphan(pod(set, 0, { deleting: true }));
    expect(updates(go(set, [r0, other]), 'Pod')).toEqual([]);
    expect(updates(go(set, [r0, dying]), 'Pod')).toEqual([]);
  });

  it('releases an owned pod whose labels stop matching, then cannot create its name (AlreadyExists)', () => {
    const [set, r0] = settledSet();
    const released = relabel(pod(set, 0), { app: 'debug' });
    const r = go(set, [r0, released, pvc(set, 0)]);
    expect(updates(r, 'Pod')[0]!.metadata.ownerReferences).toBeUndefined();
    expect(creates(r, 'Pod')).toEqual([]);
    expect(renderReason(r.why)).toBe('web-0 not created: a pod with that name already exists and StatefulSet web does not own it');
    expect(r.events ?? []).toEqual([]);
  });

  it('adopts orphan ControllerRevisions matching the selector', () => {
    const [set, r0] = settledSet();
    const { ownerReferences: _o, ...meta } = r0.metadata;
    const r = go(set, [{ ...r0, metadata: meta }]);
    expect(updates(r, 'ControllerRevision').map((o) => o.metadata.ownerReferences?.[0]?.uid)).toEqual(['uid-web']);
    expect(creates(r, 'ControllerRevision')).toEqual([]);
  });
});

describe('keysFor', () => {
  const set = sts();
  const other = sts({ name: 'db' });
  const view = fakeView([untyped(set), untyped(other)]);
  const change = (object: KObject, previous?: KObject): ObjectChange =>
    ({ type: previous ? 'MODIFIED' : 'ADDED', key: `${object.kind}/default/${object.metadata.name}`, object, ...(previous ? { previous } : {}) });

  it('a StatefulSet change syncs itself', () => {
    expect(keysFor(change(untyped(set)), view)).toEqual(['StatefulSet/default/web']);
  });
  it('a pod change syncs its controller, and the set its name belongs to', () => {
    expect(keysFor(change(untyped(pod(set, 0))), view)).toEqual(['StatefulSet/default/web']);
  });
  it('an orphan pod syncs every set whose selector matches', () => {
    const o = { ...orphan(pod(set, 0)), metadata: { ...orphan(pod(set, 0)).metadata, name: 'loose' } };
    expect(keysFor(change(untyped(o)), view)).toEqual(['StatefulSet/default/db', 'StatefulSet/default/web']);
  });
  it('a released pod syncs its previous controller', () => {
    const before = { ...pod(other, 0) };
    const after = relabel(orphan(before), { app: 'x' });
    expect(keysFor(change(untyped(after), untyped(before)), view)).toEqual(['StatefulSet/default/db']);
  });
  it('a PVC change syncs the set whose claim template names it', () => {
    expect(keysFor(change(untyped(pvc(set, 4))), view)).toEqual(['StatefulSet/default/web']);
  });
  it('a ControllerRevision change syncs its owner', () => {
    expect(keysFor(change(untyped(rev(other))), view)).toEqual(['StatefulSet/default/db']);
  });
  it('is registered as statefulset-controller', () => {
    expect(statefulSetController.name).toBe('statefulset-controller');
    expect(statefulSetController.latencyMs).toBe(15);
  });
});
