// The scheduler's view of a pod's PersistentVolumeClaims.
// Mirrors kubernetes/kubernetes pkg/scheduler/framework/plugins/volumebinding (PreFilter: claims must exist and
// not be deleting; unbound claims of Immediate classes block scheduling; WaitForFirstConsumer claims are
// bound after a node is chosen, via the `volume.kubernetes.io/selected-node` annotation).
// Deviation: static PVs for WaitForFirstConsumer claims are left to the PV binder (it sees the annotation).
import type { PersistentVolume, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import { objectKey } from '../../api/keys';
import type { ClusterView } from '../types';
import { reason, type Reason } from '../../reasons';

export const SELECTED_NODE = 'volume.kubernetes.io/selected-node';

export type VolumeCheck =
  /** Scheduling is blocked; the message is the FitError head ("pod has unbound immediate …"). */
  | { readonly type: 'blocked'; readonly message: string; readonly why: Reason }
  /** Fine: `volumes` are the bound PVs (their nodeAffinity filters nodes); `delayed` claims await a node. */
  | { readonly type: 'ok'; readonly volumes: readonly PersistentVolume[]; readonly delayed: readonly PersistentVolumeClaim[]; readonly selectedNode?: string };

/** Claim names a pod mounts, in volume order. */
export const claimNamesOf = (pod: Pod): string[] =>
  (pod.spec?.volumes ?? []).flatMap((v) => (v.persistentVolumeClaim?.claimName ? [v.persistentVolumeClaim.claimName] : []));

/** The claim's StorageClass binding mode; claims without a class (or with a missing class) bind Immediately. */
export function bindingModeOf(pvc: PersistentVolumeClaim, view: ClusterView): 'Immediate' | 'WaitForFirstConsumer' {
  const name = pvc.spec?.storageClassName;
  if (!name) return 'Immediate';
  const sc = view.get(objectKey('StorageClass', '', name)) as unknown as StorageClass | undefined;
  return sc?.volumeBindingMode === 'WaitForFirstConsumer' ? 'WaitForFirstConsumer' : 'Immediate';
}

/** True once the PV binder has bound the claim. */
export const isBound = (pvc: PersistentVolumeClaim): boolean => pvc.status?.phase === 'Bound';

/** Check every claim of the pod. */
export function checkVolumes(pod: Pod, view: ClusterView): VolumeCheck {
  const ns = pod.metadata?.namespace ?? 'default';
  const name = pod.metadata?.name ?? '';
  const volumes: PersistentVolume[] = [];
  const delayed: PersistentVolumeClaim[] = [];
  let selectedNode: string | undefined;
  let unboundImmediate: string | undefined;
  for (const claim of claimNamesOf(pod)) {
    const pvc = view.get(objectKey('PersistentVolumeClaim', ns, claim)) as unknown as PersistentVolumeClaim | undefined;
    if (!pvc) return { type: 'blocked', message: `persistentvolumeclaim "${claim}" not found`, why: reason('sched.claimMissing', { pod: name, claim }) };
    if (pvc.metadata?.deletionTimestamp) return { type: 'blocked', message: `persistentvolumeclaim "${claim}" is being deleted`, why: reason('sched.claimDeleting', { pod: name, claim }) };
    if (isBound(pvc)) {
      const pv = pvc.spec?.volumeName ? view.get(objectKey('PersistentVolume', '', pvc.spec.volumeName)) as unknown as PersistentVolume | undefined : undefined;
      if (pv) volumes.push(pv);
      continue;
    }
    if (bindingModeOf(pvc, view) === 'Immediate') { unboundImmediate ??= claim; continue; }
    delayed.push(pvc);
    selectedNode ??= pvc.metadata?.annotations?.[SELECTED_NODE];
  }
  if (unboundImmediate) {
    return { type: 'blocked', message: 'pod has unbound immediate PersistentVolumeClaims', why: reason('sched.claimUnbound', { pod: name, claim: unboundImmediate }) };
  }
  return { type: 'ok', volumes, delayed, ...(selectedNode ? { selectedNode } : {}) };
}
