import { describe, expect, it } from 'vitest';
import { fakeContext, fakeView } from '../../../testing/fakeView';
import type { KObject } from '../../api/types';
import { pvBinderController as binder } from './index';
import { pv, pvc, sc } from './testObjects';
import { renderReason } from '../../reasons';

const CLAIM = 'PersistentVolumeClaim/default/c';
const run = (key: string, objs: KObject[]) => binder.reconcile(key, fakeView(objs), fakeContext());

describe('binding a claim to a static volume (F§5.3)', () => {
  it('writes PV claimRef, PV Bound, PVC volumeName, PVC Bound, in that order', () => {
    const r = run(CLAIM, [pvc('c', { cls: '' }), pv('test-0')]);
    expect(r.actions.map((a) => `${a.type} ${'key' in a ? a.key : a.type === 'update' || a.type === 'create' ? a.object.kind : ''}`)).toEqual([
      'update PersistentVolume', 'updateStatus PersistentVolume//test-0', 'update PersistentVolumeClaim', 'updateStatus PersistentVolumeClaim/default/c',
    ]);
    const [pvUpd, pvStatus, pvcUpd, pvcStatus] = r.actions as never as Array<{ object: KObject; status: unknown }>;
    const ref = (pvUpd!.object.spec as { claimRef: object }).claimRef;
    expect(ref).toEqual({ kind: 'PersistentVolumeClaim', namespace: 'default', name: 'c', uid: 'uid-c', apiVersion: 'v1', resourceVersion: '5' });
    expect(pvUpd!.object.metadata.annotations).toEqual({ 'pv.kubernetes.io/bound-by-controller': 'yes' });
    expect(pvStatus!.status).toEqual({ phase: 'Bound' });
    expect((pvcUpd!.object.spec as { volumeName: string }).volumeName).toBe('test-0');
    expect(pvcUpd!.object.metadata.annotations).toEqual({ 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes' });
    expect(pvcStatus!.status).toEqual({ phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' } });
    expect(renderReason(r.why)).toBe('PVC c bound to PV test-0: the smallest Available PV with enough capacity and matching access modes');
  });

  it('binds a class-less claim in a cluster without a default class (the seed scenario)', () => {
    const r = run('PersistentVolumeClaim/default/www-statefulset-test-0', [pvc('www-statefulset-test-0'), pv('test-0'), pv('test-1'), pv('test-2')]);
    expect(renderReason(r.why)).toBe('PVC www-statefulset-test-0 bound to PV test-0: the smallest Available PV with enough capacity and matching access modes');
  });

  it('capacity comes from the volume: a 3Gi claim on a 10Gi PV shows 10Gi', () => {
    const r = run(CLAIM, [pvc('c', { size: '3Gi', cls: '' }), pv('big', { size: '10Gi' })]);
    expect((r.actions[3] as { status: unknown }).status).toEqual({ phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '10Gi' } });
  });
});

describe('claims that cannot bind', () => {
  it('class "": Normal FailedBinding, no requeue (no busy loop)', () => {
    const r = run(CLAIM, [pvc('c', { cls: '', size: '5Gi' }), pv('small')]);
    expect(r.actions).toEqual([]);
    expect(r.events).toEqual([{ type: 'Normal', reason: 'FailedBinding', message: 'no persistent volumes available for this claim and no storage class is set', key: CLAIM }]);
    expect(r.requeueAfterMs).toBeUndefined();
  });

  it('class without a StorageClass object: Warning ProvisioningFailed', () => {
    const r = run(CLAIM, [pvc('c', { cls: 'manual', size: '5Gi' }), pv('small', { cls: 'manual' })]);
    expect(r.events).toEqual([{ type: 'Warning', reason: 'ProvisioningFailed', message: 'storageclass.storage.k8s.io "manual" not found', key: CLAIM }]);
    expect(r.requeueAfterMs).toBeUndefined();
  });

  it('default-class trap: a claim with class standard does not take a class-less PV, it provisions', () => {
    const r = run(CLAIM, [pvc('c', { cls: 'standard' }), pv('test-0'), sc('standard', { isDefault: true })]);
    expect(r.events?.map((e) => e.reason)).toEqual(['ExternalProvisioning', 'Provisioning']);
  });

  it('unset class + a default StorageClass and no class-less match: the default class is assigned retroactively', () => {
    const r = run(CLAIM, [pvc('c'), sc('standard', { isDefault: true })]);
    expect(r.actions).toHaveLength(1);
    expect(((r.actions[0] as { object: KObject }).object.spec as { storageClassName: string }).storageClassName).toBe('standard');
  });

  it('a deleting claim is not bound', () => {
    expect(run(CLAIM, [pvc('c', { cls: '', deleting: true }), pv('a')]).actions).toEqual([]);
  });
});

describe('pre-bound claims (spec.volumeName)', () => {
  it('binds the named volume, without bound-by-controller on the claim', () => {
    const r = run(CLAIM, [pvc('c', { cls: '', volumeName: 'pv1' }), pv('pv1', { size: '5Gi' }), pv('pv0')]);
    const claimUpdate = r.actions[2] as { object: KObject };
    expect(claimUpdate.object.metadata.annotations).toEqual({ 'pv.kubernetes.io/bind-completed': 'yes' });
    expect(renderReason(r.why)).toContain('asked for this volume by name');
  });

  it('VolumeMismatch when the volume is too small; FailedBinding when it is taken', () => {
    const small = run(CLAIM, [pvc('c', { cls: '', volumeName: 'pv1', size: '5Gi' }), pv('pv1')]);
    expect(small.events?.[0]).toMatchObject({ type: 'Warning', reason: 'VolumeMismatch', message: 'Cannot bind to requested volume "pv1": requested PV is too small' });
    const taken = run(CLAIM, [pvc('c', { cls: '', volumeName: 'pv1' }), pv('pv1', { phase: 'Bound', claimRef: { name: 'other', uid: 'o' } })]);
    expect(taken.events?.[0]).toMatchObject({ type: 'Warning', reason: 'FailedBinding', message: 'volume "pv1" already bound to a different claim.' });
  });

  it('waits quietly for a named volume that does not exist yet', () => {
    const r = run(CLAIM, [pvc('c', { cls: '', volumeName: 'pv1' })]);
    expect(r.actions).toEqual([]);
    expect(r.events ?? []).toEqual([]);
  });

  it('a volume pre-bound by claimRef (no uid) gets the uid, but no bound-by-controller', () => {
    const r = run(CLAIM, [pvc('c', { cls: '' }), pv('reserved', { claimRef: { name: 'c' } }), pv('other')]);
    const pvUpdate = r.actions[0] as { object: KObject };
    expect((pvUpdate.object.spec as { claimRef: { uid: string } }).claimRef.uid).toBe('uid-c');
    expect(pvUpdate.object.metadata.annotations).toBeUndefined();
    expect(renderReason(r.why)).toContain('reserved for this claim');
  });
});

describe('bound claims', () => {
  const bound = (extra = {}) => pvc('c', { cls: '', volumeName: 'pv1', phase: 'Bound', annotations: { 'pv.kubernetes.io/bind-completed': 'yes' }, ...extra });
  it('Lost with Warning ClaimLost when the volume is gone, once', () => {
    const r = run(CLAIM, [bound()]);
    expect(r.actions).toEqual([{ type: 'updateStatus', key: CLAIM, status: { phase: 'Lost' } }]);
    expect(r.events?.[0]).toMatchObject({ reason: 'ClaimLost', message: 'Bound claim has lost its PersistentVolume. Data on the volume is lost!' });
    expect(run(CLAIM, [bound({ phase: 'Lost' })]).events ?? []).toEqual([]);
  });

  it('nothing to do when claim and volume agree', () => {
    const v = pv('pv1', { phase: 'Bound', claimRef: { name: 'c', uid: 'uid-c' } });
    const c = { ...bound(), status: { phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' } } };
    expect(run(CLAIM, [c, v]).actions).toEqual([]);
  });
});

describe('WaitForFirstConsumer (F§5.5)', () => {
  const wffc = sc('local', { mode: 'WaitForFirstConsumer', provisioner: 'rancher.io/local-path' });
  it('waits with a WaitForFirstConsumer event until a node is selected', () => {
    const r = run(CLAIM, [pvc('c', { cls: 'local' }), wffc, pv('a', { cls: 'local' })]);
    expect(r.actions).toEqual([]);
    expect(r.events).toEqual([{ type: 'Normal', reason: 'WaitForFirstConsumer', message: 'waiting for first consumer to be created before binding', key: CLAIM }]);
  });
  it('provisions once the scheduler set volume.kubernetes.io/selected-node', () => {
    const r = run(CLAIM, [pvc('c', { cls: 'local', annotations: { 'volume.kubernetes.io/selected-node': 'node-2' } }), wffc]);
    expect(r.events?.map((e) => e.reason)).toEqual(['ExternalProvisioning', 'Provisioning']);
  });
});
