// The slot table (slotTable.ts, issue 15): a sync that splits and counts the set's pods from the table it keeps
// current returns exactly what a sync sorting every pod of a bare view returns, across random pod writes and scales.
import { describe, expect, it } from 'vitest';
import type { KObject, ObjectKey } from '../../api/types';
import { keyOf } from '../../api/keys';
import { Work } from '../../engine/work';
import { viewOf } from '../../engine/loop';
import { createCluster } from '../../engine/cluster';
import { fakeView } from '../../../testing/fakeView';
import { untyped } from './k8sTypes';
import { pod, pvc, sts } from './stsFixtures';
import { reconcile } from './statefulSetController';
import type { SlotTable } from './slotTable';

describe('slot table', () => {
  /** A deterministic sequence in [0, n) (a linear congruential generator: tests stay reproducible). */
  const sequence = (seed: number) => (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % n;
  };

  for (const [policy, whenScaled] of [['OrderedReady', 'Retain'], ['Parallel', 'Retain'], ['OrderedReady', 'Delete'], ['Parallel', 'Delete']] as const) {
    it(`kept current from the pod index, it splits and counts as sorting every pod does (${policy}, whenScaled ${whenScaled})`, () => {
      const next = sequence(policy === 'Parallel' ? 7 : 11);
      const work = new Work({ ...createCluster(), nowMs: 100_000 });
      const warm = viewOf(work);
      const put = (o: KObject) => work.put(keyOf(o), o);
      let set = sts({ replicas: 5, policy, whenScaled });
      put(untyped(set));
      let used = 0;
      let skipped = 0;
      for (let round = 0; round < 150; round++) {
        if (next(8) === 0) {
          // Scale: another slot range (the table is built afresh).
          set = sts({ replicas: 2 + next(6), policy, whenScaled });
          put(untyped(set));
        }
        for (let w = next(4); w >= 0; w--) {
          const ordinal = next(9);
          // Now and then a second name for one ordinal (`web-01`): the table stands aside while it lives.
          const name = round % 20 === 9 && w === 0 ? `web-0${ordinal}` : `web-${ordinal}`;
          if (round % 20 === 14) for (let o = 0; o < 9; o++) work.put(`Pod/default/web-0${o}` as ObjectKey, undefined);
          if (next(5) === 0) { work.put(`Pod/default/${name}` as ObjectKey, undefined); continue; }
          const revision = next(4) === 0 ? 'web-other' : undefined;
          // Mostly healthy pods (so settled slots build up), now and then one that is not.
          const phases = ['Pending', 'Running', 'Running', 'Running', 'Running', 'Running', 'Running', 'Failed', 'Succeeded'] as const;
          const p = pod(set, ordinal, { phase: phases[next(phases.length)], ready: next(6) !== 0, deleting: next(12) === 0, ...(revision ? { revision } : {}) });
          // Now and then a pod that lost its identity label (processReplica fixes it in place).
          const labels = next(8) === 0 ? { app: 'nginx' } : p.metadata.labels;
          put(untyped({ ...p, metadata: { ...p.metadata, name, labels } }));
          // Its claim: bare, or owned by the pod (now or an earlier one of that name), or by the set.
          const owners = [[], [{ apiVersion: 'v1', kind: 'Pod', name, uid: `uid-pod-${ordinal}`, controller: true }],
            [{ apiVersion: 'v1', kind: 'Pod', name, uid: 'gone', controller: true }],
            [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'uid-web', controller: true }]][next(4)]!;
          if (next(3) === 0) put(untyped(pvc(set, ordinal, owners.length ? { ownerReferences: owners } : {})));
        }
        // Rounds that only touch claims: the settled slots must see them.
        if (round % 3 === 2) for (let o = 0; o < 9; o++) if (next(3) === 0) put(untyped(pvc(set, o, next(2) ? {} : { ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: `web-${o}`, uid: `uid-pod-${o}`, controller: true }] })));
        // Rounds that only change the retention policy (same claim templates): the settled slots must see it too.
        if (round % 7 === 3) {
          const p = set.spec!.persistentVolumeClaimRetentionPolicy!;
          set = { ...set, spec: { ...set.spec!, persistentVolumeClaimRetentionPolicy: { ...p, whenDeleted: p.whenDeleted === 'Retain' ? 'Delete' : 'Retain' } } };
          put(untyped(set));
        }
        const key = 'StatefulSet/default/web' as ObjectKey;
        const before = (warm.memo?.get('sts-slot-table') as Map<string, SlotTable> | undefined)?.get('default/web');
        if (before && before.settled.includes(1)) skipped++;
        const a = reconcile(key, warm);
        const bare = fakeView([...work.list('StatefulSet'), ...work.list('Pod'), ...work.list('PersistentVolumeClaim'), ...work.list('ControllerRevision')], 100_000);
        const b = reconcile(key, bare);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        const table = (warm.memo?.get('sts-slot-table') as Map<string, SlotTable> | undefined)?.get('default/web');
        if (table && !table.collided) used++;
      }
      expect(used).toBeGreaterThan(75); // the table did answer, most of the time
      expect(skipped).toBeGreaterThan(2); // and syncs did skip settled slots
    });
  }

  describe('settled slots', () => {
    const key = 'StatefulSet/default/web' as ObjectKey;
    /** A warm run with three healthy pods and bare claims, synced once (every slot settles), and a way to compare. */
    function settled(policy: 'OrderedReady' | 'Parallel') {
      const work = new Work({ ...createCluster(), nowMs: 100_000 });
      const warm = viewOf(work);
      const put = (o: KObject) => work.put(keyOf(o), o);
      const set = sts({ replicas: 3, policy });
      put(untyped(set));
      for (let o = 0; o < 3; o++) { put(untyped(pod(set, o))); put(untyped(pvc(set, o))); }
      reconcile(key, warm);
      const table = (warm.memo?.get('sts-slot-table') as Map<string, SlotTable>).get('default/web')!;
      const compare = () => {
        const bare = fakeView([...work.list('StatefulSet'), ...work.list('Pod'), ...work.list('PersistentVolumeClaim'), ...work.list('ControllerRevision')], 100_000);
        const a = reconcile(key, warm);
        expect(JSON.stringify(a)).toBe(JSON.stringify(reconcile(key, bare)));
        return a;
      };
      return { set, put, table, compare };
    }

    for (const policy of ['OrderedReady', 'Parallel'] as const) {
      it(`a settled slot whose claim changed is processed again (${policy})`, () => {
        const { set, put, table, compare } = settled(policy);
        expect([...table.settled]).toEqual([1, 1, 1]);
        put(untyped(pvc(set, 1, { ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: 'web-1', uid: 'uid-pod-1', controller: true }] })));
        expect(compare().actions.some((a) => a.type === 'update')).toBe(true);
      });

      it(`a settled slot whose pod changed is processed again (${policy})`, () => {
        const { set, put, table, compare } = settled(policy);
        expect([...table.settled]).toEqual([1, 1, 1]);
        const p = pod(set, 1);
        put(untyped({ ...p, metadata: { ...p.metadata, labels: { app: 'nginx' } } }));
        expect(compare().actions.some((a) => a.type === 'update')).toBe(true);
      });

      it(`settled slots are processed again under another retention policy (${policy})`, () => {
        const { set, put, table, compare } = settled(policy);
        expect([...table.settled]).toEqual([1, 1, 1]);
        put(untyped({ ...set, spec: { ...set.spec!, persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete', whenScaled: 'Retain' } } }));
        expect(compare().actions.some((a) => a.type === 'update')).toBe(true);
      });
    }
  });
});
