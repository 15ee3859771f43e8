// Mirrors kubernetes/kubernetes pkg/controller/statefulset/stateful_set_control.go (updateStatefulSet,
// processReplica, processCondemned, runForAll, slowStartBatch). One call does what one upstream sync does: under
// OrderedReady it stops at the first pod it creates, deletes or has to wait for; under Parallel it processes every
// slot in slow-start batches (1, 2, 4, … ≤ 500), stopping after a batch that had an error.
// Deviations: batches run in ordinal order in one tick (no goroutines); a pod deleted earlier in the same sync is not
// deleted twice.
import type { Pod, StatefulSet } from './k8sTypes';
import type { SyncContext } from './syncContext';
import { deletedInSync, note } from './syncContext';
import type { Revisions } from './statefulSetRevisions';
import { applyRevision } from './history';
import { newVersionedStatefulSetPod } from './statefulSetPods';
import {
  allowsBurst, getOrdinal, identityMatches, isCreated, isFailed, isPending, isRunningAndAvailable,
  isRunningAndReady, isSucceeded, isTerminating, isUnavailable, storageMatches, getStartOrdinal, getEndOrdinal,
  getPodName, REVISION_LABEL,
} from './statefulSetUtils';
import { minReadySecondsOf, partitionOf, replicasOf, updateStrategyTypeOf } from './statefulSetSpec';
import {
  ALREADY_EXISTS, claimsMatchRetentionPolicy, createMissingPersistentVolumeClaims, createStatefulPod,
  deleteStatefulPod, podClaimIsStale, podClaimObjects, updatePodClaimForRetentionPolicy, updateStatefulPod,
} from './statefulPodControl';
import { isQuiet, quietKeyOf, rememberQuiet, type QuietKey } from './quietSlots';
import { computeStatus, type StatusFields } from './status';
import { CHUNK, chunked, chunkedFindIndex } from '../../util/chunkMemo';
import { identityMemo, memoTable, type MemoStore } from '../../util/memoStore';
import { QuietChunks } from './quietChunks';
import { rollingUpdate } from './rollingUpdate';
import * as why from './why';
import { reason, type Reason } from '../../reasons';

export const MAX_BATCH_SIZE = 500;

/** Everything one sync knows about the set's slots. */
export interface Slots {
  readonly set: StatefulSet;
  readonly currentSet: StatefulSet;
  readonly updateSet: StatefulSet;
  readonly revs: Revisions;
  /** Index = ordinal - start. Missing pods are placeholders with no phase. */
  readonly replicas: Pod[];
  /** Out-of-range pods, highest ordinal first. */
  readonly condemned: Pod[];
  readonly firstUnavailable: Pod | undefined;
  readonly monotonic: boolean;
  /** Pods created in this sync, with the claims created for them. */
  readonly created: { pod: Pod; claims: string[] }[];
  /** Condemned pods deleted in this sync. */
  readonly scaledDown: Pod[];
}

interface Step {
  readonly exit: boolean;
  readonly err?: string;
}
const CONTINUE: Step = { exit: false };
const EXIT: Step = { exit: true };

/** Split pods into slots and condemned, and fill empty slots with the pods they should get. */
export function buildSlots(ctx: SyncContext, revs: Revisions, pods: readonly Pod[]): Slots {
  const set = ctx.set;
  const currentSet = applyRevision(set, revs.current);
  const updateSet = applyRevision(set, revs.update);
  const start = getStartOrdinal(set);
  const replicas: Pod[] = new Array<Pod>(replicasOf(set));
  const condemned: Pod[] = [];
  const end = getEndOrdinal(set);
  const known = identityMemo<Pod, number>(ctx.view.memo, 'sts-pod-ordinals');
  const ordinals = chunked(ctx.view.memo, `ordinals\u0000${ctx.namespace}\u0000${set.metadata.name ?? ''}`, '', pods, (from, to) => ordinalsOf(known, pods, from, to));
  for (let i = 0; i < pods.length; i++) {
    const ordinal = ordinals[(i / CHUNK) | 0]![i % CHUNK]!;
    if (ordinal >= start && ordinal <= end) replicas[ordinal - start] = pods[i]!;
    else if (ordinal >= 0) condemned.push(pods[i]!);
  }
  // Empty slots get their placeholders in place (one array, no second pass).
  const placeholder = placeholderMaker(ctx.view.memo, set, revs);
  for (let i = 0; i < replicas.length; i++) replicas[i] ??= placeholder(start + i);
  const filled = replicas;
  condemned.sort((a, b) => getOrdinal(b) - getOrdinal(a));
  const mrs = minReadySecondsOf(set);
  const unavailableId = `unavailable\u0000${set.metadata.namespace ?? ''}\u0000${set.metadata.name ?? ''}\u0000${set.metadata.uid ?? ''}`;
  const firstIndex = chunkedFindIndex(ctx.view.memo, unavailableId, `${mrs}\u0000${mrs > 0 ? ctx.nowMs : ''}`, filled, (i) => isUnavailable(filled[i]!, set, ctx.nowMs));
  const firstUnavailable = (firstIndex >= 0 ? filled[firstIndex] : undefined) ??
    [...condemned].reverse().find((p) => isUnavailable(p, set, ctx.nowMs));
  return {
    set, currentSet, updateSet, revs, replicas: filled, condemned, firstUnavailable,
    monotonic: !allowsBurst(set), created: [], scaledDown: [],
  };
}

