// The scheduler's view of a pod's PersistentVolumeClaims.
// Mirrors kubernetes/kubernetes pkg/scheduler/framework/plugins/volumebinding (PreFilter: claims must exist and
// not be deleting; unbound claims of Immediate classes block scheduling) and its binder.go (FindPodVolumes, node by
// node: bound volumes' nodeAffinity; each unbound WaitForFirstConsumer claim needs an Available matching static
// volume that fits the node, or a class that can provision there; BindPodVolumes: static matches are pre-bound by
// writing the volume's claimRef, the rest get the `volume.kubernetes.io/selected-node` annotation).
// Deviations: no CSI storage capacity check; once the bindings are complete the pod is scored again rather than
// bound to the node chosen before (the same node unless the volumes allow others).
import type { Node, PersistentVolume, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { KObject } from '../../api/types';
import { objectKey } from '../../api/keys';
import type { ClusterView } from '../types';
import { reason, type Reason } from '../../reasons';
import { findByClaim } from '../volume/pvIndex';
import { claimRequestBytes } from '../volume/volumeUtil';
import { volumeAllowsNode } from './predicates';

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

/** binder.go reasons, as FailedScheduling counts them. */
export const ERR_REASON_NODE_CONFLICT = 'node(s) had volume node affinity conflict';
export const ERR_REASON_BIND_CONFLICT = "node(s) didn't find available persistent volumes to bind";
/** volume.NotSupportedProvisioner: a class whose volumes are only ever made by hand. */
const NOT_SUPPORTED_PROVISIONER = 'kubernetes.io/no-provisioner';

/** What the pod's delayed claims need on one node: static volumes to pre-bind, claims to provision there. */
export interface PodVolumes {
  readonly reasons: readonly string[];
  readonly staticBindings: readonly { readonly claim: PersistentVolumeClaim; readonly volume: PersistentVolume }[];
  readonly provisions: readonly PersistentVolumeClaim[];
}

/** MatchTopologySelectorTerms: no terms allow every node; terms are ORed, a term's requirements ANDed. */
function classAllowsNode(sc: StorageClass, node: Node): boolean {
  const terms = sc.allowedTopologies ?? [];
  if (!terms.length) return true;
  const labels = node.metadata?.labels ?? {};
  return terms.some((t) => (t.matchLabelExpressions ?? []).every((r) => {
    const value = labels[r.key];
    return value !== undefined && (r.values ?? []).includes(value);
  }));
}

/** checkVolumeProvisions: the claim's class has a real provisioner whose allowed topologies include the node. */
function canProvision(claim: PersistentVolumeClaim, node: Node, view: ClusterView): boolean {
  const name = claim.spec?.storageClassName;
  const sc = name ? view.get(objectKey('StorageClass', '', name)) as unknown as StorageClass | undefined : undefined;
  if (!sc || !sc.provisioner || sc.provisioner === NOT_SUPPORTED_PROVISIONER) return false;
  return classAllowsNode(sc, node);
}

/**
 * FindPodVolumes for one node: bound volumes must allow the node; each delayed claim (smallest request first) takes
 * the best Available static volume that fits the node and is not taken by another claim of this pod, else must be
 * provisionable there.
 */
export function findPodVolumes(check: Extract<VolumeCheck, { type: 'ok' }>, node: Node, view: ClusterView): PodVolumes {
  const reasons: string[] = [];
  if (check.volumes.some((pv) => !volumeAllowsNode(pv, node))) reasons.push(ERR_REASON_NODE_CONFLICT);
  const staticBindings: { claim: PersistentVolumeClaim; volume: PersistentVolume }[] = [];
  const provisions: PersistentVolumeClaim[] = [];
  if (check.delayed.length) {
    const chosen = new Set<string>();
    const all = view.list('PersistentVolume');
    const bySize = [...check.delayed].sort((a, b) => claimRequestBytes(a as never) - claimRequestBytes(b as never));
    let satisfied = true;
    for (const claim of bySize) {
      const free = all.filter((v) => !chosen.has(v.metadata.name ?? ''));
      const volume = findByClaim(claim as never, free, true, node as unknown as KObject) as unknown as PersistentVolume | undefined;
      if (volume) {
        chosen.add(volume.metadata?.name ?? '');
        staticBindings.push({ claim, volume });
      } else if (canProvision(claim, node, view)) provisions.push(claim);
      else satisfied = false;
    }
    if (!satisfied) reasons.push(ERR_REASON_BIND_CONFLICT);
  }
  return { reasons, staticBindings, provisions };
}
