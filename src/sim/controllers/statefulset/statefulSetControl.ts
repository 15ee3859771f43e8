// Mirrors kubernetes/kubernetes pkg/controller/statefulset/stateful_set_control.go (updateStatefulSet,
// processReplica, processCondemned, runForAll, slowStartBatch). One call does what one upstream sync does: sort the
// set's pods into replicas (by ordinal) and condemned (out of range, highest ordinal first), find the first
// unavailable pod, process each replica in ordinal order (under OrderedReady stop at the first pod it creates,
// deletes or has to wait for; under Parallel every slot, in slow-start batches 1, 2, 4, … ≤ 500, stopping after a
// batch with an error), then fix the condemned pods' claims, delete condemned pods, and run the rolling update.
// Deviations: batches run in ordinal order in one tick (no goroutines); a pod deleted earlier in the same sync is
// not deleted twice; an empty slot stays `undefined` until processReplica reaches it and only then gets its new pod
// (newVersionedStatefulSetPod), where upstream builds one for every empty slot up front (same pods, same order).
// Replicas are read through their facts (podFacts.ts: replica.isFailed is isFailed(replicas[i]), and so on) and
// claims through the set's claim index (claimIndex.ts), so the per-pod step neither parses nor builds names.
import type { Pod, StatefulSet } from './k8sTypes';
import type { SyncContext } from './syncContext';
import { claimIndexOf, deletedInSync, note } from './syncContext';
import type { Revisions } from './statefulSetRevisions';
import { applyRevision } from './history';
import { newVersionedStatefulSetPod } from './statefulSetPods';
import {
  allowsBurst, getOrdinal, isRunningAndAvailable, isRunningAndReady, isTerminating, getStartOrdinal, getEndOrdinal,
} from './statefulSetUtils';
import { minReadySecondsOf, replicasOf, updateStrategyTypeOf } from './statefulSetSpec';
import {
  ALREADY_EXISTS, claimsMatchRetentionPolicy, createMissingPersistentVolumeClaims, createStatefulPod,
  deleteStatefulPod, podClaimIsStale, updatePodClaimForRetentionPolicy, updateStatefulPod,
} from './statefulPodControl';
import { countPod, newStatus, type StatusFields } from './status';
import { currentSlotTable, firstUnavailableSlot, settledSlots, type SlotTable } from './slotTable';
import { factsOf, invariantsMatch, isAvailable, isUnavailableFacts, type PodFacts } from './podFacts';
import { rollingUpdate } from './rollingUpdate';
import * as why from './why';
import { reason, type Reason } from '../../reasons';

/** Realistic value for maximum in-flight requests when processing in parallel mode (MaxBatchSize). */
export const MAX_BATCH_SIZE = 500;

/** Everything one sync knows about the set's pods (updateStatefulSet's locals). */
export interface Slots {
  readonly set: StatefulSet;
  readonly currentSet: StatefulSet;
  readonly updateSet: StatefulSet;
  readonly revs: Revisions;
  /** getStartOrdinal(set): replicas[i] is the pod of ordinal start + i. */
  readonly start: number;
  /**
   * Index = ordinal - start; `undefined`: no pod yet (processReplica creates it). Read-only here: a sync writes it
   * with setReplica (it may start as the slot table's own array, copied on the first write).
   */
  replicas: readonly (Pod | undefined)[];
  /** True while `replicas` is the slot table's array (setReplica copies it first). */
  replicasShared: boolean;
  /** The facts of the pods in `replicas` as listed (podFacts.ts); none for a pod created in this sync. Not written. */
  readonly facts: readonly (PodFacts | undefined)[];
  /** Out-of-range pods, highest ordinal first. */
  readonly condemned: Pod[];
  /** The first unavailable pod (replicas first, then condemned from the lowest ordinal); none when it is an empty slot. */
  readonly firstUnavailablePod: Pod | undefined;
  readonly monotonic: boolean;
  /** minReadySecondsOf(set), read once per sync. */
  readonly minReadySeconds: number;
  /** Pods created in this sync, with the claims created for them. */
  readonly created: { pod: Pod; claims: string[] }[];
  /** Condemned pods deleted in this sync. */
  readonly scaledDown: Pod[];
}

