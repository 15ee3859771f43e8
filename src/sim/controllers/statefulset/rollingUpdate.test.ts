import { describe, expect, it } from 'vitest';
import type { KObject } from '../../api/types';
import type { ReconcileResult } from '../../controllers/types';
import type { ClusterConfig } from '../../engine/types';
import { fakeView, TEST_CONFIG } from '../../../testing/fakeView';
import { reconcile } from './statefulSetController';
import type { ControllerRevision, StatefulSet } from './k8sTypes';
import { untyped } from './k8sTypes';
import { newRevision } from './history';
import { creates, deletes, names, pod, pvc, statusOf, sts, updates, type StsOpts } from './stsFixtures';
import { renderReason } from '../../reasons';

function go(set: StatefulSet, objs: readonly unknown[] = [], config: ClusterConfig = TEST_CONFIG): ReconcileResult {
  const all = [set, ...objs].map((o) => o as KObject);
  return reconcile('StatefulSet/default/web', fakeView(all, 100_000, { config }));
}

/** A set updated from image v1 to v2: revision 1 (v1) exists, status still points at it. */
function updated(o: StsOpts = {}): { set: StatefulSet; r1: ControllerRevision; r2: ControllerRevision } {
  const r1 = newRevision(sts({ ...o, image: 'nginx:1' }), 1, 0);
  const r2 = newRevision(sts({ ...o, image: 'nginx:2' }), 2, 0);
  const set = { ...sts({ ...o, image: 'nginx:2' }), status: { replicas: 3, currentRevision: r1.metadata.name, updateRevision: r1.metadata.name, observedGeneration: 1 } };
  return { set, r1, r2 };
}
const at = (set: StatefulSet, ord: number, r: ControllerRevision, extra = {}) => [pod(set, ord, { revision: r.metadata.name!, ...extra }), pvc(set, ord)];

describe('RollingUpdate', () => {
  it('creates the new revision and deletes only the highest ordinal', () => {
    const { set, r1, r2 } = updated();
    const r = go(set, [r1, ...at(set, 0, r1), ...at(set, 1, r1), ...at(set, 2, r1)]);
    expect(names(creates(r))).toEqual([r2.metadata.name]);
    expect(deletes(r)).toEqual(['Pod/default/web-2']);
    expect(renderReason(r.why)).toBe(`Deleted web-2 to recreate it at revision ${r2.metadata.name} (RollingUpdate goes from the highest ordinal; partition 0)`);
    expect(statusOf(r)).toMatchObject({ currentRevision: r1.metadata.name, updateRevision: r2.metadata.name, currentReplicas: 2 });
  });

  it('recreates the deleted pod at the update revision with the new template', () => {
    const { set, r1, r2 } = updated();
    const r = go(set, [r1, r2, ...at(set, 0, r1), ...at(set, 1, r1), pvc(set, 2)]);
    const created = creates(r, 'Pod')[0]!;
    expect(created.metadata.name).toBe('web-2');
    expect(created.metadata.labels?.['controller-revision-hash']).toBe(r2.metadata.name);
    expect((created.spec as { containers: { image: string }[] }).containers[0]!.image).toBe('nginx:2');
  });

  it('waits for the updated pod to be Ready before touching the next (Parallel too)', () => {
    for (const policy of ['OrderedReady', 'Parallel'] as const) {
      const { set, r1, r2 } = updated({ policy });
      const r = go(set, [r1, r2, ...at(set, 0, r1), ...at(set, 1, r1), ...at(set, 2, r2, { ready: false })]);
      expect(deletes(r)).toEqual([]);
    }
  });

  it('moves on to web-1 once web-2 is updated and Ready', () => {
    const { set, r1, r2 } = updated();
    expect(deletes(go(set, [r1, r2, ...at(set, 0, r1), ...at(set, 1, r1), ...at(set, 2, r2)]))).toEqual(['Pod/default/web-1']);
  });

  it('completes: currentRevision catches up when every replica is updated and ready', () => {
    const { set, r1, r2 } = updated();
    const st = statusOf(go(set, [r1, r2, ...at(set, 0, r2), ...at(set, 1, r2), ...at(set, 2, r2)]));
    expect(st).toMatchObject({ currentRevision: r2.metadata.name, updateRevision: r2.metadata.name, currentReplicas: 3, updatedReplicas: 3 });
  });

  it('partition keeps low slots at the current revision, and recreates them there', () => {
    const { set, r1, r2 } = updated({ partition: 2 });
    const r = go(set, [r1, r2, ...at(set, 0, r1), ...at(set, 1, r1), ...at(set, 2, r2)]);
    expect(deletes(r)).toEqual([]);
    expect(renderReason(r.why)).toBe(`Rolling update stops at the partition: web-0 and web-1 stay at revision ${r1.metadata.name} (partition 2)`);
    expect(statusOf(r)).toMatchObject({ currentRevision: r1.metadata.name, currentReplicas: 2, updatedReplicas: 1 });
    const again = go(set, [r1, r2, ...at(set, 0, r1), pvc(set, 1), ...at(set, 2, r2)]);
    const recreated = creates(again, 'Pod')[0]!;
    expect(recreated.metadata.labels?.['controller-revision-hash']).toBe(r1.metadata.name);
    expect((recreated.spec as { containers: { image: string }[] }).containers[0]!.image).toBe('nginx:1');
  });

  it('partition above the replica count updates nothing', () => {
    const { set, r1 } = updated({ partition: 3 });
    expect(deletes(go(set, [r1, ...at(set, 0, r1), ...at(set, 1, r1), ...at(set, 2, r1)]))).toEqual([]);
  });

  it('partition counts slots from spec.ordinals.start', () => {
    const { set, r1, r2 } = updated({ start: 3, partition: 1 });
    const r = go(set, [r1, r2, ...at(set, 3, r1), ...at(set, 4, r1), ...at(set, 5, r2)]);
    expect(deletes(r)).toEqual(['Pod/default/web-4']);
  });
});

