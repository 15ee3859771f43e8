// Mirrors kubernetes/kubernetes pkg/controller/statefulset/stateful_pod_control.go (CreateStatefulPod,
// UpdateStatefulPod, DeleteStatefulPod, ClaimsMatchRetentionPolicy, UpdatePodClaimForRetentionPolicy,
// PodClaimIsStale, recordPodEvent, recordClaimEvent, createMissingPersistentVolumeClaims,
// createPersistentVolumeClaims). Every API call becomes an intent in the SyncContext; errors are strings (the text
// the real error prints), returned instead of thrown. Deviations: a create whose name is taken is detected from the
// view (AlreadyExists, sunk without an event, as upstream does); new claims get their retention owner refs at
// creation rather than by an update later in the same sync (same end state).
import type { PersistentVolumeClaim, Pod, StatefulSet } from './k8sTypes';
import { typed, untyped } from './k8sTypes';
import type { SyncContext } from './syncContext';
import {
  claimIndexOf, createObject, deleteObject, getObject, indexedClaim, indexedClaimIsBare, recordEvent, updateObject,
} from './syncContext';
import { claimFromTemplate, updateIdentity, updateStorage, type ClaimTemplate } from './statefulSetPods';
import { indexCovers } from './claimIndex';
import { getOrdinal, getPersistentVolumeClaimName, identityMatches, storageMatches } from './statefulSetUtils';
import { hasStaleOwnerRef, isBareClaimUpToDate, isClaimOwnerUpToDate, podOwner, withRetentionOwnerRefs } from './retention';
import { retentionPolicyOf } from './statefulSetSpec';
import { claimCreateError, podCreateError } from './createValidation';

export const ALREADY_EXISTS = 'AlreadyExists';

const title = (verb: string): string => verb[0]!.toUpperCase() + verb.slice(1);