/** processReplica's and processCondemned's (shouldExit, err). */
interface Step {
  readonly exit: boolean;
  readonly err?: string;
}
const CONTINUE: Step = { exit: false };
const EXIT: Step = { exit: true };

/** Run fn over items: stop at the first exit or error (monotonic), or after a batch with an error (burst). */
export function runForAll(count: number, fn: (i: number) => Step, monotonic: boolean): boolean {
  if (monotonic) {
    for (let i = 0; i < count; i++) {
      const r = fn(i);
      if (r.exit || r.err) return true;
    }
    return false;
  }
  return slowStartBatch(1, count, fn);
}

/** Batches of 1, 2, 4, … (at most MAX_BATCH_SIZE) in order; true when a batch had an error (slowStartBatch). */
function slowStartBatch(initialBatchSize: number, remaining: number, fn: (i: number) => Step): boolean {
  let j = 0;
  for (let size = Math.min(remaining, initialBatchSize); size > 0; size = Math.min(2 * size, remaining, MAX_BATCH_SIZE)) {
    let failed = false;
    for (let k = 0; k < size; k++) if (fn(j++).err) failed = true;
    if (failed) return true;
    remaining -= size;
  }
  return false;
}

/** One replica, ascending (processReplica). */
function processReplica(ctx: SyncContext, s: Slots, i: number): Step {
  const pod = s.replicas[i];
  const replica = s.facts[i];
  if (pod !== undefined && replica !== undefined && (replica.isFailed || replica.isSucceeded)) {
    const name = pod.metadata.name ?? '';
    if (!replica.isTerminating && !deletedInSync(ctx, `Pod/${ctx.namespace}/${name}`)) {
      deleteStatefulPod(ctx, pod);
      note(ctx, 'delete', why.recreatingFailed(pod));
    } else {
      note(ctx, 'wait', reason('sts.waitTerminatingRecreate', { pod: name, policy: why.policyOf(s.set) }));
    }
    return EXIT;
  }
  if (pod === undefined || replica === undefined || !replica.isCreated) return createReplica(ctx, s, i);
  if (replica.isPending) {
    const err = createMissingPersistentVolumeClaims(ctx, s.set, pod, undefined, replica.ordinal);
    if (err) { note(ctx, 'fail', why.claimsFailed(pod, err)); return { exit: true, err }; }
  }
  if (s.monotonic) {
    if (replica.isTerminating) return block(ctx, s, i, reason('sts.stillTerminating', { pod: pod.metadata.name ?? '' }));
    if (!replica.isRunningAndReady) return block(ctx, s, i, why.notReady(pod));
    const mrs = s.minReadySeconds;
    if (!isAvailable(replica, mrs, ctx.nowMs)) {
      return block(ctx, s, i, reason('sts.readyNotAvailable', { pod: pod.metadata.name ?? '', minReadySeconds: mrs }));
    }
  }
  // Enforce the StatefulSet invariants: identity and storage, and the claims' owner refs.
  const retentionMatch = claimsMatchRetentionPolicy(ctx, s.updateSet, pod, replica.ordinal);
  if (invariantsMatch(replica, s.set) && retentionMatch) return CONTINUE;
  const err = updateStatefulPod(ctx, s.updateSet, pod);
  if (err) return { exit: true, err };
  note(ctx, 'update', reason('sts.fixedInPlace', { pod: pod.metadata.name ?? '', set: s.set.metadata.name ?? '' }));
  return CONTINUE;
}

