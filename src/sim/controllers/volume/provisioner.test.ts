import { describe, expect, it } from 'vitest';
import { fakeContext, fakeView } from '../../../testing/fakeView';
import type { KObject } from '../../api/types';
import type { ObjectChange } from '../../engine/types';
import { pvBinderController as binder } from './index';
import { pv, pvc, sc } from './testObjects';
import { renderReason } from '../../reasons';

const KEY = 'PersistentVolumeClaim/default/www-web-0';
const UID = '2bf00408-d366-4a12-bad0-1869c65d0bee';
const PROV = 'k8s.io/minikube-hostpath';
const standard = sc('standard', { isDefault: true });
const claim = (annotations?: Record<string, string>) => pvc('www-web-0', { cls: 'standard', uid: UID, annotations });
const annotated = claim({ 'volume.beta.kubernetes.io/storage-provisioner': PROV, 'volume.kubernetes.io/storage-provisioner': PROV });

describe('dynamic provisioning (F§5.4)', () => {
  it('first pass: annotates the claim, emits ExternalProvisioning and Provisioning, requeues after 1–3 s', () => {
    const r = binder.reconcile(KEY, fakeView([claim(), standard]), fakeContext());
    const update = r.actions[0] as { type: string; object: KObject };
    expect(update.type).toBe('update');
    expect(update.object.metadata.annotations).toEqual(annotated.metadata.annotations);
    expect(r.events).toEqual([
      {
        type: 'Normal', reason: 'ExternalProvisioning', key: KEY,
        message: `Waiting for a volume to be created either by the external provisioner '${PROV}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`,
      },
      { type: 'Normal', reason: 'Provisioning', message: 'External provisioner is provisioning volume for claim "default/www-web-0"', key: KEY },
    ]);
    expect(r.requeueAfterMs).toBeGreaterThanOrEqual(1000);
    expect(r.requeueAfterMs).toBeLessThan(3000);
    expect(renderReason(r.why)).toBe(`PVC www-web-0 is Pending: no existing PersistentVolume matches, so the default StorageClass standard asked provisioner ${PROV} to create one`);
  });

  it('second pass: creates pvc-<uid> pre-bound to the claim with the class reclaim policy', () => {
    const r = binder.reconcile(KEY, fakeView([annotated, sc('standard', { isDefault: true, policy: 'Retain' })]), fakeContext());
    expect(r.events).toEqual([{ type: 'Normal', reason: 'ProvisioningSucceeded', message: `Successfully provisioned volume pvc-${UID}`, key: KEY }]);
    const created = (r.actions[0] as { type: string; object: KObject }).object;
    expect(created).toEqual({
      apiVersion: 'v1', kind: 'PersistentVolume',
      metadata: { name: `pvc-${UID}`, annotations: { 'pv.kubernetes.io/provisioned-by': PROV }, finalizers: ['kubernetes.io/pv-protection'] },
      spec: {
        accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' },
        claimRef: { kind: 'PersistentVolumeClaim', namespace: 'default', name: 'www-web-0', uid: UID, apiVersion: 'v1', resourceVersion: '5' },
        persistentVolumeReclaimPolicy: 'Retain', storageClassName: 'standard', volumeMode: 'Filesystem',
        hostPath: { path: '/tmp/hostpath-provisioner/default/www-web-0', type: '' },
      },
    });
  });

  it('then binds the claim to its volume, and says it was provisioned', () => {
    const v = pv(`pvc-${UID}`, { cls: 'standard', phase: 'Pending', policy: 'Delete', claimRef: { name: 'www-web-0', uid: UID }, annotations: { 'pv.kubernetes.io/provisioned-by': PROV } });
    const r = binder.reconcile(KEY, fakeView([annotated, standard, v]), fakeContext());
    expect(renderReason(r.why)).toBe(`PVC www-web-0 bound to PV pvc-${UID}: provisioned by the default StorageClass standard`);
    // claimRef already names the claim: the PV gets only its Bound phase, no bound-by-controller.
    expect(r.actions.map((a) => a.type)).toEqual(['updateStatus', 'update', 'updateStatus']);
  });

  it('a WaitForFirstConsumer class provisions a local-path volume pinned to the selected node', () => {
    const local = sc('local', { mode: 'WaitForFirstConsumer', provisioner: 'rancher.io/local-path' });
    const c = pvc('www-web-0', { cls: 'local', uid: UID, annotations: { 'volume.kubernetes.io/selected-node': 'node-2', 'volume.kubernetes.io/storage-provisioner': 'rancher.io/local-path' } });
    const created = (binder.reconcile(KEY, fakeView([c, local]), fakeContext()).actions[0] as { object: KObject }).object;
    expect((created.spec as Record<string, unknown>)['nodeAffinity']).toEqual({
      required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['node-2'] }] }] },
    });
  });

  it('kubernetes.io/no-provisioner never provisions and never requeues', () => {
    const none = sc('local', { provisioner: 'kubernetes.io/no-provisioner' });
    const r = binder.reconcile(KEY, fakeView([pvc('www-web-0', { cls: 'local' }), none]), fakeContext());
    expect(r.events?.map((e) => e.reason)).toEqual(['ExternalProvisioning']);
    expect(r.requeueAfterMs).toBeUndefined();
  });

  it('the delay is not cut short by the claim change the binder itself made', () => {
    const change: ObjectChange = { type: 'MODIFIED', key: KEY, object: annotated, previous: claim() };
    expect(binder.keysFor(change, fakeView([annotated, standard]))).toEqual([]);
    expect(binder.keysFor({ type: 'ADDED', key: KEY, object: claim() }, fakeView([claim()]))).toEqual([KEY]);
  });
});
