// The StatefulSet sync's indexes (issue 15): the claim index (claimIndex.ts) and the pod facts (podFacts.ts) give the
// same answers as reading the objects directly, whether built afresh, kept current from the write log, or absent.
import { describe, expect, it } from 'vitest';
import type { KObject, ObjectKey } from '../../api/types';
import { keyOf } from '../../api/keys';
import { Work } from '../../engine/work';
import { viewOf } from '../../engine/loop';
import { createCluster } from '../../engine/cluster';
import { fakeView } from '../../../testing/fakeView';
import { bareAt, buildClaimIndex, claimAt, currentClaimIndex, type ClaimIndex } from './claimIndex';
import { factsOf, invariantsMatch, isAvailable, isUnavailableFacts, podFactsStore } from './podFacts';
import {
  getOrdinal, getPodRevision, identityMatches, isCreated, isFailed, isPending, isRunningAndAvailable, isRunningAndReady,
  isSucceeded, isTerminating, isUnavailable, storageMatches,
} from './statefulSetUtils';
import { untyped, type Pod } from './k8sTypes';
import { pod, pvc, sts } from './stsFixtures';
import { reconcile } from './statefulSetController';
import { buildPodIndex, currentPodIndex, type PodIndex } from './podIndex';

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

  it('knows which in-range claims have no owner references, patched as a fresh build', () => {
    const work = new Work(createCluster());
    const view = viewOf(work);
    const owned = (name: string): KObject => ({ ...claim(name), metadata: { name, namespace: 'default', ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: 'web-0', uid: 'p' }] } });
    const put = (o: KObject) => work.put(keyOf(o), o);
    put(claim('www-web-0'));
    put(owned('www-web-1'));
    const first = currentClaimIndex(view, set, 'default');
    expect([0, 1, 2].map((o) => bareAt(first, 0, o))).toEqual([true, false, false]);
    put(owned('www-web-0'));
    put(claim('www-web-1'));
    put(claim('www-web-2'));
    work.put('PersistentVolumeClaim/default/www-web-2' as ObjectKey, undefined);
    const next = currentClaimIndex(view, set, 'default');
    expect(next).toBe(first);
    expect(next.bare).toEqual(buildClaimIndex(set, 'default', view.list('PersistentVolumeClaim', 'default')).bare);
    expect([0, 1, 2].map((o) => bareAt(next, 0, o))).toEqual([false, true, false]);
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

describe('pod index', () => {
  const set = sts({ replicas: 3 });
  /** A deterministic sequence in [0, n) (a linear congruential generator: tests stay reproducible). */
  const sequence = (seed: number) => (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor(seed / 65536) % n;
  };
  const names = ['web-0', 'web-1', 'web-2', 'web-3', 'web-7', 'web-01', 'web-x', 'db-1', 'webby-1'];
  /** A pod of that name: controlled by the set, by another owner, an orphan the selector takes, or one it does not. */
  function variant(name: string, v: number, namespace = 'default'): KObject {
    const base = untyped(pod(set, 0));
    const meta = { ...base.metadata, name, namespace };
    if (v === 0) return { ...base, metadata: meta };
    if (v === 1) return { ...base, metadata: { ...meta, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'db', uid: 'other', controller: true }] } };
    const { ownerReferences: _refs, ...orphan } = meta;
    if (v === 2) return { ...base, metadata: orphan };
    if (v === 3) return { ...base, metadata: { ...orphan, labels: { app: 'elsewhere' } } };
    return { ...base, metadata: { ...meta, deletionTimestamp: '1970-01-01T00:00:00Z' } };
  }
  const summary = (index: PodIndex) => ({ facts: index.facts.map((f) => [f.pod.metadata.name, f.pod]), pods: index.pods, others: index.others });

  it('kept current from the write log, it equals a fresh build after random writes', () => {
    const work = new Work(createCluster());
    const view = viewOf(work);
    const store = podFactsStore(view.memo);
    const next = sequence(15);
    const first = currentPodIndex(view, set, 'default', store);
    let most = 0;
    let settled = 0;
    for (let round = 0; round < 40; round++) {
      for (let w = next(4); w >= 0; w--) {
        const name = names[next(names.length)]!;
        const namespace = next(5) === 0 ? 'other' : 'default';
        if (next(4) === 0) work.put(`Pod/${namespace}/${name}` as ObjectKey, undefined);
        else { const o = variant(name, next(5), namespace); work.put(keyOf(o), o); }
      }
      const patched = currentPodIndex(view, set, 'default', store);
      expect(patched).toBe(first); // patched, not rebuilt
      const fresh = buildPodIndex(set, podFactsStore(undefined), view.list('Pod', 'default'));
      expect(patched.names).toEqual(fresh.names);
      expect(summary(patched)).toEqual(summary(fresh));
      most = Math.max(most, fresh.names.length);
      if (fresh.others === 0) settled++;
    }
    expect(most).toBeGreaterThan(3); // the writes did reach the index
    expect(settled).toBeGreaterThan(0); // and both ClaimPods paths were compared
  });

  it('is built afresh for another set of the same name, and without a store', () => {
    const work = new Work(createCluster());
    const view = viewOf(work);
    const store = podFactsStore(view.memo);
    const a = currentPodIndex(view, set, 'default', store);
    const other = { ...set, metadata: { ...set.metadata, uid: 'another' } };
    expect(currentPodIndex(view, other, 'default', store)).not.toBe(a);
    const bare = fakeView([variant('web-1', 0)]);
    const b = currentPodIndex(bare, set, 'default', podFactsStore(undefined));
    expect(b.names).toEqual(['web-1']);
    expect(currentPodIndex(bare, set, 'default', podFactsStore(undefined))).not.toBe(b);
  });
});
