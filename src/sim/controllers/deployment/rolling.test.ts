import { describe, expect, it } from 'vitest';
import { deployment, World } from './testWorld';
import { renderReason } from '../../reasons';

/** A Deployment rolled out and settled at revision 1, then given a new image. */
function rolledOut(replicas: number, opts: Parameters<typeof deployment>[0] = {}): { w: World; oldName: string } {
  const w = new World([deployment({ replicas, ...opts })]);
  w.reconcile();
  w.settle();
  w.reconcile();
  const oldName = w.replicaSets()[0]!.metadata.name!;
  w.events.length = 0;
  w.whys.length = 0;
  w.nowMs = 60_000;
  w.setImage('nginx:1.26');
  return { w, oldName };
}

/** Reconcile and settle until nothing changes; returns the ScalingReplicaSet messages. */
function runToCompletion(w: World, max = 40): string[] {
  for (let i = 0; i < max; i++) {
    w.nowMs += 1000;
    w.settle();
    if (w.reconcile().actions.length === 0) break;
  }
  return w.events;
}

describe('RollingUpdate', () => {
  it('follows the docs sequence for 3 replicas: new 1 → old 2 → new 2 → old 1 → new 3 → old 0', () => {
    const { w, oldName } = rolledOut(3);
    const events = runToCompletion(w);
    const newName = w.replicaSets().find((rs) => rs.metadata.name !== oldName)!.metadata.name!;
    expect(events).toEqual([
      `Scaled up replica set ${newName} from 0 to 1`,
      `Scaled down replica set ${oldName} from 3 to 2`,
      `Scaled up replica set ${newName} from 1 to 2`,
      `Scaled down replica set ${oldName} from 2 to 1`,
      `Scaled up replica set ${newName} from 2 to 3`,
      `Scaled down replica set ${oldName} from 1 to 0`,
    ]);
    expect(w.sizes()).toEqual([`${oldName}=0`, `${newName}=3`]);
    expect(w.whys).toContain(`Rolling update: scaled old ReplicaSet ${oldName} down to 2 (maxUnavailable 0, maxSurge 1: 4 pods available, at least 3 must stay available)`);
    const rs = w.get<{ metadata: { annotations: Record<string, string> } }>('ReplicaSet', newName);
    expect(rs.metadata.annotations['deployment.kubernetes.io/revision']).toBe('2');
    expect(w.deployment().metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    const st = w.deployment().status!;
    expect([st.replicas, st.updatedReplicas, st.availableReplicas, st.unavailableReplicas]).toEqual([3, 3, 3, 0]);
    expect(st.conditions?.find((c) => c.type === 'Progressing')?.reason).toBe('NewReplicaSetAvailable');
  });

  it.each([
    // replicas, first-sync sizes (old, new): maxSurge/maxUnavailable 1/0, 1/1, 3/2
    [1, 1, 1],
    [4, 3, 1],
    [10, 8, 3],
  ])('replicas %i: the first sync leaves old=%i new=%i', (replicas, oldSize, newSize) => {
    const { w, oldName } = rolledOut(replicas);
    w.reconcile();
    const newName = w.replicaSets().find((rs) => rs.metadata.name !== oldName)!.metadata.name!;
    expect(w.sizes()).toEqual([`${oldName}=${oldSize}`, `${newName}=${newSize}`]);
  });

  it('never exceeds replicas + maxSurge pods nor drops below replicas − maxUnavailable available', () => {
    for (const replicas of [1, 3, 4, 10]) {
      const { w } = rolledOut(replicas);
      const surge = Math.ceil(replicas / 4);
      const unavailable = Math.max(Math.floor(replicas / 4), surge === 0 ? 1 : 0);
      for (let i = 0; i < 30; i++) {
        w.reconcile();
        const total = w.replicaSets().reduce((n, rs) => n + (rs.spec?.replicas ?? 0), 0);
        expect(total).toBeLessThanOrEqual(replicas + surge);
        // available = old RSs' pods still kept + new pods that settled
        const available = w.replicaSets().reduce((n, rs) => n + Math.min(rs.spec?.replicas ?? 0, rs.status?.availableReplicas ?? 0), 0);
        expect(available).toBeGreaterThanOrEqual(replicas - unavailable);
        w.settle();
      }
      expect(w.deployment().status?.updatedReplicas).toBe(replicas);
    }
  });

  it('stalls on a bad image with new 1 and old 3 (maxUnavailable 0), then reports ProgressDeadlineExceeded', () => {
    const { w, oldName } = rolledOut(3, { progressDeadlineSeconds: 60 });
    w.setImage('nginx:does-not-exist');
    const first = w.reconcile();
    const newName = w.replicaSets().find((rs) => rs.metadata.name !== oldName)!.metadata.name!;
    for (let i = 0; i < 5; i++) { w.nowMs += 1000; w.settle({ [newName]: 0 }); w.reconcile(); }
    expect(w.sizes()).toEqual([`${oldName}=3`, `${newName}=1`]);
    expect(first.requeueAfterMs).toBeUndefined();
    const idle = w.reconcile();
    expect(idle.requeueAfterMs).toBeGreaterThan(0);
    w.nowMs += idle.requeueAfterMs!;
    const late = w.reconcile();
    const p = w.deployment().status?.conditions?.find((c) => c.type === 'Progressing');
    expect([p?.status, p?.reason, p?.message]).toEqual(['False', 'ProgressDeadlineExceeded', `ReplicaSet "${newName}" has timed out progressing.`]);
    expect(renderReason(late.why)).toContain('ProgressDeadlineExceeded');
    expect(w.reconcile().requeueAfterMs).toBeUndefined();
  });

  it('scales unavailable old pods down first (cleanupUnhealthyReplicas)', () => {
    const { w, oldName } = rolledOut(4);
    w.settle({ [oldName]: 2 }); // two old pods broke
    const r = w.reconcile();
    expect(r.events?.map((e) => e.message)).toContain(`Scaled down replica set ${oldName} from 4 to 3`);
    expect(renderReason(r.why)).toContain('removing 1 unavailable pod first');
  });

  it('scales proportionally when replicas change mid-rollout', () => {
    const { w, oldName } = rolledOut(10);
    w.reconcile(); // old 8, new 3 (13 = 10 + maxSurge 3)
    const newName = w.replicaSets().find((rs) => rs.metadata.name !== oldName)!.metadata.name!;
    w.settle({ [newName]: 0 });
    w.editSpec((spec) => ({ ...spec, replicas: 20 }));
    const r = w.reconcile();
    // allowed 20 + 5 = 25, 14 to add: old round(8*25/13) = 15 → +7, new round(3*25/13) = 6 → +3,
    // the leftover 4 goes to the largest (old)
    expect(w.sizes()).toEqual([`${oldName}=19`, `${newName}=6`]);
    expect(renderReason(r.why)).toContain('Proportional scaling');
  });

  it('deletes old ReplicaSets beyond revisionHistoryLimit once the rollout is complete', () => {
    const w = new World([deployment({ replicas: 2, revisionHistoryLimit: 1 })]);
    for (const image of ['nginx:1.25', 'nginx:1.26', 'nginx:1.27']) {
      w.setImage(image);
      runToCompletion(w);
    }
    w.reconcile();
    expect(w.replicaSets()).toHaveLength(2);
    expect(w.replicaSets().map((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision']).sort()).toEqual(['2', '3']);
  });
});

describe('rollback', () => {
  it('reuses the ReplicaSet with the same template and moves its revision, keeping revision-history', () => {
    const { w, oldName } = rolledOut(3);
    runToCompletion(w);
    w.setImage('nginx:1.25'); // back to revision 1's template
    w.events.length = 0;
    const r = w.reconcile();
    expect(w.replicaSets()).toHaveLength(2);
    const rs = w.get<{ metadata: { annotations: Record<string, string> } }>('ReplicaSet', oldName);
    expect(rs.metadata.annotations['deployment.kubernetes.io/revision']).toBe('3');
    expect(rs.metadata.annotations['deployment.kubernetes.io/revision-history']).toBe('1');
    expect(w.deployment().metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
    expect(renderReason(r.why)).toContain(`ReplicaSet ${oldName} already has this pod template`);
    runToCompletion(w);
    expect(w.sizes()[0]).toBe(`${oldName}=3`);
  });
});
