// The one-sentence explanations a learner sees for each sync ("Created pod web-1: web-0 is Running and Ready
// (podManagementPolicy OrderedReady)"). Podium-specific: upstream only logs at klog V(4).
import type { Pod, StatefulSet } from './k8sTypes';
import type { SyncContext } from './syncContext';
import { note } from './syncContext';
import type { Slots } from './statefulSetControl';
import type { StatusFields } from './status';
import { getOrdinal, getEndOrdinal, getPersistentVolumeClaimName, getPodRevision, getStartOrdinal, isCreated } from './statefulSetUtils';
import { minReadySecondsOf, podManagementPolicyOf, replicasOf, retentionPolicyOf } from './statefulSetSpec';

const nameOf = (p: Pod): string => p.metadata.name ?? '';
const list = (xs: readonly string[]): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
const policy = (set: StatefulSet): string => `(podManagementPolicy ${podManagementPolicyOf(set)})`;
export const policyOf = policy;
const claimTemplates = (set: StatefulSet): string[] => (set.spec?.volumeClaimTemplates ?? []).map((t) => t.metadata?.name ?? '');

export function notReady(pod: Pod): string {
  const phase = pod.status?.phase;
  return phase === 'Running' ? `${nameOf(pod)} is not Ready` : `${nameOf(pod)} is not Running and Ready yet (phase ${phase})`;
}

export const recreatingFailed = (pod: Pod): string =>
  `Deleted ${nameOf(pod)}: its phase is ${pod.status?.phase}, so it will be recreated with the same name`;
export const claimsFailed = (pod: Pod, err: string): string => `Could not create the PVCs of ${nameOf(pod)}: ${err}`;
export const createFailed = (pod: Pod, err: string): string => `Could not create ${nameOf(pod)}: ${err}`;
export const staleClaim = (pod: Pod, claim: string): string =>
  `${nameOf(pod)} not created yet: PVC ${claim} still belongs to the previous ${nameOf(pod)} (whenScaled: Delete), so the garbage collector must delete it first`;
export const alreadyExists = (pod: Pod, set: StatefulSet): string =>
  `${nameOf(pod)} not created: a pod with that name already exists and StatefulSet ${set.metadata.name} does not own it`;

/** A monotonic wait at slot i, phrased by what it holds back. */
export function blocked(s: Slots, i: number, reason: string): string {
  const next = s.replicas.slice(i + 1).find((p) => !isCreated(p));
  if (next) return `${nameOf(next)} not created yet: ${reason} ${policy(s.set)}`;
  const pod = s.replicas[i]!;
  if (pod.metadata.deletionTimestamp) return `Waiting for ${nameOf(pod)} to finish terminating before it is recreated ${policy(s.set)}`;
  if (s.condemned.length > 0) return `Scale-down of ${nameOf(s.condemned[0]!)} waits: ${reason} ${policy(s.set)}`;
  if (s.replicas.some((p) => isCreated(p) && getPodRevision(p) !== s.revs.update.metadata.name)) {
    return `Rolling update waits: ${reason} ${policy(s.set)}`;
  }
  return `Waiting: ${reason}`;
}

export function condemnedTerminating(s: Slots, i: number): string {
  const pod = nameOf(s.condemned[i]!);
  const next = s.condemned[i + 1];
  return next
    ? `${nameOf(next)} waits: ${pod} is still terminating (scale-down removes one pod at a time) ${policy(s.set)}`
    : `Waiting for ${pod} to finish terminating ${policy(s.set)}`;
}

function claimFate(set: StatefulSet, pods: readonly Pod[]): string {
  const claims = pods.flatMap((p) => claimTemplates(set).map((t) => getPersistentVolumeClaimName(set, t, getOrdinal(p))));
  if (claims.length === 0) return '';
  const s = claims.length > 1 ? 's' : '';
  return retentionPolicyOf(set).whenScaled === 'Retain'
    ? `; PVC${s} ${list(claims)} kept: StatefulSet PVCs are retained by default (whenScaled: Retain)`
    : `; PVC${s} ${list(claims)} will be garbage-collected with the pod${s} (whenScaled: Delete)`;
}

function revisionPart(s: Slots, pod: Pod): string {
  if (s.revs.current.metadata.name === s.revs.update.metadata.name) return '';
  const rev = getPodRevision(pod);
  return rev === s.revs.update.metadata.name ? ` at update revision ${rev}` : ` at current revision ${rev} (below the partition)`;
}

