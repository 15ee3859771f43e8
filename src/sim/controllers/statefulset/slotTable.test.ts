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

  for (const policy of ['OrderedReady', 'Parallel'] as const) {
    it(`kept current from the pod index, it splits and counts as sorting every pod does (${policy})`, () => {
      const next = sequence(policy === 'Parallel' ? 7 : 11);
      const work = new Work({ ...createCluster(), nowMs: 100_000 });
      const warm = viewOf(work);
      const put = (o: KObject) => work.put(keyOf(o), o);
      let set = sts({ replicas: 5, policy });
      put(untyped(set));
      let used = 0;
      for (let round = 0; round < 60; round++) {
        if (next(8) === 0) {
          // Scale: another slot range (the table is built afresh).
          set = sts({ replicas: 2 + next(6), policy });
          put(untyped(set));
        }
        for (let w = next(4); w >= 0; w--) {
          const ordinal = next(9);
          // Now and then a second name for one ordinal (`web-01`): the table stands aside while it lives.
          const name = round % 20 === 9 && w === 0 ? `web-0${ordinal}` : `web-${ordinal}`;
          if (round % 20 === 14) for (let o = 0; o < 9; o++) work.put(`Pod/default/web-0${o}` as ObjectKey, undefined);
          if (next(5) === 0) { work.put(`Pod/default/${name}` as ObjectKey, undefined); continue; }
          const revision = next(4) === 0 ? 'web-other' : undefined;
          const phases = ['Pending', 'Running', 'Running', 'Failed', 'Succeeded'] as const;
          const p = pod(set, ordinal, { phase: phases[next(phases.length)], ready: next(3) !== 0, deleting: next(6) === 0, ...(revision ? { revision } : {}) });
          put(untyped({ ...p, metadata: { ...p.metadata, name } }));
          if (next(3) === 0) put(untyped(pvc(set, ordinal)));
        }
        const key = 'StatefulSet/default/web' as ObjectKey;
        const a = reconcile(key, warm);
        const bare = fakeView([...work.list('StatefulSet'), ...work.list('Pod'), ...work.list('PersistentVolumeClaim'), ...work.list('ControllerRevision')], 100_000);
        const b = reconcile(key, bare);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        const table = (warm.memo?.get('sts-slot-table') as Map<string, SlotTable> | undefined)?.get('default/web');
        if (table && !table.collided) used++;
      }
      expect(used).toBeGreaterThan(30); // the table did answer, most of the time
    });
  }
});