describe('OnDelete', () => {
  it('creates the new revision but touches no pod; deleted pods come back at the update revision', () => {
    const { set, r1, r2 } = updated({ strategy: 'OnDelete' });
    const r = go(set, [r1, ...at(set, 0, r1), ...at(set, 1, r1), ...at(set, 2, r1)]);
    expect(names(creates(r))).toEqual([r2.metadata.name]);
    expect(deletes(r)).toEqual([]);
    expect(renderReason(r.why)).toContain('updateStrategy OnDelete');
    const again = go(set, [r1, r2, ...at(set, 0, r1), pvc(set, 1), ...at(set, 2, r1)]);
    expect(creates(again, 'Pod')[0]!.metadata.labels?.['controller-revision-hash']).toBe(r2.metadata.name);
  });
  it('never advances currentRevision', () => {
    const { set, r1, r2 } = updated({ strategy: 'OnDelete' });
    const st = statusOf(go(set, [r1, r2, ...at(set, 0, r2), ...at(set, 1, r2), ...at(set, 2, r2)]));
    expect(st).toMatchObject({ currentRevision: r1.metadata.name, updateRevision: r2.metadata.name });
  });
});

describe('maxUnavailable', () => {
  const gateOn: ClusterConfig = { ...TEST_CONFIG, featureGates: { MaxUnavailableStatefulSet: true } };
  it('with the gate on, replaces up to maxUnavailable pods at once, highest first', () => {
    const { set, r1 } = updated({ maxUnavailable: 2 });
    const objs = [r1, ...at(set, 0, r1), ...at(set, 1, r1), ...at(set, 2, r1)];
    expect(deletes(go(set, objs, gateOn))).toEqual(['Pod/default/web-2', 'Pod/default/web-1']);
    expect(deletes(go(set, objs))).toEqual(['Pod/default/web-2']);
  });
  it('counts already-unavailable pods against the budget', () => {
    const { set, r1, r2 } = updated({ maxUnavailable: 2, policy: 'Parallel' });
    const objs = [r1, r2, ...at(set, 0, r1), ...at(set, 1, r1), ...at(set, 2, r2, { ready: false })];
    expect(deletes(go(set, objs, gateOn))).toEqual(['Pod/default/web-1']);
  });
});

describe('history', () => {
  it('rollback renumbers the equal old revision instead of creating one', () => {
    const { r1, r2 } = updated();
    const back = { ...sts({ image: 'nginx:1' }), status: { replicas: 3, currentRevision: r2.metadata.name, updateRevision: r2.metadata.name, observedGeneration: 2 } };
    const r = go(back, [r1, r2]);
    expect(creates(r, 'ControllerRevision')).toEqual([]);
    const renumbered = updates(r, 'ControllerRevision');
    expect(renumbered.map((o) => [o.metadata.name, (o as unknown as ControllerRevision).revision])).toEqual([[r1.metadata.name, 3]]);
    expect(statusOf(r)).toMatchObject({ updateRevision: r1.metadata.name });
  });

  it('truncates the oldest non-live revisions beyond revisionHistoryLimit', () => {
    const olds = Array.from({ length: 5 }, (_, i) => newRevision(sts({ image: `nginx:${i}` }), i + 1, 0));
    const set = { ...sts({ image: 'nginx:3', revisionHistoryLimit: 2 }), status: { replicas: 1, currentRevision: olds[3]!.metadata.name, updateRevision: olds[3]!.metadata.name } };
    // Live: olds[3] (current/update) and olds[0] (a pod still uses it). History: 1, 2, 4 -> keep 2, delete olds[1].
    const r = go(set, [...olds, pod(set, 0, { revision: olds[0]!.metadata.name! }), pvc(set, 0)].map((o) => untyped(o as never)));
    expect(deletes(r).filter((k) => k.startsWith('ControllerRevision'))).toEqual([`ControllerRevision/default/${olds[1]!.metadata.name}`]);
  });

  it('bumps collisionCount when the name is taken by a revision with other data', () => {
    const set = sts({ image: 'nginx:9' });
    const mine = newRevision(set, 1, 0);
    const squatter = { ...newRevision(sts({ image: 'other' }), 1, 0), metadata: { ...mine.metadata, ownerReferences: [] , labels: { other: 'x' } } };
    const r = go(set, [squatter]);
    const created = creates(r, 'ControllerRevision')[0]!;
    expect(created.metadata.name).toBe(newRevision(set, 1, 1).metadata.name);
    expect(statusOf(r)).toMatchObject({ collisionCount: 1 });
  });
});