function createdSentence(s: Slots): string {
  const { set } = s;
  const pods = s.created.map((c) => c.pod);
  const claims = s.created.flatMap((c) => c.claims);
  const what = claims.length
    ? `Created PVC${claims.length > 1 ? 's' : ''} ${list(claims)} and pod${pods.length > 1 ? 's' : ''} ${list(pods.map(nameOf))}`
    : `Created pod${pods.length > 1 ? 's' : ''} ${list(pods.map(nameOf))}`;
  if (!s.monotonic) return `${what} at once ${policy(set)}`;
  const pod = pods[0]!;
  const reused = claimTemplates(set).map((t) => getPersistentVolumeClaimName(set, t, getOrdinal(pod))).filter((c) => !claims.includes(c));
  const reuse = reused.length ? ` (reusing PVC ${list(reused)})` : '';
  const idx = getOrdinal(pod) - getStartOrdinal(set);
  const mrs = minReadySecondsOf(set);
  const reason = idx === 0 ? 'it has the first ordinal'
    : `${nameOf(s.replicas[idx - 1]!)} is Running and Ready${mrs ? ` for over ${mrs}s (minReadySeconds)` : ''}`;
  return `${what}${revisionPart(s, pod)}${reuse}: ${reason} ${policy(set)}`;
}

function scaledDownSentence(s: Slots): string {
  const pods = s.scaledDown;
  const names = list(pods.map(nameOf));
  const n = replicasOf(s.set);
  const below = pods.every((p) => getOrdinal(p) < getStartOrdinal(s.set));
  if (below) return `Deleted ${names}: below spec.ordinals.start ${getStartOrdinal(s.set)}${claimFate(s.set, pods)}`;
  const how = s.monotonic ? '(scale-down goes from the highest ordinal)' : `at once ${policy(s.set)}`;
  return `Deleted ${names} ${how}: replicas is ${n}${n > 0 ? `, so the last ordinal is ${getEndOrdinal(s.set)}` : ''}${claimFate(s.set, pods)}`;
}

/** Notes for the pods created and deleted by the slot loops. */
export function noteBatches(ctx: SyncContext, s: Slots): void {
  if (s.created.length) note(ctx, 'create', createdSentence(s));
  if (s.scaledDown.length) note(ctx, 'delete', scaledDownSentence(s));
}

export function updating(pods: readonly Pod[], s: Slots, partition: number, maxUnavailable?: number): string {
  const rule = maxUnavailable === undefined ? 'RollingUpdate goes from the highest ordinal' : `RollingUpdate with maxUnavailable ${maxUnavailable}`;
  const them = pods.length > 1 ? 'them' : 'it';
  return `Deleted ${list(pods.map(nameOf))} to recreate ${them} at revision ${s.revs.update.metadata.name} (${rule}; partition ${partition})`;
}

export function updateWaits(pod: Pod, s: Slots): string {
  const avail = minReadySecondsOf(s.set) ? ' and available' : '';
  return `Rolling update waits: ${nameOf(pod)} is not yet Running and Ready${avail} at revision ${getPodRevision(pod) || s.revs.update.metadata.name}`;
}

export function maxUnavailableWaits(unavailable: readonly Pod[], max: number): string {
  return `Rolling update waits: ${unavailable.length} pod${unavailable.length > 1 ? 's are' : ' is'} unavailable (${list(unavailable.map(nameOf))}) and maxUnavailable is ${max}`;
}

export function updateDone(ctx: SyncContext, s: Slots, partition: number): void {
  const old = s.replicas.slice(0, partition).filter((p) => isCreated(p) && getPodRevision(p) !== s.revs.update.metadata.name);
  if (old.length) {
    note(ctx, 'info', `Rolling update stops at the partition: ${list(old.map(nameOf))} stay at revision ${getPodRevision(old[0]!)} (partition ${partition})`);
  }
}

export function onDelete(ctx: SyncContext, s: Slots): void {
  const old = s.replicas.filter((p) => isCreated(p) && getPodRevision(p) !== s.revs.update.metadata.name);
  if (old.length) {
    note(ctx, 'info', `${list(old.map(nameOf))} keep${old.length > 1 ? '' : 's'} the old template until you delete ${old.length > 1 ? 'them' : 'it'} (updateStrategy OnDelete; update revision ${s.revs.update.metadata.name})`);
  }
}

/** The sentence for the whole sync: a failure, else what was done, else why it waits, else the state. */
export function summarize(ctx: SyncContext, status: StatusFields): string {
  const of = (k: string): string[] => ctx.notes.filter((n) => n.kind === k).map((n) => n.text);
  const fail = of('fail')[0];
  if (fail) return fail;
  const did = [...of('create'), ...of('delete')];
  if (did.length) return did.join('; ');
  const first = of('wait')[0] ?? of('update')[0] ?? of('info')[0] ?? of('revision')[0];
  if (first) return first;
  const n = replicasOf(ctx.set);
  const at = status.currentRevision === status.updateRevision ? ` at revision ${status.updateRevision}` : '';
  return status.readyReplicas === n && status.replicas === n
    ? `Nothing to do: ${status.readyReplicas}/${n} pods of ${ctx.set.metadata.name} are Running and Ready${at}`
    : `StatefulSet ${ctx.set.metadata.name} has ${status.readyReplicas}/${n} pods Running and Ready`;
}