/** replicas[i] = pod, copying the slot table's array first if the sync still shares it. */
function setReplica(s: Slots, i: number, pod: Pod): void {
  const replicas = s.replicasShared ? s.replicas.slice() : (s.replicas as (Pod | undefined)[]);
  replicas[i] = pod;
  s.replicas = replicas;
  s.replicasShared = false;
}

/** An empty slot (or one holding a pod the API server has not created): its pod at the right revision, created. */
function createReplica(ctx: SyncContext, s: Slots, i: number): Step {
  const pod = newVersionedStatefulSetPod(s.currentSet, s.updateSet, s.revs.current.metadata.name ?? '', s.revs.update.metadata.name ?? '', s.start + i);
  setReplica(s, i, pod);
  const stale = podClaimIsStale(ctx, s.set, pod);
  if (stale) {
    note(ctx, 'wait', why.staleClaim(pod, stale));
    return EXIT;
  }
  const claims: string[] = [];
  const err = createStatefulPod(ctx, s.set, pod, claims);
  if (err === ALREADY_EXISTS) {
    note(ctx, 'fail', why.alreadyExists(pod, s.set));
    return { exit: true, err };
  }
  if (err) {
    note(ctx, 'fail', why.createFailed(pod, err));
    return { exit: true, err };
  }
  s.created.push({ pod, claims });
  return s.monotonic ? EXIT : CONTINUE;
}

/** A monotonic wait at slot i: say what it holds back. */
function block(ctx: SyncContext, s: Slots, i: number, cause: Reason): Step {
  note(ctx, 'wait', why.blocked(s, i, cause));
  return EXIT;
}

/** One condemned pod, highest ordinal first (processCondemned). */
function processCondemned(ctx: SyncContext, s: Slots, i: number): Step {
  const pod = s.condemned[i]!;
  const name = pod.metadata.name ?? '';
  if (isTerminating(pod) || deletedInSync(ctx, `Pod/${ctx.namespace}/${name}`)) {
    if (!s.monotonic) return CONTINUE;
    note(ctx, 'wait', why.condemnedTerminating(s, i));
    return EXIT;
  }
  const first = s.firstUnavailablePod === pod;
  const mrs = minReadySecondsOf(s.set);
  if (s.monotonic && !first && !isRunningAndReady(pod)) {
    note(ctx, 'wait', reason('sts.scaleDownWaitsUnhealthy', { reason: why.notReady(pod) }));
    return EXIT;
  }
  if (s.monotonic && !first && !isRunningAndAvailable(pod, mrs, ctx.nowMs)) {
    note(ctx, 'wait', reason('sts.scaleDownWaitsAvailable', { pod: name, minReadySeconds: mrs }));
    return EXIT;
  }
  deleteStatefulPod(ctx, pod);
  s.scaledDown.push(pod);
  return EXIT;
}

/** Fix the claims of a condemned pod when they disagree with the retention policy (fixPodClaim). */
function fixPodClaim(ctx: SyncContext, s: Slots, i: number): Step {
  const pod = s.condemned[i]!;
  if (!claimsMatchRetentionPolicy(ctx, s.updateSet, pod)) updatePodClaimForRetentionPolicy(ctx, s.updateSet, pod);
  return CONTINUE;
}

const descendingOrdinal = (a: Pod, b: Pod): number => getOrdinal(b) - getOrdinal(a);

