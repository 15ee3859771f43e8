import { describe, expect, it } from 'vitest';
import type { ClusterState } from './types';
import { Work } from './work';
import { createObject, deleteObject, removeObject, updateObject, updateStatus } from './applier';
import { seedState } from './rng';

const EMPTY = Object.fromEntries(['Namespace', 'Node', 'Pod', 'Service', 'Endpoints', 'EndpointSlice', 'PersistentVolumeClaim', 'PersistentVolume', 'StorageClass', 'StatefulSet', 'Deployment', 'ReplicaSet', 'ControllerRevision', 'ConfigMap', 'Secret'].map((k) => [k, {}]));
const state = (): ClusterState => ({ nowMs: 5000, seq: 0, rv: 100, rng: seedState(1), objects: EMPTY as ClusterState['objects'], queue: [], events: [], why: {}, config: { nodes: 3, defaultStorageClass: 'standard', featureGates: {} }, sim: { nodesDown: {}, unreadyPods: {}, nextPodHost: {}, nextServiceIp: 11 } });
const pod = (nodeName?: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-0', namespace: 'default' }, spec: { containers: [{ name: 'nginx', image: 'nginx' }], terminationGracePeriodSeconds: 30, ...(nodeName ? { nodeName } : {}) } });

describe('applier', () => {
  it('assigns uid, resourceVersion, creationTimestamp, generation and initial phase; rejects duplicates', () => {
    const w = new Work(state());
    const out = createObject(w, pod());
    const stored = out.changes[0]!.object;
    expect(stored.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stored.metadata.resourceVersion).toBe('101');
    expect(stored.metadata.creationTimestamp).toBe('2026-01-01T00:00:05Z');
    expect(stored.metadata.generation).toBe(1);
    expect((stored.status as { phase: string }).phase).toBe('Pending');
    expect(createObject(w, pod()).error).toEqual({ reason: 'AlreadyExists', resource: 'pods', name: 'web-0' });
  });
  it("bumps generation only for spec changes and drops no-op writes", () => {
    const w = new Work(state());
    const created = createObject(w, pod()).changes[0]!.object;
    expect(updateObject(w, created).changes).toEqual([]);
    const relabeled = updateObject(w, { ...created, metadata: { ...created.metadata, labels: { a: 'b' } } }).changes[0]!.object;
    expect(relabeled.metadata.generation).toBe(1);
    const respec = updateObject(w, { ...relabeled, spec: { ...(relabeled.spec as object), terminationGracePeriodSeconds: 5 } }).changes[0]!.object;
    expect(respec.metadata.generation).toBe(2);
    expect(updateStatus(w, 'Pod/default/web-0', respec.status).changes).toEqual([]);
  });
  it('deletes an unscheduled pod at once but a scheduled one gracefully, until the kubelet removes it', () => {
    const w = new Work(state());
    createObject(w, pod());
    expect(deleteObject(w, 'Pod/default/web-0').changes[0]!.type).toBe('DELETED');
    createObject(w, pod('node-1'));
    const del = deleteObject(w, 'Pod/default/web-0').changes[0]!;
    expect(del.type).toBe('MODIFIED');
    expect(del.object.metadata.deletionTimestamp).toBe('2026-01-01T00:00:35Z');
    expect(w.get('Pod/default/web-0')).toBeDefined();
    expect(removeObject(w, 'Pod/default/web-0', 'other-uid').changes).toEqual([]);
    expect(removeObject(w, 'Pod/default/web-0').changes[0]!.type).toBe('DELETED');
    expect(w.get('Pod/default/web-0')).toBeUndefined();
  });
  it('keeps an object with finalizers until they are removed', () => {
    const w = new Work(state());
    const pvc = createObject(w, { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'www-web-0', namespace: 'default', finalizers: ['kubernetes.io/pvc-protection'] }, spec: {} }).changes[0]!.object;
    const deleting = deleteObject(w, 'PersistentVolumeClaim/default/www-web-0').changes[0]!.object;
    expect(deleting.metadata.deletionTimestamp).toBeDefined();
    expect(updateObject(w, { ...deleting, metadata: { ...deleting.metadata, finalizers: [] } }).changes[0]!.type).toBe('DELETED');
    expect(pvc.metadata.finalizers).toEqual(['kubernetes.io/pvc-protection']);
  });
  it('never mutates the state it started from', () => {
    const s = state();
    const w = new Work(s);
    createObject(w, pod());
    expect(Object.keys(s.objects.Pod)).toEqual([]);
    expect(Object.keys(w.toState().objects.Pod)).toEqual(['default/web-0']);
  });
});

describe('pod binding', () => {
  it('does not bump the generation when only spec.nodeName is set', () => {
    const w = new Work(state());
    const created = createObject(w, pod()).changes[0]!.object;
    const bound = updateObject(w, { ...created, spec: { ...(created.spec as object), nodeName: 'node-2' } }).changes[0]!.object;
    expect(bound.metadata.generation).toBe(1);
    expect((bound.spec as { nodeName: string }).nodeName).toBe('node-2');
  });
});
