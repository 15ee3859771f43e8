// The set's pods by slot and their status counts (the first half of stateful_set_control.go updateStatefulSet: the
// replicas/condemned split and computeReplicaStatus), kept current from what changed instead of sorted again from
// every pod on every sync. It follows the set's pod index (podIndex.ts) as the index follows the write log: built once
// from the index's pods, then patched with the names the index changed since (PodIndex.changed). It answers only
// when the sync would sort exactly the index's pods (no pod to adopt or release), for the same slot range, without
// minReadySeconds (availability would depend on the clock) and without two pods of one ordinal (the list order would
// decide); otherwise the sync sorts its pods itself (statefulSetControl.ts sortPods), as before. The table lives in
// the run's store (view.memo), one per set; without a store there is none. Same inputs, same answer as sorting.
// It also remembers which slots are settled (processReplica last answered CONTINUE there without doing anything, and
// neither the slot's pod nor its claims nor what it read of the set changed since), so a sync does not re-derive
// claims and owner refs for every Ready or Pending pod: statefulSetControl.ts processReplicas.
import type { Pod, StatefulSet } from './k8sTypes';
import type { ClusterView } from '../types';
import { cacheTable } from '../../engine/runCache';
import { isUnavailableFacts, type PodFacts } from './podFacts';
import type { PodIndex } from './podIndex';
import type { ClaimIndex } from './claimIndex';
import { lowerBound } from '../../engine/sortedList';

export interface SlotTable {
  /** The pod index it follows (another index object: built afresh). */
  readonly index: PodIndex;
  readonly start: number;
  readonly end: number;
  /** The facts of the pod in each slot (index = ordinal - start), or undefined for an empty slot. */
  readonly facts: (PodFacts | undefined)[];
  /** The pod in each slot (facts[i].pod), copied per sync without reaching every facts object. */
  readonly pods: (Pod | undefined)[];
  /** 1 for a slot that is empty or holds an unavailable pod (isUnavailableFacts without minReadySeconds), else 0. */
  readonly unavailable: Uint8Array;
  /** The pods out of range with a valid ordinal, by name; the ordinals they hold. */
  readonly condemned: Map<string, PodFacts>;
  readonly condemnedOrdinals: Set<number>;
  /** Every counted pod (ordinal >= 0) by name: what the counts hold for it. */
  readonly byName: Map<string, PodFacts>;
  /** computeReplicaStatus's counts without minReadySeconds: created, running and ready, and available (Ready). */
  created: number;
  ready: number;
  available: number;
  /** Created pods not terminating, by revision (currentReplicas and updatedReplicas read two of them). */
  readonly byRevision: Map<string, number>;
  /** Two pods claimed one ordinal: the table cannot answer (sorting decides by list order). */
  collided: boolean;
  /**
   * 1 for a settled slot: its last processReplica answered CONTINUE and wrote, noted and recorded nothing, for the pod
   * and claims it holds now and for `settledFor`. Cleared by any change to the slot's pod (here) or claim
   * (ClaimIndex.changedSlots), and for every slot when `settledFor` changes.
   */
  readonly settled: Uint8Array;
  /** What a settled slot's answer read of the set (claim templates, retention policy, uid, name) and its claim index. */
  settledFor: SettledFor | undefined;
}

/** What processReplica reads of the set and its claims beyond the slot's own pod (statefulPodControl.ts claimFor). */
export interface SettledFor {
  readonly templates: unknown;
  readonly policy: unknown;
  readonly uid: string | undefined;
  readonly name: string | undefined;
  readonly namespace: string | undefined;
  readonly claims: ClaimIndex;
}

/** Add (+1) or take away (-1) a pod's share of the counts (countPod with minReadySeconds 0). */
function count(t: SlotTable, f: PodFacts, sign: 1 | -1): void {
  if (f.isCreated) t.created += sign;
  if (f.isRunningAndReady) {
    t.ready += sign;
    if (f.readyTrue) t.available += sign;
  }
  if (f.isCreated && !f.isTerminating) t.byRevision.set(f.revision, (t.byRevision.get(f.revision) ?? 0) + sign);
}

