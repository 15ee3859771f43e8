import { describe, expect, it } from 'vitest';
import { fakeContext, fakeView } from '../../../testing/fakeView';
import type { KObject } from '../../api/types';
import { pvBinderController as binder } from './index';
import { pv, pvc } from './testObjects';
import { renderReason } from '../../reasons';

const run = (name: string, objs: KObject[]) => binder.reconcile(`PersistentVolume//${name}`, fakeView(objs), fakeContext());
const orphaned = (name: string, o: Parameters<typeof pv>[1] = {}) => pv(name, { phase: 'Bound', claimRef: { name: 'gone', uid: 'uid-gone' }, ...o });

describe('syncVolume: phases', () => {
  it('a new volume without claimRef becomes Available', () => {
    expect(run('a', [pv('a', { phase: 'Pending' })]).actions).toEqual([{ type: 'updateStatus', key: 'PersistentVolume//a', status: { phase: 'Available' } }]);
  });
  it('a provisioned volume waits (Pending) until its claim binds', () => {
    expect(run('a', [pv('a', { phase: 'Pending', claimRef: { name: 'c', uid: 'uid-c' } }), pvc('c')]).actions).toEqual([]);
  });
});

describe('reclaim (F§5.6)', () => {
  it('Retain: Released, claimRef kept', () => {
    const r = run('a', [orphaned('a')]);
    expect(r.actions).toEqual([{ type: 'updateStatus', key: 'PersistentVolume//a', status: { phase: 'Released' } }]);
    expect(renderReason(r.why)).toContain('reclaim policy is Retain');
  });

  it('a claim re-created with the same name does not rescue the old volume', () => {
    const r = run('a', [orphaned('a', { claimRef: { name: 'c', uid: 'old-uid' } }), pvc('c', { uid: 'new-uid' })]);
    expect(r.actions).toEqual([{ type: 'updateStatus', key: 'PersistentVolume//a', status: { phase: 'Released' } }]);
  });

  it('Delete, provisioned: Released then deleted', () => {
    const r = run('pvc-1', [orphaned('pvc-1', { policy: 'Delete', annotations: { 'pv.kubernetes.io/provisioned-by': 'x' } })]);
    expect(r.actions).toEqual([
      { type: 'updateStatus', key: 'PersistentVolume//pvc-1', status: { phase: 'Released' } },
      { type: 'delete', key: 'PersistentVolume//pvc-1', uid: 'uid-pv-pvc-1' },
    ]);
    expect(renderReason(r.why)).toBe('PV pvc-1 deleted: its claim gone was deleted and the reclaim policy is Delete');
  });

  it('Delete, hostPath under /tmp: deleted', () => {
    expect(run('a', [orphaned('a', { policy: 'Delete', hostPath: '/tmp/data' })]).actions[1]).toMatchObject({ type: 'delete' });
  });

  it('Delete, hostPath outside /tmp: Failed with VolumeFailedDelete, reported once', () => {
    const msg = 'host_path deleter only supports /tmp/.+ but received provided /mnt/data';
    const r = run('a', [orphaned('a', { policy: 'Delete', hostPath: '/mnt/data' })]);
    expect(r.actions).toEqual([
      { type: 'updateStatus', key: 'PersistentVolume//a', status: { phase: 'Released' } },
      { type: 'updateStatus', key: 'PersistentVolume//a', status: { phase: 'Failed', message: msg } },
    ]);
    expect(r.events).toEqual([{ type: 'Warning', reason: 'VolumeFailedDelete', message: msg, key: 'PersistentVolume//a' }]);
    const failed = { ...orphaned('a', { policy: 'Delete', hostPath: '/mnt/data' }), status: { phase: 'Failed', message: msg } };
    const again = run('a', [failed]);
    expect(again.actions).toEqual([]);
    expect(again.events).toEqual([]);
  });

  it('Recycle on hostPath: claimRef removed, Available, VolumeRecycled', () => {
    const r = run('a', [orphaned('a', { policy: 'Recycle' })]);
    expect(r.events?.[0]).toMatchObject({ reason: 'VolumeRecycled', message: 'Volume recycled' });
    expect(r.actions.at(-1)).toEqual({ type: 'updateStatus', key: 'PersistentVolume//a', status: { phase: 'Available' } });
  });
});

describe('keysFor', () => {
  it('a deleted claim re-syncs its volume', () => {
    const c = pvc('c', { volumeName: 'a' });
    const keys = binder.keysFor({ type: 'DELETED', key: 'PersistentVolumeClaim/default/c', object: c }, fakeView([pv('a', { claimRef: { name: 'c', uid: 'uid-c' } })]));
    expect(keys).toEqual(['PersistentVolume//a']);
  });
  it('a volume turning Available re-checks pending claims, but not claims being provisioned', () => {
    const waiting = pvc('p', { cls: 'standard', annotations: { 'volume.kubernetes.io/storage-provisioner': 'x' } });
    const before = pv('a', { phase: 'Pending' });
    const after = pv('a');
    const keys = binder.keysFor({ type: 'MODIFIED', key: 'PersistentVolume//a', object: after, previous: before }, fakeView([after, pvc('c'), waiting]));
    expect(keys).toEqual(['PersistentVolume//a', 'PersistentVolumeClaim/default/c']);
  });
});
