// Mirrors the PVC retention half of kubernetes/kubernetes pkg/controller/statefulset/stateful_set_utils.go
// (matchesRef, hasUnexpectedController, hasNonControllerOwner, isClaimOwnerUpToDate /
// claimOwnerMatchesSetAndPod, updateClaimOwnerRefForSetAndPod, hasOwnerRef, hasStaleOwnerRef, addControllerRef).
// Pure functions over a claim, the set and one pod; they decide which owner references the claim should carry:
//
//   whenScaled / whenDeleted | in-range pod's claim | condemned pod's claim
//   Retain / Retain          | none                 | none
//   Retain / Delete          | set                  | set
//   Delete / Retain          | none                 | pod
//   Delete / Delete          | set                  | pod
import type { OwnerReference, PersistentVolumeClaim, Pod, StatefulSet } from './k8sTypes';
import { controllerRefTo } from './history';
import { podInOrdinalRange } from './statefulSetUtils';
import { retentionPolicyOf } from './statefulSetSpec';

interface Owner {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly uid: string;
}

const setOwner = (set: StatefulSet): Owner =>
  ({ apiVersion: 'apps/v1', kind: 'StatefulSet', name: set.metadata.name ?? '', uid: set.metadata.uid ?? '' });
const podOwner = (pod: Pod): Owner =>
  ({ apiVersion: 'v1', kind: 'Pod', name: pod.metadata.name ?? '', uid: pod.metadata.uid ?? '' });

const refsOf = (claim: PersistentVolumeClaim): readonly OwnerReference[] => claim.metadata.ownerReferences ?? [];

/** Same apiVersion, kind and name (the UID may differ). */
function matchesRef(ref: OwnerReference, owner: Owner): boolean {
  return ref.apiVersion === owner.apiVersion && ref.kind === owner.kind && ref.name === owner.name;
}

/** A ref to an object of this name whose UID is not the live object's (a previous incarnation). */
export function hasStaleOwnerRef(claim: PersistentVolumeClaim, owner: Owner): boolean {
  const ref = refsOf(claim).find((r) => matchesRef(r, owner));
  return ref !== undefined && ref.uid !== owner.uid;
}

/** The claim has a ref with the owner's UID (controller or not). */
function hasOwnerRef(claim: PersistentVolumeClaim, owner: Owner): boolean {
  return owner.uid !== '' && refsOf(claim).some((r) => r.uid === owner.uid);
}

/** Under a non-Retain policy: someone else (or a stale set/pod) controls the claim. */
function hasUnexpectedController(claim: PersistentVolumeClaim, set: StatefulSet, pod: Pod): boolean {
  const p = retentionPolicyOf(set);
  if (p.whenScaled === 'Retain' && p.whenDeleted === 'Retain') return false;
  const s = setOwner(set);
  const o = podOwner(pod);
  for (const ref of refsOf(claim)) {
    if (matchesRef(ref, s)) { if (ref.uid !== s.uid) return true; continue; }
    if (matchesRef(ref, o)) { if (ref.uid !== o.uid) return true; continue; }
    if (ref.controller) return true;
  }
  return false;
}

/** The set or pod owns the claim without being its controller. */
function hasNonControllerOwner(claim: PersistentVolumeClaim, set: StatefulSet, pod: Pod): boolean {
  const uids = [set.metadata.uid, pod.metadata.uid].filter((u): u is string => !!u);
  return refsOf(claim).some((r) => uids.includes(r.uid) && !r.controller);
}

/** Which refs the policy wants: [set ref wanted, pod ref wanted]. */
function wantedRefs(set: StatefulSet, pod: Pod): [boolean, boolean] {
  const p = retentionPolicyOf(set);
  if (p.whenScaled === 'Retain') return [p.whenDeleted === 'Delete', false];
  const scaledDown = !podInOrdinalRange(pod, set);
  if (p.whenDeleted === 'Retain') return [false, scaledDown];
  return [!scaledDown, scaledDown];
}

/**
 * isClaimOwnerUpToDate of a claim without owner refs: nothing stale, unexpected or non-controlling; up to date when
 * the policy wants no refs either (wantedRefs without building it: Retain when scaled wants a set ref only under
 * whenDeleted=Delete; Delete when scaled wants one ref or the other under whenDeleted=Delete, and a pod ref once
 * scaled down otherwise).
 */
export function isBareClaimUpToDate(set: StatefulSet, pod: Pod): boolean {
  const p = set.spec?.persistentVolumeClaimRetentionPolicy;
  const deletedDelete = p?.whenDeleted === 'Delete';
  if (p?.whenScaled !== 'Delete') return !deletedDelete;
  return !deletedDelete && podInOrdinalRange(pod, set);
}

/** False when the claim's owner refs disagree with the retention policy (isClaimOwnerUpToDate). */
export function isClaimOwnerUpToDate(claim: PersistentVolumeClaim, set: StatefulSet, pod: Pod): boolean {
  if (!claim.metadata.ownerReferences?.length) return isBareClaimUpToDate(set, pod);
  if (hasStaleOwnerRef(claim, setOwner(set)) || hasStaleOwnerRef(claim, podOwner(pod))) return true;
  if (hasUnexpectedController(claim, set, pod)) {
    return !(hasOwnerRef(claim, setOwner(set)) || hasOwnerRef(claim, podOwner(pod)));
  }
  if (hasNonControllerOwner(claim, set, pod)) return false;
  const [wantSet, wantPod] = wantedRefs(set, pod);
  return hasOwnerRef(claim, setOwner(set)) === wantSet && hasOwnerRef(claim, podOwner(pod)) === wantPod;
}

/** The owner refs the claim should carry under the policy (updateClaimOwnerRefForSetAndPod). */
export function claimOwnerRefsFor(claim: PersistentVolumeClaim, set: StatefulSet, pod: Pod): OwnerReference[] {
  const unexpected = hasUnexpectedController(claim, set, pod);
  const s = setOwner(set);
  const o = podOwner(pod);
  const refs = refsOf(claim).filter((r) => !matchesRef(r, s) && !matchesRef(r, o));
  if (unexpected) return refs;
  const [wantSet, wantPod] = wantedRefs(set, pod);
  if (wantPod && o.uid) refs.push({ ...o, controller: true, blockOwnerDeletion: true });
  if (wantSet) refs.push(controllerRefTo(set));
  return refs;
}

/** The claim with its owner refs brought in line with the policy. */
export function withRetentionOwnerRefs(claim: PersistentVolumeClaim, set: StatefulSet, pod: Pod): PersistentVolumeClaim {
  const refs = claimOwnerRefsFor(claim, set, pod);
  const { ownerReferences: _old, ...meta } = claim.metadata;
  return { ...claim, metadata: refs.length ? { ...meta, ownerReferences: refs } : meta };
}

export { podOwner };