/** sortPods over the listed pods, one by one: the slots, the condemned pods, the counts and the first unavailable slot. */
function sortPodList(
  ctx: SyncContext, revs: Revisions, pods: readonly Pod[], counts: StatusFields, start: number, end: number, mrs: number,
): { replicas: (Pod | undefined)[]; facts: (PodFacts | undefined)[]; condemned: Pod[]; firstUnavailable: number } {
  const set = ctx.set;
  const replicas = new Array<Pod | undefined>(replicasOf(set)).fill(undefined);
  const facts = new Array<PodFacts | undefined>(replicas.length).fill(undefined);
  const condemned: Pod[] = [];
  let placed = 0;
  let collided = false;
  let firstUnavailable = replicas.length;
  // The facts getPodsForStatefulSet already looked up, pod for pod (an adopted pod is a new object: looked up here).
  let k = 0;
  for (const pod of pods) {
    const listed = ctx.listed[k];
    const f = listed !== undefined && listed.pod === pod ? (k++, listed) : factsOf(ctx.facts, pod);
    const ordinal = f.ordinal;
    if (ordinal >= start && ordinal <= end) {
      if (replicas[ordinal - start] === undefined) placed++;
      else collided = true;
      replicas[ordinal - start] = pod;
      facts[ordinal - start] = f;
      if (ordinal - start < firstUnavailable && isUnavailableFacts(f, mrs, ctx.nowMs)) firstUnavailable = ordinal - start;
    } else if (ordinal >= 0) condemned.push(pod);
    // If the ordinal could not be parsed (ord < 0), ignore the Pod.
    if (ordinal >= 0) countPod(counts, f, mrs, ctx.nowMs);
  }
  if (collided) {
    // Two names with one ordinal (`web-1`, `web-01`): the last one holds the slot; count again from the lists.
    Object.assign(counts, newStatus(set, revs));
    for (const f of facts) if (f) countPod(counts, f, mrs, ctx.nowMs);
    for (const pod of condemned) countPod(counts, factsOf(ctx.facts, pod), mrs, ctx.nowMs);
    firstUnavailable = facts.findIndex((f) => f === undefined || isUnavailableFacts(f, mrs, ctx.nowMs));
    if (firstUnavailable < 0) firstUnavailable = replicas.length;
  } else if (placed < replicas.length) {
    // An empty slot is unavailable too (upstream's new pod has no status): the first one may come earlier.
    for (let i = 0; i < firstUnavailable; i++) if (replicas[i] === undefined) { firstUnavailable = i; break; }
  }
  return { replicas, facts, condemned, firstUnavailable };
}

/**
 * Replicas and condemned pods, the first unavailable pod and the status counts, in one pass over the pods (the top of
 * upstream's updateStatefulSet with its first updateStatus), or from the set's slot table (slotTable.ts) when it
 * answers: the same split and counts, kept current from the pods that changed. The counts need no second pass after
 * processing: the only pods that change are those created in this sync, and a pod not yet created counts for nothing.
 */
function sortPods(
  ctx: SyncContext, revs: Revisions, pods: readonly Pod[],
): { s: Slots; counts: StatusFields; table: SlotTable | undefined } {
  const set = ctx.set;
  const start = getStartOrdinal(set);
  const end = getEndOrdinal(set);
  const mrs = minReadySecondsOf(set);
  const counts = newStatus(set, revs);
  const size = replicasOf(set);
  const table = ctx.listedIndex && ctx.listed === ctx.listedIndex.facts && pods === ctx.listedIndex.pods && end - start + 1 === size
    ? currentSlotTable(ctx.view, set, ctx.listedIndex, true, start, end, mrs) : undefined;
  // replicas: start <= ordinal <= end, at index ordinal - start; condemned: every other valid ordinal.
  // From the table, its own arrays: nothing changes them during this sync (the table is patched at the start of a
  // sync), facts are only read, and replicas are copied on the first write (setReplica). A sync of 1,000 replicas
  // that creates one pod no longer copies two arrays of 1,000.
  let replicas: readonly (Pod | undefined)[];
  let facts: readonly (PodFacts | undefined)[];
  let condemned: Pod[];
  let firstUnavailable: number;
  if (table) {
    replicas = table.pods;
    facts = table.facts;
    condemned = [...table.condemned.values()].map((f) => f.pod);
    counts.replicas = table.created;
    counts.readyReplicas = table.ready;
    counts.availableReplicas = table.available;
    counts.currentReplicas = table.byRevision.get(counts.currentRevision) ?? 0;
    counts.updatedReplicas = table.byRevision.get(counts.updateRevision) ?? 0;
    firstUnavailable = firstUnavailableSlot(table);
  } else {
    ({ replicas, facts, condemned, firstUnavailable } = sortPodList(ctx, revs, pods, counts, start, end, mrs));
  }
  condemned.sort(descendingOrdinal);
  // The first unhealthy pod: among replicas (an empty slot has none), else among condemned from the lowest ordinal.
  let firstUnavailablePod: Pod | undefined;
  if (firstUnavailable < replicas.length) firstUnavailablePod = replicas[firstUnavailable];
  else {
    for (let i = condemned.length - 1; i >= 0; i--) {
      if (isUnavailableFacts(factsOf(ctx.facts, condemned[i]!), mrs, ctx.nowMs)) { firstUnavailablePod = condemned[i]; break; }
    }
  }
  const s: Slots = {
    set, currentSet: applyRevision(set, revs.current), updateSet: applyRevision(set, revs.update), revs, start,
    replicas, replicasShared: table !== undefined, facts, condemned, firstUnavailablePod, monotonic: !allowsBurst(set), minReadySeconds: mrs,
    created: [], scaledDown: [],
  };
  return { s, counts, table };
}

