import { describe, expect, it } from 'vitest';
import type { KObject } from '../../api/types';
import { isoOf } from '../../engine/time';
import { fakeContext, fakeView } from '../../../testing/fakeView';
import { replicaSetController } from './replicaSetController';
import { NAME_ALPHABET } from './podControl';
import { renderReason } from '../../reasons';

const KEY = 'ReplicaSet/default/web-5966bfc495';

function rs(replicas: number, minReadySeconds = 0): KObject {
  const labels = { app: 'web', 'pod-template-hash': '5966bfc495' };
  return {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: { name: 'web-5966bfc495', namespace: 'default', uid: 'rs-uid', generation: 2, labels },
    spec: { replicas, minReadySeconds, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
  };
}

interface PodOpts { node?: string; phase?: string; ready?: boolean; readySinceMs?: number; created?: number; owner?: string | null; deleting?: boolean; restarts?: number }

function pod(name: string, o: PodOpts = {}): KObject {
  const owner = o.owner === undefined ? 'rs-uid' : o.owner;
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name, namespace: 'default', uid: `uid-${name}`, labels: { app: 'web', 'pod-template-hash': '5966bfc495' },
      creationTimestamp: isoOf(o.created ?? 0),
      ...(owner ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-5966bfc495', uid: owner, controller: true, blockOwnerDeletion: true }] } : {}),
      ...(o.deleting ? { deletionTimestamp: isoOf(0) } : {}),
    },
    spec: o.node ? { nodeName: o.node } : {},
    status: {
      phase: o.phase ?? 'Running',
      conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True', lastTransitionTime: isoOf(o.readySinceMs ?? 0) }],
      containerStatuses: [{ name: 'nginx', restartCount: o.restarts ?? 0 }],
    },
  };
}

const run = (objs: KObject[], nowMs = 0) => replicaSetController.reconcile(KEY, fakeView(objs, nowMs), fakeContext());