/** errorutils.NewAggregate(...).Error(): one message as is, several as `[a, b]`. */
function aggregate(errs: readonly string[]): string | undefined {
  if (errs.length === 0) return undefined;
  return errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`;
}

export function recordPodEvent(ctx: SyncContext, verb: string, podName: string, err?: string): void {
  const setName = ctx.set.metadata.name;
  if (err === undefined) {
    recordEvent(ctx, 'Normal', `Successful${title(verb)}`, `${verb} Pod ${podName} in StatefulSet ${setName} successful`);
  } else {
    recordEvent(ctx, 'Warning', `Failed${title(verb)}`, `${verb} Pod ${podName} in StatefulSet ${setName} failed error: ${err}`);
  }
}

export function recordClaimEvent(ctx: SyncContext, verb: string, podName: string, claimName: string, err?: string): void {
  const setName = ctx.set.metadata.name;
  if (err === undefined) {
    recordEvent(ctx, 'Normal', `Successful${title(verb)}`, `${verb} Claim ${claimName} Pod ${podName} in StatefulSet ${setName} success`);
  } else {
    recordEvent(ctx, 'Warning', `Failed${title(verb)}`,
      `${verb} Claim ${claimName} for Pod ${podName} in StatefulSet ${setName} failed error: ${err}`);
  }
}

/**
 * Create the pod's missing claims; report claims being deleted. Returns the aggregated error, if any. `ordinal`:
 * getOrdinal(pod), when the caller knows it.
 */
export function createPersistentVolumeClaims(
  ctx: SyncContext, set: StatefulSet, pod: Pod, created: string[] = [], ordinal = getOrdinal(pod),
): string | undefined {
  const errs: string[] = [];
  const templates = set.spec?.volumeClaimTemplates ?? [];
  for (let i = 0; i < templates.length; i++) {
    const existing = claimFor(ctx, set, templates, i, ordinal);
    const name = existing?.metadata.name ?? getPersistentVolumeClaimName(set, templates[i]!.metadata?.name ?? '', ordinal);
    if (!existing) {
      // Built only when missing: existing claims are the common case on every sync of a big set.
      // Checked as it will be created (owner refs included; admission does not look at them), so the API server's
      // remembered admission of this very object is reused when the create is applied.
      const claim = withRetentionOwnerRefs(claimFromTemplate(set, templates[i]!, ordinal), set, pod);
      const err = claimCreateError(claim, ctx.view, ctx.pending);
      if (err) errs.push(`failed to create PVC ${name}: ${err}`);
      else {
        createObject(ctx, untyped(claim));
        created.push(name);
      }
      recordClaimEvent(ctx, 'create', pod.metadata.name ?? '', name, err);
    } else if (existing.metadata.deletionTimestamp) {
      errs.push(`pvc ${name} is being deleted`);
    }
  }
  return aggregate(errs);
}

/** Claims first, then the pod (CreateStatefulPod). Returns the error text, ALREADY_EXISTS, or undefined. */
export function createStatefulPod(ctx: SyncContext, set: StatefulSet, pod: Pod, createdClaims: string[] = []): string | undefined {
  const podName = pod.metadata.name ?? '';
  const claimErr = createPersistentVolumeClaims(ctx, set, pod, createdClaims);
  if (claimErr) {
    recordPodEvent(ctx, 'create', podName, claimErr);
    return claimErr;
  }
  if (getObject(ctx, 'Pod', podName)) return ALREADY_EXISTS;
  const err = podCreateError(pod, ctx.view, ctx.pending);
  if (!err) createObject(ctx, untyped(pod));
  updatePodClaimForRetentionPolicy(ctx, set, pod);
  recordPodEvent(ctx, 'create', podName, err);
  return err;
}

/** Create missing claims of a Pending pod and fix their owner refs (createMissingPersistentVolumeClaims; `ordinal` as above). */
export function createMissingPersistentVolumeClaims(
  ctx: SyncContext, set: StatefulSet, pod: Pod, created: string[] = [], ordinal = getOrdinal(pod),
): string | undefined {
  const err = createPersistentVolumeClaims(ctx, set, pod, created, ordinal);
  if (err) return err;
  updatePodClaimForRetentionPolicy(ctx, set, pod, ordinal);
  return undefined;
}

/** True when the sync's claim index (claimIndex.ts) answers for `set` (checked once per set object). */
function covers(ctx: SyncContext, set: StatefulSet): boolean {
  return set === ctx.coveredSet || (indexCovers(claimIndexOf(ctx), set) && (ctx.coveredSet = set) !== undefined);
}

/**
 * The claim of the pod of `ordinal` from template `j`, as this sync last saw or wrote it (objectMgr.GetClaim of
 * getPersistentVolumeClaimName): from the sync's claim index (claimIndex.ts), or by name for another set.
 */
function claimFor(ctx: SyncContext, set: StatefulSet, templates: readonly ClaimTemplate[], j: number, ordinal: number): PersistentVolumeClaim | undefined {
  const o = covers(ctx, set) ? indexedClaim(ctx, j, ordinal)
    : getObject(ctx, 'PersistentVolumeClaim', getPersistentVolumeClaimName(set, templates[j]!.metadata?.name ?? '', ordinal));
  return o ? typed<PersistentVolumeClaim>(o) : undefined;
}

/** Call `fn` with each existing claim of the pod, in template order, until it returns true (`ordinal`: getOrdinal(pod)). */
function someClaim(ctx: SyncContext, set: StatefulSet, pod: Pod, fn: (claim: PersistentVolumeClaim) => boolean, ordinal?: number): boolean {
  const templates = set.spec?.volumeClaimTemplates;
  if (!templates?.length) return false;
  ordinal ??= getOrdinal(pod);
  for (let j = 0; j < templates.length; j++) {
    const claim = claimFor(ctx, set, templates, j, ordinal);
    if (claim && fn(claim)) return true;
  }
  return false;
}

/** True when every existing claim of the pod carries the owner refs the policy wants (ClaimsMatchRetentionPolicy; `ordinal`: getOrdinal(pod), if known). */
export function claimsMatchRetentionPolicy(ctx: SyncContext, set: StatefulSet, pod: Pod, ordinal = getOrdinal(pod)): boolean {
  const templates = set.spec?.volumeClaimTemplates;
  if (!templates?.length) return true;
  const indexed = covers(ctx, set);
  for (let j = 0; j < templates.length; j++) {
    // A claim without owner refs (known from the index, without reaching the claim) is judged by the policy alone.
    if (indexed && indexedClaimIsBare(ctx, j, ordinal)) {
      if (!isBareClaimUpToDate(set, pod)) return false;
      continue;
    }
    const claim = claimFor(ctx, set, templates, j, ordinal);
    if (claim && !isClaimOwnerUpToDate(claim, set, pod)) return false;
  }
  return true;
}

/** Update existing claims whose owner refs disagree with the policy (UpdatePodClaimForRetentionPolicy; `ordinal`: getOrdinal(pod)). */
export function updatePodClaimForRetentionPolicy(ctx: SyncContext, set: StatefulSet, pod: Pod, ordinal?: number): string[] {
  const updated: string[] = [];
  someClaim(ctx, set, pod, (claim) => {
    if (isClaimOwnerUpToDate(claim, set, pod)) return false;
    const next = withRetentionOwnerRefs(claim, set, pod);
    if (JSON.stringify(next.metadata.ownerReferences ?? []) === JSON.stringify(claim.metadata.ownerReferences ?? [])) return false;
    updateObject(ctx, untyped(next));
    updated.push(claim.metadata.name ?? '');
    return false;
  }, ordinal);
  return updated;
}

/** Under whenScaled=Delete, the name of a claim still owned by a previous pod of this name (PodClaimIsStale). */
export function podClaimIsStale(ctx: SyncContext, set: StatefulSet, pod: Pod): string | undefined {
  if (retentionPolicyOf(set).whenScaled === 'Retain') return undefined;
  let stale: string | undefined;
  someClaim(ctx, set, pod, (claim) => {
    if (hasStaleOwnerRef(claim, podOwner(pod))) stale = claim.metadata.name ?? '';
    return stale !== undefined;
  });
  return stale;
}

/** Fix identity, storage and claim owner refs of an existing pod in place (UpdateStatefulPod). */
export function updateStatefulPod(ctx: SyncContext, set: StatefulSet, pod: Pod): string | undefined {
  let next = pod;
  let consistent = true;
  if (!identityMatches(set, next)) { next = updateIdentity(set, next); consistent = false; }
  if (!storageMatches(set, next)) {
    next = updateStorage(set, next);
    consistent = false;
    const err = createPersistentVolumeClaims(ctx, set, next);
    if (err) { recordPodEvent(ctx, 'update', next.metadata.name ?? '', err); return err; }
  }
  if (!claimsMatchRetentionPolicy(ctx, set, next)) {
    updatePodClaimForRetentionPolicy(ctx, set, next);
    consistent = false;
  }
  if (consistent) return undefined;
  if (next !== pod) updateObject(ctx, untyped(next));
  recordPodEvent(ctx, 'update', next.metadata.name ?? '');
  return undefined;
}

/** Graceful delete; claims are never deleted here (DeleteStatefulPod). */
export function deleteStatefulPod(ctx: SyncContext, pod: Pod): void {
  deleteObject(ctx, untyped(pod));
  recordPodEvent(ctx, 'delete', pod.metadata.name ?? '');
}