/** Put a pod in its slot (or among the condemned) and count it; a second pod for one ordinal marks a collision. */
function place(t: SlotTable, name: string, f: PodFacts): void {
  const ordinal = f.ordinal;
  if (ordinal < 0) return; // If the ordinal could not be parsed (ord < 0), ignore the Pod.
  if (ordinal >= t.start && ordinal <= t.end) {
    const i = ordinal - t.start;
    if (t.facts[i] !== undefined) t.collided = true;
    t.facts[i] = f;
    t.pods[i] = f.pod;
    t.unavailable[i] = isUnavailableFacts(f, 0, 0) ? 1 : 0;
    t.settled[i] = 0;
  } else {
    if (t.condemnedOrdinals.has(ordinal)) t.collided = true;
    t.condemned.set(name, f);
    t.condemnedOrdinals.add(ordinal);
  }
  t.byName.set(name, f);
  count(t, f, 1);
}

/** Take a placed pod out of its slot and the counts. */
function unplace(t: SlotTable, name: string, f: PodFacts): void {
  const ordinal = f.ordinal;
  if (ordinal >= t.start && ordinal <= t.end) {
    const i = ordinal - t.start;
    t.facts[i] = undefined;
    t.pods[i] = undefined;
    t.unavailable[i] = 1;
    t.settled[i] = 0;
  } else {
    t.condemned.delete(name);
    t.condemnedOrdinals.delete(ordinal);
  }
  t.byName.delete(name);
  count(t, f, -1);
}

function build(index: PodIndex, start: number, end: number): SlotTable {
  const size = Math.max(0, end - start + 1);
  const t: SlotTable = {
    index, start, end, facts: new Array<PodFacts | undefined>(size).fill(undefined),
    pods: new Array<Pod | undefined>(size).fill(undefined), unavailable: new Uint8Array(size).fill(1),
    condemned: new Map(), condemnedOrdinals: new Set(), byName: new Map(),
    created: 0, ready: 0, available: 0, byRevision: new Map(), collided: false,
    settled: new Uint8Array(size), settledFor: undefined,
  };
  for (let i = 0; i < index.names.length; i++) place(t, index.names[i]!, index.facts[i]!);
  index.changed.clear();
  return t;
}

/** Bring the table up to date with the names the index changed since it last looked. */
function patch(t: SlotTable): void {
  const index = t.index;
  for (const name of index.changed) {
    const old = t.byName.get(name);
    if (old) unplace(t, name, old);
    const at = lowerBound(index.names, name);
    if (at < index.names.length && index.names[at] === name) place(t, name, index.facts[at]!);
  }
  index.changed.clear();
}

/**
 * The set's slot table for this sync, current with its pod index; undefined when the sync must sort its pods itself
 * (see the top of this file). `sortsIndex`: the sync's pods are exactly the index's (ClaimPods keeps them all).
 */
export function currentSlotTable(
  view: ClusterView, set: StatefulSet, index: PodIndex, sortsIndex: boolean, start: number, end: number, minReadySeconds: number,
): SlotTable | undefined {
  if (!view.memo || !sortsIndex || minReadySeconds > 0 || end - start + 1 < 0) return undefined;
  const table = cacheTable(view.memo, 'sts-slot-table', () => new Map<string, SlotTable>());
  const id = `${set.metadata.namespace ?? ''}/${set.metadata.name ?? ''}`;
  let t = table.get(id);
  if (t && t.index === index && t.start === start && t.end === end && !t.collided) patch(t);
  else table.set(id, (t = build(index, start, end)));
  return t.collided ? undefined : t;
}

/** The first slot that is empty or holds an unavailable pod (the table's length when none is). */
export function firstUnavailableSlot(t: SlotTable): number {
  const i = t.unavailable.indexOf(1);
  return i < 0 ? t.unavailable.length : i;
}

/**
 * Ready the settled flags for a sync: cleared where a claim changed since the last sync, and everywhere when what a
 * slot's answer read of the set is not what it was (`claims`: the set's claim index, current).
 */
export function settledSlots(t: SlotTable, set: StatefulSet, claims: ClaimIndex): Uint8Array {
  const now: SettledFor = {
    templates: set.spec?.volumeClaimTemplates, policy: set.spec?.persistentVolumeClaimRetentionPolicy, uid: set.metadata.uid,
    name: set.metadata.name, namespace: set.metadata.namespace, claims,
  };
  const was = t.settledFor;
  const same = was !== undefined && was.templates === now.templates && was.policy === now.policy && was.uid === now.uid &&
    was.name === now.name && was.namespace === now.namespace && was.claims === now.claims;
  if (!same) t.settled.fill(0);
  else for (const i of claims.changedSlots) if (i < t.settled.length) t.settled[i] = 0;
  claims.changedSlots.clear();
  t.settledFor = now;
  return t.settled;
}
