import { describe, expect, it } from 'vitest';
import type { KObject } from '../../api/types';
import type { ReconcileResult } from '../../controllers/types';
import { fakeView } from '../../../testing/fakeView';
import { reconcile } from './statefulSetController';
import type { StatefulSet } from './k8sTypes';
import { rev, creates, deletes, healthy, names, pod, pvc, sts, updates, type StsOpts } from './stsFixtures';
import { claimOwnerRefsFor, isClaimOwnerUpToDate } from './retention';
import { renderReason } from '../../reasons';

function go(set: StatefulSet, objs: readonly unknown[] = []): ReconcileResult {
  return reconcile('StatefulSet/default/web', fakeView([set, ...objs].map((o) => o as KObject), 100_000));
}
function settled(o: StsOpts): [StatefulSet, unknown] {
  const base = sts(o);
  const r = rev(base);
  return [{ ...base, status: { replicas: 0, currentRevision: r.metadata.name, updateRevision: r.metadata.name, observedGeneration: 1, collisionCount: 0 } }, r];
}
const kinds = (refs: readonly { kind: string; name: string }[]): string[] => refs.map((r) => `${r.kind}/${r.name}`);

describe('retention policy owner refs (reference §2.9 table)', () => {
  const table: [StsOpts['whenScaled'], StsOpts['whenDeleted'], string[], string[]][] = [
    ['Retain', 'Retain', [], []],
    ['Retain', 'Delete', ['StatefulSet/web'], ['StatefulSet/web']],
    ['Delete', 'Retain', [], ['Pod/web-3']],
    ['Delete', 'Delete', ['StatefulSet/web'], ['Pod/web-3']],
  ];
  for (const [whenScaled, whenDeleted, inRange, condemned] of table) {
    it(`whenScaled ${whenScaled} / whenDeleted ${whenDeleted}`, () => {
      const set = sts({ whenScaled, whenDeleted, replicas: 3 });
      expect(kinds(claimOwnerRefsFor(pvc(set, 1), set, pod(set, 1)))).toEqual(inRange);
      expect(kinds(claimOwnerRefsFor(pvc(set, 3), set, pod(set, 3)))).toEqual(condemned);
      // Delete/Delete on a condemned claim that had the set ref: the set ref is removed.
      const withSet = pvc(set, 3, { ownerReferences: claimOwnerRefsFor(pvc(set, 1), set, pod(set, 1)) });
      expect(kinds(claimOwnerRefsFor(withSet, set, pod(set, 3)))).toEqual(condemned);
    });
  }

  it('leaves claims controlled by someone else alone', () => {
    const set = sts({ whenScaled: 'Delete', whenDeleted: 'Delete', replicas: 1 });
    const other = pvc(set, 2, { ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'cm', uid: 'u-cm', controller: true }] });
    expect(isClaimOwnerUpToDate(other, set, pod(set, 2))).toBe(true);
  });

  it('does not touch a claim with a stale ref (right name, wrong UID)', () => {
    const set = sts({ whenScaled: 'Delete', whenDeleted: 'Delete', replicas: 1 });
    const stale = pvc(set, 2, { ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: 'web-2', uid: 'old', controller: true }] });
    expect(isClaimOwnerUpToDate(stale, set, pod(set, 2))).toBe(true);
  });
});

describe('retention in the sync', () => {
  it('new claims get the set ref when whenDeleted is Delete', () => {
    const [set, r0] = settled({ whenDeleted: 'Delete' });
    const claim = creates(go(set, [r0]), 'PersistentVolumeClaim')[0]!;
    expect(kinds(claim.metadata.ownerReferences ?? [])).toEqual(['StatefulSet/web']);
  });

  it('scale-down with whenScaled Delete: pod ref on the claim first, then the pod is deleted', () => {
    const [set, r0] = settled({ whenScaled: 'Delete', replicas: 2 });
    const r = go(set, [r0, ...healthy(set, 3)]);
    expect(r.actions.map((a) => a.type === 'update' ? `update ${a.object.metadata.name}` : a.type === 'delete' ? `delete ${a.key}` : a.type))
      .toEqual(['update www-web-2', 'delete Pod/default/web-2', 'updateStatus']);
    expect(kinds(updates(r)[0]!.metadata.ownerReferences ?? [])).toEqual(['Pod/web-2']);
    expect(renderReason(r.why)).toContain('PVC www-web-2 will be garbage-collected with the pod (whenScaled: Delete)');
  });

  it('a policy change rewrites refs of in-range claims on the next sync', () => {
    const [set, r0] = settled({ whenDeleted: 'Delete', replicas: 1 });
    const r = go(set, [r0, ...healthy(set, 1)]);
    expect(names(updates(r, 'PersistentVolumeClaim'))).toEqual(['www-web-0']);
    expect(r.events?.map((e) => e.message)).toEqual(['update Pod web-0 in StatefulSet web successful']);
  });

  it('waits instead of creating a pod whose claim still belongs to the previous pod', () => {
    const [set, r0] = settled({ whenScaled: 'Delete', replicas: 2 });
    const stale = pvc(set, 1, { ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: 'web-1', uid: 'gone', controller: true }] });
    const r = go(set, [r0, ...healthy(set, 1), stale]);
    expect(creates(r)).toEqual([]);
    expect(renderReason(r.why)).toBe('web-1 not created yet: PVC www-web-1 still belongs to the previous web-1 (whenScaled: Delete), so the garbage collector must delete it first');
  });

  it('never deletes claims itself', () => {
    const [set, r0] = settled({ whenScaled: 'Delete', whenDeleted: 'Delete', replicas: 0 });
    const r = go(set, [r0, ...healthy(set, 2)]);
    expect(deletes(r).filter((k) => k.startsWith('PersistentVolumeClaim'))).toEqual([]);
  });
});
