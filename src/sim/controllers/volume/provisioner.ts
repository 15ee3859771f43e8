// Mirrors kubernetes/kubernetes pkg/controller/volume/persistentvolume/pv_controller.go (provisionClaim,
// provisionClaimOperationExternal, setClaimProvisioner, getProvisionedVolumeNameForClaim) and, for the part an
// external provisioner plays, kubernetes-sigs/sig-storage-lib-external-provisioner (controller.go provisionClaimOperation).
// Deviations: the external provisioner is simulated inside the binder. It starts when the claim gets its
// storage-provisioner annotation and finishes 1–3 s later (a requeue drawn from the seeded rng); the PV it
// creates is a hostPath volume (local-path style with nodeAffinity when a node was selected).
import type { KObject } from '../../api/types';
import type { ReconcileContext, ReconcileResult } from '../types';
import type { ClusterView } from '../types';
import {
  ANN_BETA_STORAGE_PROVISIONER, ANN_DYNAMICALLY_PROVISIONED, ANN_SELECTED_NODE, ANN_STORAGE_PROVISIONER, ANN_DEFAULT_CLASS,
  NO_PROVISIONER, PV_PROTECTION_FINALIZER, asSc, claimToClaimKey, getClaimClass, pvKey, pvcKey, scKey, type PVC, type SC,
} from './volumeUtil';
import { reason, type Reason } from '../../reasons';

/** `pvc-<claim uid>`: the name of a dynamically provisioned volume. */
export const getProvisionedVolumeNameForClaim = (c: PVC): string => `pvc-${c.metadata.uid ?? ''}`;

/** The claim's StorageClass object, if it exists. */
export function classOfClaim(c: PVC, view: ClusterView): SC | undefined {
  const name = getClaimClass(c);
  const obj = name ? view.get(scKey(name)) : undefined;
  return obj ? asSc(obj) : undefined;
}

/** True when the claim's class says WaitForFirstConsumer (a missing class never delays). */
export const isDelayBindingMode = (c: PVC, view: ClusterView): boolean =>
  classOfClaim(c, view)?.volumeBindingMode === 'WaitForFirstConsumer';

/** True when the scheduler already picked a node for a delayed claim, so provisioning may start. */
export const isDelayBindingProvisioning = (c: PVC): boolean => !!c.metadata.annotations?.[ANN_SELECTED_NODE];

/** "the default StorageClass standard" / "the StorageClass fast", for reasons. */
export const describeClass = (sc: SC): Reason =>
  reason(sc.metadata.annotations?.[ANN_DEFAULT_CLASS] === 'true' ? 'pv.defaultClass' : 'pv.class', { name: sc.metadata.name ?? '' });

const externalProvisioningMessage = (p: string): string =>
  `Waiting for a volume to be created either by the external provisioner '${p}' or manually by the system administrator. ` +
  'If volume creation is delayed, please verify that the provisioner is running and correctly registered.';

/** The volume an external provisioner creates for the claim: already carrying its claimRef, so it binds at once. */
export function newProvisionedVolume(c: PVC, sc: SC): KObject {
  const name = getProvisionedVolumeNameForClaim(c);
  const ns = c.metadata.namespace ?? '';
  const node = c.metadata.annotations?.[ANN_SELECTED_NODE];
  const source = node
    ? {
        hostPath: { path: `/var/local-path-provisioner/${name}_${ns}_${c.metadata.name ?? ''}`, type: 'DirectoryOrCreate' },
        nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } },
      }
    : { hostPath: { path: `/tmp/hostpath-provisioner/${ns}/${c.metadata.name ?? ''}`, type: '' } };
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name, annotations: { [ANN_DYNAMICALLY_PROVISIONED]: sc.provisioner }, finalizers: [PV_PROTECTION_FINALIZER] },
    spec: {
      accessModes: [...(c.spec?.accessModes ?? [])],
      capacity: { storage: c.spec?.resources?.requests?.['storage'] ?? '0' },
      claimRef: { kind: 'PersistentVolumeClaim', namespace: ns, name: c.metadata.name ?? '', uid: c.metadata.uid ?? '', apiVersion: 'v1', resourceVersion: c.metadata.resourceVersion ?? '' },
      persistentVolumeReclaimPolicy: sc.reclaimPolicy ?? 'Delete',
      storageClassName: sc.metadata.name ?? '',
      volumeMode: c.spec?.volumeMode ?? 'Filesystem',
      ...(sc.mountOptions?.length ? { mountOptions: [...sc.mountOptions] } : {}),
      ...source,
    },
  };
}

/**
 * Dynamic provisioning for a claim no existing volume satisfies. First pass: annotate the claim with its
 * provisioner and requeue after the provisioning delay. Second pass: create the volume `pvc-<uid>`.
 */
export function provisionClaim(c: PVC, view: ClusterView, ctx: ReconcileContext): ReconcileResult {
  const key = pvcKey(c.metadata.namespace ?? '', c.metadata.name ?? '');
  const className = getClaimClass(c);
  const sc = classOfClaim(c, view);
  if (!sc) {
    return {
      actions: [],
      events: [{ type: 'Warning', reason: 'ProvisioningFailed', message: `storageclass.storage.k8s.io "${className}" not found`, key }],
      why: reason('pv.classMissing', { claim: c.metadata.name ?? '', className }),
    };
  }
  const p = sc.provisioner;
  const waiting = { type: 'Normal' as const, reason: 'ExternalProvisioning', message: externalProvisioningMessage(p), key };
  if (c.metadata.annotations?.[ANN_STORAGE_PROVISIONER] !== p) {
    const annotations = { ...c.metadata.annotations, [ANN_BETA_STORAGE_PROVISIONER]: p, [ANN_STORAGE_PROVISIONER]: p };
    const update = { type: 'update' as const, object: { ...c, metadata: { ...c.metadata, annotations } } };
    if (p === NO_PROVISIONER) return { actions: [update], events: [waiting], why: noProvisionerWhy(c, sc) };
    const started = { type: 'Normal' as const, reason: 'Provisioning', message: `External provisioner is provisioning volume for claim "${claimToClaimKey(c)}"`, key };
    return {
      actions: [update],
      events: [waiting, started],
      requeueAfterMs: 1000 + Math.floor(ctx.random() * 2000),
      why: reason('pv.provisioning', { claim: c.metadata.name ?? '', storageClass: describeClass(sc), provisioner: p }),
    };
  }
  if (p === NO_PROVISIONER) return { actions: [], events: [waiting], why: noProvisionerWhy(c, sc) };
  const pvName = getProvisionedVolumeNameForClaim(c);
  if (view.get(pvKey(pvName))) return { actions: [], why: reason('pv.waitsForNewVolume', { claim: c.metadata.name ?? '', volume: pvName }) };
  return {
    actions: [{ type: 'create', object: newProvisionedVolume(c, sc) }],
    events: [{ type: 'Normal', reason: 'ProvisioningSucceeded', message: `Successfully provisioned volume ${pvName}`, key }],
    why: reason('pv.provisioned', { volume: pvName, provisioner: p, claim: c.metadata.name ?? '', storageClass: describeClass(sc), policy: sc.reclaimPolicy ?? 'Delete' }),
  };
}

const noProvisionerWhy = (c: PVC, sc: SC): Reason =>
  reason('pv.noProvisioner', { claim: c.metadata.name ?? '', storageClass: describeClass(sc), provisioner: NO_PROVISIONER });
