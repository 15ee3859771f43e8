// The StatefulSet sync's indexes (issue 15): the claim index (claimIndex.ts) and the pod facts (podFacts.ts) give the
// same answers as reading the objects directly, whether built afresh, kept current from the write log, or absent.
import { describe, expect, it } from 'vitest';
import type { KObject, ObjectKey } from '../../api/types';
import { keyOf } from '../../api/keys';
import { Work } from '../../engine/work';
import { viewOf } from '../../engine/loop';
import { createCluster } from '../../engine/cluster';
import { fakeView } from '../../../testing/fakeView';
import { buildClaimIndex, claimAt, currentClaimIndex, type ClaimIndex } from './claimIndex';
import { factsOf, invariantsMatch, isAvailable, isUnavailableFacts, podFactsStore } from './podFacts';
import {
  getOrdinal, getPodRevision, identityMatches, isCreated, isFailed, isPending, isRunningAndAvailable, isRunningAndReady,
  isSucceeded, isTerminating, isUnavailable, storageMatches,
} from './statefulSetUtils';
import { untyped, type Pod } from './k8sTypes';
import { pod, pvc, sts } from './stsFixtures';
import { reconcile } from './statefulSetController';

const claim = (name: string, namespace = 'default'): KObject => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace } });

/** Every (ordinal → claim name) the index holds for template 0, over ordinals 0..max. */
function contents(index: ClaimIndex, max = 20): Record<number, string> {
  const out: Record<number, string> = {};
  for (let o = 0; o <= max; o++) {
    const c = claimAt(index, 0, o);
    if (c) out[o] = c.metadata.name ?? '';
  }
  return out;
}

describe('claim index', () => {
  const set = sts({ replicas: 3 });

  it('holds exactly the claims named <template>-<set>-<ordinal> (canonical ordinals, in range or not)', () => {
    const claims = ['www-web-0', 'www-web-2', 'www-web-7', 'www-web-01', 'www-web-x-1', 'www-web2-1', 'data-web-1', 'www-web-'].map((n) => claim(n));
    expect(contents(buildClaimIndex(set, 'default', claims))).toEqual({ 0: 'www-web-0', 2: 'www-web-2', 7: 'www-web-7' });
  });

  it('kept current from the write log, it equals a fresh build after every change', () => {
    const work = new Work(createCluster());
    const view = viewOf(work);
    const put = (o: KObject) => work.put(keyOf(o), o);
    const remove = (name: string) => work.put(`PersistentVolumeClaim/default/${name}` as ObjectKey, undefined);
    put(claim('www-web-0'));
    put(claim('www-web-5', 'other'));
    const first = currentClaimIndex(view, set, 'default');
    expect(contents(first)).toEqual({ 0: 'www-web-0' });
    put(claim('www-web-1'));
    put(claim('www-web-9'));
    put(claim('www-web-5', 'other'));
    remove('www-web-0');
    const next = currentClaimIndex(view, set, 'default');
    expect(next).toBe(first); // patched, not rebuilt
    expect(contents(next)).toEqual(contents(buildClaimIndex(set, 'default', view.list('PersistentVolumeClaim', 'default'))));
    expect(contents(next)).toEqual({ 1: 'www-web-1', 9: 'www-web-9' });
    // Another replica count is another range: built afresh.
    const scaled = sts({ replicas: 10 });
    const again = currentClaimIndex(view, scaled, 'default');
    expect(again).not.toBe(first);
    expect(contents(again)).toEqual({ 1: 'www-web-1', 9: 'www-web-9' });
  });

  it('without a store or write log (a hand-built view), is built from the view every time', () => {
    const view = fakeView([claim('www-web-1')]);
    const a = currentClaimIndex(view, set, 'default');
    expect(currentClaimIndex(view, set, 'default')).not.toBe(a);
    expect(contents(a)).toEqual({ 1: 'www-web-1' });
  });
});

describe('pod facts', () => {
  const set = sts({ replicas: 3, minReadySeconds: 10 });
  const pods: Pod[] = [
    pod(set, 0), pod(set, 1, { ready: false }), pod(set, 2, { phase: 'Pending' }), pod(set, 3, { phase: 'Failed' }),
    pod(set, 4, { phase: 'Succeeded' }), pod(set, 5, { deleting: true }), pod(set, 6, { readySinceMs: 95_000 }),
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-07', namespace: 'default' } },
    { ...pod(set, 8), status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: 'garbage' }] } },
    { ...pod(set, 9), spec: { containers: [] } },
  ];

  it('answer like the pod predicates, for every kind of pod', () => {
    const store = podFactsStore(undefined);
    for (const p of pods) {
      const f = factsOf(store, p);
      for (const now of [0, 100_000, 105_001, 106_000]) {
        for (const mrs of [0, 10]) {
          expect(isAvailable(f, mrs, now), `${p.metadata.name} ${mrs} ${now}`).toBe(isRunningAndAvailable(p, mrs, now));
          expect(isUnavailableFacts(f, mrs, now)).toBe(isUnavailable(p, sts({ minReadySeconds: mrs }), now));
        }
      }
      expect([f.ordinal, f.isCreated, f.isPending, f.isFailed, f.isSucceeded, f.isTerminating, f.isRunningAndReady, f.revision])
        .toEqual([getOrdinal(p), isCreated(p), isPending(p), isFailed(p), isSucceeded(p), isTerminating(p), isRunningAndReady(p), getPodRevision(p)]);
      expect(invariantsMatch(f, set)).toBe(identityMatches(set, p) && storageMatches(set, p));
    }
  });

  it('are kept per pod object in the run store, and recomputed for another set', () => {
    const store = podFactsStore(new Map());
    const p = pods[9]!;
    expect(factsOf(store, p)).toBe(factsOf(store, p));
    expect(invariantsMatch(factsOf(store, p), set)).toBe(false);
    expect(invariantsMatch(factsOf(store, pods[0]!), sts({ name: 'db' }))).toBe(false);
    expect(invariantsMatch(factsOf(store, pods[0]!), set)).toBe(true);
  });
});

describe('a sync with warm run indexes', () => {
  it('returns exactly what a sync over a bare view returns', () => {
    const set = sts({ replicas: 4, policy: 'Parallel', status: { observedGeneration: 1, replicas: 2 } });
    const objects: KObject[] = [untyped(set), untyped(pod(set, 0)), untyped(pvc(set, 0)), untyped(pod(set, 1, { ready: false })), untyped(pvc(set, 2))];
    const work = new Work({ ...createCluster(), nowMs: 100_000 });
    for (const o of objects) work.put(keyOf(o), o);
    const warm = viewOf(work);
    reconcile('StatefulSet/default/web' as ObjectKey, warm); // fills the run's store
    work.put(keyOf(untyped(pvc(set, 3))), untyped(pvc(set, 3)));
    const bare = fakeView([...objects, untyped(pvc(set, 3))], 100_000);
    const a = reconcile('StatefulSet/default/web' as ObjectKey, warm);
    const b = reconcile('StatefulSet/default/web' as ObjectKey, bare);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.actions.length).toBeGreaterThan(0);
  });
});
