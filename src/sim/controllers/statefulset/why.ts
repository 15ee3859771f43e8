// The reasons a learner sees for each sync ("Created pod web-1: web-0 is Running and Ready (podManagementPolicy
// OrderedReady)"), as reason ids with parameters (texts in src/sim/reasons). Podium-specific: upstream only logs
// at klog V(4).
import type { Pod, StatefulSet } from './k8sTypes';
import type { SyncContext } from './syncContext';
import { note } from './syncContext';
import type { Slots } from './statefulSetControl';
import type { StatusFields } from './status';
import { getOrdinal, getEndOrdinal, getPodName, getPersistentVolumeClaimName, getPodRevision, getStartOrdinal, isCreated } from './statefulSetUtils';
import { minReadySecondsOf, podManagementPolicyOf, replicasOf, retentionPolicyOf } from './statefulSetSpec';
import { reason, type Reason } from '../../reasons';

const nameOf = (p: Pod): string => p.metadata.name ?? '';
const names = (pods: readonly Pod[]): string[] => pods.map(nameOf);
export const policyOf = (set: StatefulSet): string => podManagementPolicyOf(set);
const claimTemplates = (set: StatefulSet): string[] => (set.spec?.volumeClaimTemplates ?? []).map((t) => t.metadata?.name ?? '');

/** The name of the pod in slot i (an empty slot's pod-to-be: getPodName). */
export function replicaName(s: Slots, i: number): string {
  return s.replicas[i]?.metadata.name ?? getPodName(s.set, s.start + i);
}

export function notReady(pod: Pod): Reason {
  const phase = pod.status?.phase;
  return phase === 'Running' ? reason('sts.notReady', { pod: nameOf(pod) }) : reason('sts.notRunningReady', { pod: nameOf(pod), phase: String(phase) });
}

export const recreatingFailed = (pod: Pod): Reason => reason('sts.recreateFailedPod', { pod: nameOf(pod), phase: String(pod.status?.phase) });
export const claimsFailed = (pod: Pod, error: string): Reason => reason('sts.claimsFailed', { pod: nameOf(pod), error });
export const createFailed = (pod: Pod, error: string): Reason => reason('sts.createFailed', { pod: nameOf(pod), error });
export const staleClaim = (pod: Pod, claim: string): Reason => reason('sts.staleClaim', { pod: nameOf(pod), claim });
export const alreadyExists = (pod: Pod, set: StatefulSet): Reason => reason('sts.alreadyExists', { pod: nameOf(pod), set: set.metadata.name ?? '' });

/** A monotonic wait at slot i, phrased by what it holds back. */
export function blocked(s: Slots, i: number, why: Reason): Reason {
  const policy = policyOf(s.set);
  for (let j = i + 1; j < s.replicas.length; j++) {
    const p = s.replicas[j];
    if (p === undefined || !isCreated(p)) return reason('sts.notCreatedYet', { pod: replicaName(s, j), reason: why, policy });
  }
  const pod = s.replicas[i]!;
  if (pod.metadata.deletionTimestamp) return reason('sts.waitTerminatingRecreate', { pod: nameOf(pod), policy });
  if (s.condemned.length > 0) return reason('sts.scaleDownOfWaits', { pod: nameOf(s.condemned[0]!), reason: why, policy });
  if (s.replicas.some((p) => p !== undefined && isCreated(p) && getPodRevision(p) !== s.revs.update.metadata.name)) {
    return reason('sts.updateWaitsFor', { reason: why, policy });
  }
  return reason('sts.waiting', { reason: why });
}

export function condemnedTerminating(s: Slots, i: number): Reason {
  const pod = nameOf(s.condemned[i]!);
  const next = s.condemned[i + 1];
  const policy = policyOf(s.set);
  return next ? reason('sts.condemnedWaits', { next: nameOf(next), pod, policy }) : reason('sts.waitTerminating', { pod, policy });
}

function claimFate(set: StatefulSet, pods: readonly Pod[]): Reason | undefined {
  const claims = pods.flatMap((p) => claimTemplates(set).map((t) => getPersistentVolumeClaimName(set, t, getOrdinal(p))));
  if (claims.length === 0) return undefined;
  return retentionPolicyOf(set).whenScaled === 'Retain' ? reason('sts.claimsKept', { claims }) : reason('sts.claimsDeleted', { claims });
}

function revisionPart(s: Slots, pod: Pod): Reason | undefined {
  if (s.revs.current.metadata.name === s.revs.update.metadata.name) return undefined;
  const revision = getPodRevision(pod);
  return revision === s.revs.update.metadata.name ? reason('sts.atUpdateRevision', { revision }) : reason('sts.atCurrentRevision', { revision });
}