describe('ReplicaSet controller', () => {
  it('creates every missing pod at once, with generateName <rs>- and 5 random characters from the safe alphabet', () => {
    const r = run([rs(3)]);
    const creates = r.actions.filter((a) => a.type === 'create').map((a) => (a as { object: KObject }).object);
    expect(creates).toHaveLength(3);
    const re = new RegExp(`^web-5966bfc495-[${NAME_ALPHABET}]{5}$`);
    for (const p of creates) {
      expect(p.metadata.name).toMatch(re);
      expect(p.metadata.generateName).toBe('web-5966bfc495-');
      expect(p.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': '5966bfc495' });
      expect(p.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-5966bfc495', uid: 'rs-uid', controller: true, blockOwnerDeletion: true }]);
    }
    expect(new Set(creates.map((p) => p.metadata.name)).size).toBe(3);
    expect(r.events?.map((e) => e.message)).toEqual(creates.map((p) => `Created pod: ${p.metadata.name}`));
    expect(renderReason(r.why)).toContain('at once');
  });

  it('replaces a terminating pod right away with a new random name (terminating pods are not active)', () => {
    const r = run([rs(2), pod('web-5966bfc495-aaaaa'), pod('web-5966bfc495-bbbbb', { deleting: true })]);
    const creates = r.actions.filter((a) => a.type === 'create').map((a) => (a as { object: KObject }).object.metadata.name);
    expect(creates).toHaveLength(1);
    expect(creates[0]).not.toBe('web-5966bfc495-bbbbb');
  });

  it('deletes surplus pods: unscheduled, then Pending, then not ready, then more restarts, then newest', () => {
    const objs = [
      rs(0),
      pod('p-running-old', { node: 'n', created: 1000 }),
      pod('p-running-new', { node: 'n', created: 5000 }),
      pod('p-restarts', { node: 'n', created: 1000, restarts: 3 }),
      pod('p-notready', { node: 'n', ready: false }),
      pod('p-pending', { node: 'n', phase: 'Pending', ready: false }),
      pod('p-unscheduled', { phase: 'Pending', ready: false }),
    ];
    const r = run(objs);
    const order = r.actions.filter((a) => a.type === 'delete').map((a) => (a as { key: string }).key.split('/')[2]);
    expect(order).toEqual(['p-unscheduled', 'p-pending', 'p-notready', 'p-restarts', 'p-running-new', 'p-running-old']);
    expect(r.events?.[0]?.message).toBe('Deleted pod: p-unscheduled');
  });

  it('deletes only the surplus', () => {
    const r = run([rs(2), pod('a', { node: 'n', created: 1 }), pod('b', { node: 'n', created: 2000 }), pod('c', { node: 'n', created: 3000 })]);
    expect(r.actions.filter((a) => a.type === 'delete').map((a) => (a as { key: string }).key)).toEqual(['Pod/default/c']);
  });

  it('adopts a matching orphan instead of creating a pod', () => {
    const r = run([rs(1), pod('orphan', { owner: null })]);
    expect(r.actions.filter((a) => a.type === 'create')).toEqual([]);
    const upd = r.actions.find((a) => a.type === 'update') as { object: KObject } | undefined;
    expect(upd?.object.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'ReplicaSet', uid: 'rs-uid', controller: true });
    expect(renderReason(r.why)).toContain('adopted orphan');
  });

  it('does not touch pods controlled by someone else', () => {
    const r = run([rs(1), pod('other', { owner: 'other-uid' })]);
    expect(r.actions.filter((a) => a.type === 'create')).toHaveLength(1);
    expect(r.actions.filter((a) => a.type === 'update')).toEqual([]);
  });

  it('reports status: replicas (active), ready, available after minReadySeconds, observedGeneration', () => {
    const objs = [rs(3, 10), pod('a', { node: 'n' }), pod('b', { node: 'n', readySinceMs: 5000 }), pod('c', { node: 'n', ready: false }), pod('d', { deleting: true })];
    const r = run(objs, 12_000);
    const st = r.actions.find((a) => a.type === 'updateStatus') as { status: Record<string, number> } | undefined;
    expect(st?.status).toEqual({ replicas: 3, fullyLabeledReplicas: 3, readyReplicas: 2, availableReplicas: 1, observedGeneration: 2 });
    // Not every replica is Ready: a pod event will sync it again (syncReplicaSet only re-checks when all are).
    expect(r.requeueAfterMs).toBeUndefined();
  });

  it('re-checks availability a whole minReadySeconds after a sync that saw every replica Ready but not all available', () => {
    const r = run([rs(2, 10), pod('a', { node: 'n' }), pod('b', { node: 'n', readySinceMs: 5000 })], 12_000);
    expect(r.requeueAfterMs).toBe(10_000);
    expect(run([rs(2, 10), pod('a', { node: 'n' }), pod('b', { node: 'n', readySinceMs: 1000 })], 12_000).requeueAfterMs).toBeUndefined();
  });

  it('enqueues the owning ReplicaSet for pod changes, and matching ones for orphans', () => {
    const view = fakeView([rs(1)]);
    expect(replicaSetController.keysFor({ type: 'ADDED', key: 'Pod/default/a', object: pod('a') }, view)).toEqual([KEY]);
    expect(replicaSetController.keysFor({ type: 'ADDED', key: 'Pod/default/o', object: pod('o', { owner: null }) }, view)).toEqual([KEY]);
  });
});

describe('pods the ReplicaSet creates pass the full create validation (RealPodControl, slowStartBatch)', () => {
  it('a refused pod is a Warning FailedCreate "Error creating: …", never SuccessfulCreate; the sync returns the error and stops after the first batch', () => {
    const base = rs(3);
    const long = 'x'.repeat(64);
    const spec = base.spec as { template: { metadata: { labels: Record<string, string> } } };
    const bad = { ...base, spec: { ...spec, template: { ...spec.template, metadata: { labels: { ...spec.template.metadata.labels, note: long } } } } } as KObject;
    const r = run([bad]);
    expect(r.actions.filter((a) => a.type === 'create')).toEqual([]);
    expect(r.events).toHaveLength(1);
    expect(r.events?.[0]).toMatchObject({ type: 'Warning', reason: 'FailedCreate', key: KEY });
    expect(r.events?.[0]?.message).toMatch(new RegExp(`^Error creating: Pod "web-5966bfc495-[${NAME_ALPHABET}]{5}" is invalid: metadata\\.labels: Invalid value: "${long}": must be no more than 63 characters$`));
    expect(r.error).toContain('must be no more than 63 characters');
  });
});