/** getOrdinal of pods[from, to), remembered per pod object in the run's store (`known`). */
function ordinalsOf(known: WeakMap<Pod, number>, pods: readonly Pod[], from: number, to: number): Float64Array {
  const out = new Float64Array(to - from);
  for (let i = from; i < to; i++) {
    const pod = pods[i]!;
    let ordinal = known.get(pod);
    if (ordinal === undefined) known.set(pod, (ordinal = getOrdinal(pod)));
    out[i - from] = ordinal;
  }
  return out;
}

/**
 * Stand-ins for empty slots: name and the revision they would get, no phase (so not created). The full pod is
 * built only when it is created (newVersionedStatefulSetPod), which keeps big sets cheap to sync.
 */
function placeholderMaker(memo: MemoStore | undefined, set: StatefulSet, revs: Revisions): (ordinal: number) => Pod {
  const cutoff = updateStrategyTypeOf(set) === 'RollingUpdate' ? getStartOrdinal(set) + partitionOf(set) : -Infinity;
  const atCurrent = placeholdersAt(memo, set, revs.current.metadata.name ?? '');
  const atUpdate = placeholdersAt(memo, set, revs.update.metadata.name ?? '');
  return (ordinal) => {
    const [byOrdinal, revision] = ordinal < cutoff ? atCurrent : atUpdate;
    return (byOrdinal[ordinal] ??= { apiVersion: 'v1', kind: 'Pod', metadata: { name: getPodName(set, ordinal), namespace: set.metadata.namespace, labels: { [REVISION_LABEL]: revision } } });
  };
}

/**
 * Placeholders by namespace, set name and revision, then ordinal: pure values, shared between the syncs of one run
 * (never mutated), kept in the run's store so memo tables see the same objects sync after sync.
 */
function placeholdersAt(memo: MemoStore | undefined, set: StatefulSet, revision: string): [Pod[], string] {
  const id = `placeholders\u0000${set.metadata.namespace ?? ''}\u0000${set.metadata.name ?? ''}\u0000${revision}`;
  return [memoTable<Pod[]>(memo, id, () => []), revision];
}

/** Run fn over items: stop at the first exit (monotonic) or after a batch with an error (burst). */
export function runForAll(count: number, fn: (i: number) => Step, monotonic: boolean): boolean {
  if (monotonic) {
    for (let i = 0; i < count; i++) {
      const r = fn(i);
      if (r.exit || r.err) return true;
    }
    return false;
  }
  let j = 0;
  for (let size = Math.min(1, count); size > 0 && j < count; size = Math.min(2 * size, count - j, MAX_BATCH_SIZE)) {
    let failed = false;
    for (let k = 0; k < size; k++) if (fn(j++).err) failed = true;
    if (failed) return true;
  }
  return false;
}

/** processReplica, skipped for a slot known to be quiet (see quietSlots.ts): same answer, no work. */
function processReplicaOrSkip(ctx: SyncContext, s: Slots, i: number, key: QuietKey | undefined, chunks: QuietChunks | undefined): Step {
  if (chunks?.skip(i)) return CONTINUE;
  const pod = s.replicas[i]!;
  if (!key || !isCreated(pod)) {
    chunks?.done(i, false);
    return processReplica(ctx, s, i);
  }
  if (isQuiet(ctx, pod, key)) {
    chunks?.done(i, true);
    return CONTINUE;
  }
  const { keys, claims } = podClaimObjects(ctx, s.set, pod);
  const before = ctx.writes + ctx.notes.length + ctx.events.length;
  const step = processReplica(ctx, s, i);
  const quiet = step === CONTINUE && ctx.writes + ctx.notes.length + ctx.events.length === before;
  if (quiet) rememberQuiet(ctx, pod, key, keys, claims);
  chunks?.done(i, quiet);
  return step;
}

