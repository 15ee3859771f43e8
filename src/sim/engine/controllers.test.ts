// A controller that declares `kinds` is shown only changes of those kinds (engine/loop.ts notify): its keysFor must
// never want a change of any other kind. Checked on the objects of a real run (every kind a StatefulSet, a
// Deployment, claims and services produce) plus a bare object of every other kind, added, modified and deleted.
import { describe, expect, it } from 'vitest';
import type { KObject, ObjectKey } from '../api/types';
import { keyOf } from '../api/keys';
import { RESOURCES } from '../api/resources';
import { CONTROLLERS } from './controllers';
import { createCluster } from './cluster';
import { runUntilStable, submit } from './run';
import { Work } from './work';
import { viewOf } from './loop';
import { statefulSetManifests } from '../bench/fixtures';
import type { ObjectChange } from './types';

describe('controllers declaring kinds', () => {
  it('want no change of a kind they do not declare', () => {
    const applied = submit(createCluster(), { type: 'apply', objects: statefulSetManifests(3) }).state;
    const state = runUntilStable(applied).state;
    const work = new Work(state);
    const view = viewOf(work);
    const objects: KObject[] = RESOURCES.flatMap((r) => work.list(r.kind));
    for (const r of RESOURCES) objects.push({ apiVersion: 'v1', kind: r.kind, metadata: { name: 'x', namespace: 'default', uid: 'u', ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: 'web-0', uid: 'u0', controller: true }] } } as KObject);
    let checked = 0;
    for (const c of CONTROLLERS) {
      if (!c.kinds) continue;
      for (const o of objects) {
        if (c.kinds.has(o.kind as never)) continue;
        const key = keyOf(o) as ObjectKey;
        const changes: ObjectChange[] = [
          { type: 'ADDED', key, object: o },
          { type: 'MODIFIED', key, object: { ...o, metadata: { ...o.metadata, labels: { changed: 'yes' } } }, previous: o },
          { type: 'DELETED', key, object: o, previous: o },
        ];
        for (const change of changes) {
          expect(c.keysFor(change, view), `${c.name} on ${change.type} ${key}`).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