function createdSentence(s: Slots): Reason {
  const { set } = s;
  const pods = s.created.map((c) => c.pod);
  const claims = s.created.flatMap((c) => c.claims);
  const what = claims.length ? reason('sts.createdClaimsAndPods', { claims, pods: names(pods) }) : reason('sts.createdPods', { pods: names(pods) });
  if (!s.monotonic) return reason('sts.createdAtOnce', { what, policy: policyOf(set) });
  const pod = pods[0]!;
  const reused = claimTemplates(set).map((t) => getPersistentVolumeClaimName(set, t, getOrdinal(pod))).filter((c) => !claims.includes(c));
  const idx = getOrdinal(pod) - getStartOrdinal(set);
  const why = idx === 0 ? reason('sts.firstOrdinal')
    : reason('sts.previousReady', { pod: replicaName(s, idx - 1), minReadySeconds: minReadySecondsOf(set) });
  const revision = revisionPart(s, pod);
  return reason('sts.createdInOrder', {
    what, reason: why, policy: policyOf(set),
    ...(revision ? { revision } : {}),
    ...(reused.length ? { reuse: reason('sts.reusingClaims', { claims: reused }) } : {}),
  });
}

function scaledDownSentence(s: Slots): Reason {
  const pods = names(s.scaledDown);
  const replicas = replicasOf(s.set);
  const fate = claimFate(s.set, s.scaledDown);
  const claims = fate ? { claims: fate } : {};
  const below = s.scaledDown.every((p) => getOrdinal(p) < getStartOrdinal(s.set));
  if (below) return reason('sts.deletedBelowStart', { pods, start: getStartOrdinal(s.set), ...claims });
  const last = getEndOrdinal(s.set);
  return s.monotonic
    ? reason('sts.scaledDownOrdered', { pods, replicas, last, ...claims })
    : reason('sts.scaledDownAtOnce', { pods, policy: policyOf(s.set), replicas, last, ...claims });
}

/** Notes for the pods created and deleted by the slot loops. */
export function noteBatches(ctx: SyncContext, s: Slots): void {
  if (s.created.length) note(ctx, 'create', createdSentence(s));
  if (s.scaledDown.length) note(ctx, 'delete', scaledDownSentence(s));
}

export function updating(pods: readonly Pod[], s: Slots, partition: number, maxUnavailable?: number): Reason {
  const revision = s.revs.update.metadata.name ?? '';
  return maxUnavailable === undefined
    ? reason('sts.updatingOrdered', { pods: names(pods), revision, partition })
    : reason('sts.updatingMaxUnavailable', { pods: names(pods), revision, maxUnavailable, partition });
}

/** The rolling update waits for slot i (an empty slot's pod-to-be is at the update revision). */
export function updateWaits(s: Slots, i: number): Reason {
  const pod = s.replicas[i];
  const revision = (pod && getPodRevision(pod)) || (s.revs.update.metadata.name ?? '');
  return reason('sts.updateWaitsReady', { pod: replicaName(s, i), minReadySeconds: minReadySecondsOf(s.set), revision });
}

export function maxUnavailableWaits(unavailable: readonly string[], max: number): Reason {
  return reason('sts.maxUnavailableWaits', { pods: [...unavailable], max });
}

export function updateDone(ctx: SyncContext, s: Slots, partition: number): void {
  const old = s.replicas.slice(0, partition).filter((p): p is Pod => p !== undefined && isCreated(p) && getPodRevision(p) !== s.revs.update.metadata.name);
  if (old.length) note(ctx, 'info', reason('sts.partitionStops', { pods: names(old), revision: getPodRevision(old[0]!), partition }));
}

export function onDelete(ctx: SyncContext, s: Slots): void {
  const old = s.replicas.filter((p): p is Pod => p !== undefined && isCreated(p) && getPodRevision(p) !== s.revs.update.metadata.name);
  if (old.length) note(ctx, 'info', reason('sts.onDeleteKeeps', { pods: names(old), revision: s.revs.update.metadata.name ?? '' }));
}

/** The reason for the whole sync: a failure, else what was done, else why it waits, else the state. */
export function summarize(ctx: SyncContext, status: StatusFields): Reason {
  const of = (k: string): Reason[] => ctx.notes.filter((n) => n.kind === k).map((n) => n.why);
  const fail = of('fail')[0];
  if (fail) return fail;
  const did = [...of('create'), ...of('delete')];
  if (did.length === 1) return did[0]!;
  if (did.length) return reason('clauses', { parts: did });
  const first = of('wait')[0] ?? of('update')[0] ?? of('info')[0] ?? of('revision')[0];
  if (first) return first;
  const n = replicasOf(ctx.set);
  const set = ctx.set.metadata.name ?? '';
  return status.readyReplicas === n && status.replicas === n
    ? reason('sts.nothingToDo', { set, ready: status.readyReplicas, replicas: n,
      ...(status.currentRevision === status.updateRevision ? { revision: reason('sts.atRevision', { revision: status.updateRevision }) } : {}) })
    : reason('sts.readyCount', { set, ready: status.readyReplicas, replicas: n });
}
