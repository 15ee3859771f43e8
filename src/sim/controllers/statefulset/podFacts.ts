// What one sync reads from each of the set's pods (stateful_set_utils.go's pod predicates: isCreated, isPending,
// isFailed, isSucceeded, isTerminating, isRunningAndReady, isRunningAndAvailable, getPodRevision, getOrdinal, and the
// controller ref and selector match that ClaimPods reads), derived once per stored pod object. Every sync still
// looks at every pod, in the order upstream does; this only saves re-reading the same immutable object's fields.
// The facts live in the run's store (view.memo: one per engine working copy, engine/runCache.ts), keyed by the pod
// object: stored objects are never mutated (a write makes a new object), so a pod's facts never go stale, and a view
// without a store computes them afresh. Same inputs, same facts: nothing here depends on what ran before.
import type { LabelSelector } from '../../api/types';
import type { Pod, StatefulSet } from './k8sTypes';
import { identityCache, type RunCache } from '../../engine/runCache';
import {
  availableAtMs, getOrdinal, getPodRevision, identityMatches, isCreated, isFailed, isMemberOf, isPending,
  isRunningAndReady, isSucceeded, isTerminating, storageMatches,
} from './statefulSetUtils';

export interface PodFacts {
  readonly pod: Pod;
  readonly ordinal: number;
  readonly isCreated: boolean;
  readonly isPending: boolean;
  readonly isFailed: boolean;
  readonly isSucceeded: boolean;
  readonly isTerminating: boolean;
  readonly isRunningAndReady: boolean;
  /** The Ready condition is True (isRunningAndAvailable reads only the condition, not the phase). */
  readonly readyTrue: boolean;
  /** availableAtMs(pod, 1) - 1001 when Ready: the Ready condition's lastTransitionTime (NaN when it does not parse). */
  readonly readySinceMs: number;
  readonly revision: string;
  /** The pod has a controller ref (GetControllerOf), with this uid. */
  readonly hasController: boolean;
  readonly controllerUid: string | undefined;
  /**
   * Set-dependent answers, remembered for the last set asked (memberOf, invariantsMatch), kept in the facts object
   * itself (no second object to reach on every visit): what the answer was computed for, then the answer.
   */
  memberSelector: unknown;
  memberSetName: string | undefined;
  /** undefined: not asked yet. */
  member: boolean | undefined;
  invariantsSetName: string | undefined;
  invariantsNamespace: string | undefined;
  invariantsTemplates: unknown;
  /** undefined: not asked yet. */
  invariantsOk: boolean | undefined;
}

export type PodFactsStore = WeakMap<Pod, PodFacts>;

/** The run's facts table (a fresh one without a store). */
export function podFactsStore(memo: RunCache | undefined): PodFactsStore {
  return identityCache<Pod, PodFacts>(memo, 'sts-pod-facts');
}

function controllerOf(pod: Pod) {
  const refs = pod.metadata.ownerReferences;
  if (refs) for (const r of refs) if (r.controller) return r;
  return undefined;
}

/** The pod's facts, from the table or derived now. */
export function factsOf(store: PodFactsStore, pod: Pod): PodFacts {
  let f = store.get(pod);
  if (f === undefined) {
    const readyTrue = availableAtMs(pod, 0) !== undefined;
    const controller = controllerOf(pod);
    const since = readyTrue ? availableAtMs(pod, 1) : undefined;
    f = {
      pod, ordinal: getOrdinal(pod), isCreated: isCreated(pod), isPending: isPending(pod), isFailed: isFailed(pod),
      isSucceeded: isSucceeded(pod), isTerminating: isTerminating(pod), isRunningAndReady: isRunningAndReady(pod),
      readyTrue, readySinceMs: since === undefined ? Number.NaN : since - 1001, revision: getPodRevision(pod),
      hasController: controller !== undefined, controllerUid: controller?.uid,
      // Present from the start (one object shape for every pod's facts).
      memberSelector: undefined, memberSetName: undefined, member: undefined,
      invariantsSetName: undefined, invariantsNamespace: undefined, invariantsTemplates: undefined, invariantsOk: undefined,
    };
    store.set(pod, f);
  }
  return f;
}

/** isRunningAndAvailable(pod, minReadySeconds, nowMs) from the facts. */
export function isAvailable(f: PodFacts, minReadySeconds: number, nowMs: number): boolean {
  return f.readyTrue && (minReadySeconds <= 0 || f.readySinceMs + minReadySeconds * 1000 + 1 <= nowMs);
}

/** isUnavailable(pod, set, nowMs) from the facts: not healthy (Running, Ready, not terminating) or not available. */
export function isUnavailableFacts(f: PodFacts, minReadySeconds: number, nowMs: number): boolean {
  return !f.isRunningAndReady || f.isTerminating || !isAvailable(f, minReadySeconds, nowMs);
}

/** selectorMatches(selector, labels) && isMemberOf(set, pod), remembered for the selector object and set name. */
export function memberOf(f: PodFacts, set: StatefulSet, selects: (pod: Pod) => boolean): boolean {
  const selector: LabelSelector | undefined = set.spec?.selector;
  if (f.member !== undefined && f.memberSelector === selector && f.memberSetName === set.metadata.name) return f.member;
  const member = selects(f.pod) && isMemberOf(set, f.pod);
  f.memberSelector = selector;
  f.memberSetName = set.metadata.name;
  f.member = member;
  return member;
}

/**
 * identityMatches(set, pod) && storageMatches(set, pod), remembered for what they read of the set: its name,
 * namespace and claim templates (the array, by identity: a status write keeps the spec's objects).
 */
export function invariantsMatch(f: PodFacts, set: StatefulSet): boolean {
  const templates = set.spec?.volumeClaimTemplates;
  if (f.invariantsOk !== undefined && f.invariantsTemplates === templates && f.invariantsSetName === set.metadata.name &&
    f.invariantsNamespace === set.metadata.namespace) return f.invariantsOk;
  const ok = identityMatches(set, f.pod, f.ordinal) && storageMatches(set, f.pod, f.ordinal);
  f.invariantsSetName = set.metadata.name;
  f.invariantsNamespace = set.metadata.namespace;
  f.invariantsTemplates = templates;
  f.invariantsOk = ok;
  return ok;
}
