import { describe, expect, it } from 'vitest';
import { fakeContext, fakeView } from '../../../testing/fakeView';
import type { KObject } from '../../api/types';
import { garbageCollector as gc } from './index';
import { renderReason } from '../../reasons';

const ref = (kind: string, name: string, uid: string, block = true) =>
  ({ apiVersion: kind === 'Pod' ? 'v1' : 'apps/v1', kind, name, uid, controller: true, blockOwnerDeletion: block });
const obj = (kind: string, name: string, o: { owners?: unknown[]; finalizers?: string[]; deleting?: boolean; spec?: unknown } = {}): KObject => ({
  apiVersion: kind === 'Pod' || kind === 'PersistentVolumeClaim' ? 'v1' : 'apps/v1', kind,
  metadata: {
    name, namespace: 'default', uid: `uid-${name}`,
    ...(o.owners ? { ownerReferences: o.owners as never } : {}),
    ...(o.finalizers ? { finalizers: o.finalizers } : {}),
    ...(o.deleting ? { deletionTimestamp: '2026-01-01T00:00:05Z' } : {}),
  },
  ...(o.spec ? { spec: o.spec } : {}),
});
const sts = (o: Parameters<typeof obj>[2] = {}) => obj('StatefulSet', 'web', o);
const pod = (name: string, owners = [ref('StatefulSet', 'web', 'uid-web')], extra = {}) => obj('Pod', name, { owners, ...extra });
const run = (key: string, objs: KObject[]) => gc.reconcile(key, fakeView(objs), fakeContext());

describe('background cascading deletion', () => {
  it('deletes a pod whose owner is gone', () => {
    const r = run('Pod/default/web-1', [pod('web-1')]);
    expect(r.actions).toEqual([{ type: 'delete', key: 'Pod/default/web-1', propagation: 'Background', uid: 'uid-web-1' }]);
    expect(renderReason(r.why)).toBe('Pod web-1 deleted: its owner StatefulSet web is gone (background cascading deletion)');
  });

  it('treats a same-name owner with another uid as gone', () => {
    expect(run('Pod/default/web-1', [pod('web-1'), obj('StatefulSet', 'web', {})]).actions).toEqual([]);
    const newer = { ...sts(), metadata: { ...sts().metadata, uid: 'uid-new' } };
    expect(run('Pod/default/web-1', [pod('web-1'), newer]).actions[0]).toMatchObject({ type: 'delete' });
  });

  it('only drops the dead reference when another owner is alive', () => {
    const p = pod('p', [ref('StatefulSet', 'web', 'uid-web'), { ...ref('ReplicaSet', 'rs', 'uid-rs'), controller: false }]);
    const r = run('Pod/default/p', [p, obj('ReplicaSet', 'rs')]);
    expect(r.actions).toHaveLength(1);
    expect((r.actions[0] as { object: KObject }).object.metadata.ownerReferences).toEqual([{ ...ref('ReplicaSet', 'rs', 'uid-rs'), controller: false }]);
  });

  it('leaves objects that are already being deleted alone', () => {
    expect(run('Pod/default/web-1', [pod('web-1', undefined, { deleting: true })]).actions).toEqual([]);
  });

  it('keysFor: a deleted owner enqueues its dependents, and explains the retained StatefulSet PVCs', () => {
    const set = sts({ spec: { volumeClaimTemplates: [{ metadata: { name: 'www' } }] } });
    const claim = obj('PersistentVolumeClaim', 'www-web-1');
    const owned = obj('PersistentVolumeClaim', 'data-x', { owners: [ref('StatefulSet', 'web', 'uid-web')] });
    const view = fakeView([pod('web-0'), pod('web-1'), pod('other', [ref('StatefulSet', 'db', 'uid-db')]), claim, owned]);
    const keys = gc.keysFor({ type: 'DELETED', key: 'StatefulSet/default/web', object: set }, view);
    expect(keys).toEqual(['Pod/default/web-0', 'Pod/default/web-1', 'PersistentVolumeClaim/default/data-x', 'PersistentVolumeClaim/default/www-web-1']);
    const r = run('PersistentVolumeClaim/default/www-web-1', [claim]);
    expect(r.actions).toEqual([]);
    expect(renderReason(r.why)).toBe('PVC www-web-1 kept: it has no ownerReference — StatefulSet PVCs are retained by default (whenDeleted: Retain)');
  });

  it('keysFor: an object created with an owner that does not exist is collected', () => {
    expect(gc.keysFor({ type: 'ADDED', key: 'Pod/default/web-0', object: pod('web-0') }, fakeView([pod('web-0')]))).toEqual(['Pod/default/web-0']);
    expect(gc.keysFor({ type: 'ADDED', key: 'Pod/default/web-0', object: pod('web-0') }, fakeView([pod('web-0'), sts()]))).toEqual([]);
  });
});

describe('foreground cascading deletion', () => {
  const owner = sts({ deleting: true, finalizers: ['foregroundDeletion'] });
  it('deletes blocking dependents first and keeps the owner', () => {
    const r = run('StatefulSet/default/web', [owner, pod('web-0'), pod('web-1', undefined, { deleting: true })]);
    expect(r.actions).toEqual([{ type: 'delete', key: 'Pod/default/web-0', propagation: 'Background', uid: 'uid-web-0' }]);
    expect(renderReason(r.why)).toBe('StatefulSet web is kept until its dependents are gone (foreground deletion): Pod web-0, Pod web-1');
  });

  it('removes the foregroundDeletion finalizer when no blocking dependent is left', () => {
    const loose = pod('web-0', [ref('StatefulSet', 'web', 'uid-web', false)]);
    const r = run('StatefulSet/default/web', [owner, loose]);
    expect(r.actions).toHaveLength(1);
    expect((r.actions[0] as { object: KObject }).object.metadata.finalizers).toEqual([]);
  });

  it('a dependent with dependents of its own is deleted in the foreground too', () => {
    const rs = obj('ReplicaSet', 'rs', { owners: [ref('Deployment', 'd', 'uid-d')] });
    const dep = obj('Deployment', 'd', { deleting: true, finalizers: ['foregroundDeletion'] });
    const r = run('ReplicaSet/default/rs', [dep, rs, pod('p', [ref('ReplicaSet', 'rs', 'uid-rs')])]);
    expect(r.actions).toEqual([{ type: 'delete', key: 'ReplicaSet/default/rs', propagation: 'Foreground', uid: 'uid-rs' }]);
  });

  it('keysFor: a removed dependent re-checks its waiting owner', () => {
    const keys = gc.keysFor({ type: 'DELETED', key: 'Pod/default/web-0', object: pod('web-0') }, fakeView([owner]));
    expect(keys).toEqual(['StatefulSet/default/web']);
  });
});

describe('orphan deletion', () => {
  it('strips the ownerReferences from dependents, then removes the orphan finalizer', () => {
    const owner = sts({ deleting: true, finalizers: ['orphan'] });
    const r = run('StatefulSet/default/web', [owner, pod('web-0'), pod('web-1')]);
    expect(r.actions.map((a) => (a as { object: KObject }).object.metadata)).toEqual([
      { name: 'web-0', namespace: 'default', uid: 'uid-web-0' },
      { name: 'web-1', namespace: 'default', uid: 'uid-web-1' },
      { ...owner.metadata, finalizers: [] },
    ]);
    expect(renderReason(r.why)).toBe('StatefulSet web deleted with propagationPolicy Orphan; Pod web-0, Pod web-1 lost their ownerReference and stay');
  });
});