/** One slot, ascending (processReplica). */
function processReplica(ctx: SyncContext, s: Slots, i: number): Step {
  const pod = s.replicas[i]!;
  const name = pod.metadata.name ?? '';
  if (isFailed(pod) || isSucceeded(pod)) {
    if (!isTerminating(pod) && !deletedInSync(ctx, `Pod/${ctx.namespace}/${name}`)) {
      deleteStatefulPod(ctx, pod);
      note(ctx, 'delete', why.recreatingFailed(pod));
    } else {
      note(ctx, 'wait', reason('sts.waitTerminatingRecreate', { pod: name, policy: why.policyOf(s.set) }));
    }
    return EXIT;
  }
  if (!isCreated(pod)) return createReplica(ctx, s, i);
  if (isPending(pod)) {
    const err = createMissingPersistentVolumeClaims(ctx, s.set, pod);
    if (err) { note(ctx, 'fail', why.claimsFailed(pod, err)); return { exit: true, err }; }
  }
  const mrs = minReadySecondsOf(s.set);
  if (s.monotonic && isTerminating(pod)) return block(ctx, s, i, reason('sts.stillTerminating', { pod: name }));
  if (s.monotonic && !isRunningAndReady(pod)) return block(ctx, s, i, why.notReady(pod));
  if (s.monotonic && !isRunningAndAvailable(pod, mrs, ctx.nowMs)) {
    return block(ctx, s, i, reason('sts.readyNotAvailable', { pod: name, minReadySeconds: mrs }));
  }
  const retentionOk = claimsMatchRetentionPolicy(ctx, s.updateSet, pod);
  if (identityMatches(s.set, pod) && storageMatches(s.set, pod) && retentionOk) return CONTINUE;
  const err = updateStatefulPod(ctx, s.updateSet, pod);
  if (err) return { exit: true, err };
  note(ctx, 'update', reason('sts.fixedInPlace', { pod: name, set: s.set.metadata.name ?? '' }));
  return CONTINUE;
}

function createReplica(ctx: SyncContext, s: Slots, i: number): Step {
  const ordinal = getOrdinal(s.replicas[i]!);
  const pod = newVersionedStatefulSetPod(s.currentSet, s.updateSet, s.revs.current.metadata.name ?? '', s.revs.update.metadata.name ?? '', ordinal);
  s.replicas[i] = pod;
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
  const first = s.firstUnavailable?.metadata.name === name;
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

/**
 * One sync of the set's pods (updateStatefulSet). Returns the status to write; the caller writes it and truncates
 * history.
 */
export function updateStatefulSet(ctx: SyncContext, revs: Revisions, pods: readonly Pod[]): StatusFields {
  const s = buildSlots(ctx, revs, pods);
  const finish = (delta = 0): StatusFields => {
    const st = computeStatus(ctx.set, [...s.replicas, ...s.condemned], ctx.nowMs,
      revs.current.metadata.name ?? '', revs.update.metadata.name ?? '', revs.collisionCount, ctx.view.memo);
    why.noteBatches(ctx, s);
    return { ...st, currentReplicas: st.currentReplicas + delta };
  };
  if (ctx.set.metadata.deletionTimestamp) {
    note(ctx, 'info', reason('sts.beingDeleted', { set: ctx.set.metadata.name ?? '' }));
    return finish();
  }
  const key = quietKeyOf(ctx, ctx.set);
  const chunks = key && new QuietChunks(ctx, s.replicas, key);
  const track = (step: Step): Step => {
    if (step.err) ctx.errors.push(step.err);
    return step;
  };
  if (runForAll(s.replicas.length, (i) => track(processReplicaOrSkip(ctx, s, i, key, chunks)), s.monotonic)) return finish();
  const fix = (i: number): Step => {
    if (!claimsMatchRetentionPolicy(ctx, s.updateSet, s.condemned[i]!)) updatePodClaimForRetentionPolicy(ctx, s.updateSet, s.condemned[i]!);
    return CONTINUE;
  };
  runForAll(s.condemned.length, fix, s.monotonic);
  if (runForAll(s.condemned.length, (i) => processCondemned(ctx, s, i), s.monotonic)) return finish();
  if (updateStrategyTypeOf(ctx.set) === 'OnDelete') {
    why.onDelete(ctx, s);
    return finish();
  }
  return finish(rollingUpdate(ctx, s));
}