/**
 * processReplica over the slots (updateStatefulSet's first runForAll). A slot the slot table knows to be settled
 * (slotTable.ts: the same pod and claims last answered CONTINUE without doing anything) answers CONTINUE again without
 * being looked at; the table learns which slots this sync found settled.
 */
function processReplicas(ctx: SyncContext, s: Slots, table: SlotTable | undefined, track: (step: Step) => Step): boolean {
  const settled = table && !ctx.claimWrites ? settledSlots(table, ctx.set, claimIndexOf(ctx)) : undefined;
  return runForAll(s.replicas.length, (i) => {
    if (settled?.[i] === 1) return CONTINUE;
    const writes = ctx.writes;
    const notes = ctx.notes.length;
    const events = ctx.events.length;
    const step = track(processReplica(ctx, s, i));
    if (settled) settled[i] = step === CONTINUE && ctx.writes === writes && ctx.notes.length === notes && ctx.events.length === events ? 1 : 0;
    return step;
  }, s.monotonic);
}

/**
 * One sync of the set's pods (updateStatefulSet). Returns the status to write; the caller writes it and truncates
 * history.
 */
export function updateStatefulSet(ctx: SyncContext, revs: Revisions, pods: readonly Pod[]): StatusFields {
  const { s, counts, table } = sortPods(ctx, revs, pods);
  const status = (delta = 0): StatusFields => {
    why.noteBatches(ctx, s);
    return delta ? { ...counts, currentReplicas: counts.currentReplicas + delta } : counts;
  };
  // If the StatefulSet is being deleted, don't do anything other than updating status.
  if (ctx.set.metadata.deletionTimestamp) {
    note(ctx, 'info', reason('sts.beingDeleted', { set: ctx.set.metadata.name ?? '' }));
    return status();
  }
  const track = (step: Step): Step => {
    if (step.err) ctx.errors.push(step.err);
    return step;
  };
  // First, process each living replica. Exit if we run into an error or something blocking in monotonic mode.
  if (processReplicas(ctx, s, table, track)) return status();
  // Fix pod claims for condemned pods, if necessary.
  runForAll(s.condemned.length, (i) => fixPodClaim(ctx, s, i), s.monotonic);
  // Terminate condemned pods in decreasing ordinal order (monotonic: once every replica is Running and Ready).
  if (runForAll(s.condemned.length, (i) => processCondemned(ctx, s, i), s.monotonic)) return status();
  // For the OnDelete strategy we short circuit: pods are updated when they are deleted by hand.
  if (updateStrategyTypeOf(ctx.set) === 'OnDelete') {
    why.onDelete(ctx, s);
    return status();
  }
  return status(rollingUpdate(ctx, s));
}
