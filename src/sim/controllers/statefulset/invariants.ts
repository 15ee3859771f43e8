// StatefulSet invariants, used by the controller tests, engine-level tests and fuzzing. Mirrors the idea of
// kubernetes/kubernetes pkg/controller/statefulset/stateful_set_control_test.go (assertMonotonicInvariants):
// each function returns a list of human-readable violations (empty = fine).
import type { ClusterView } from '../../controllers/types';
import type { Pod, StatefulSet } from './k8sTypes';
import { typed } from './k8sTypes';
import { objectKey } from '../../api/keys';
import {
  getEndOrdinal, getOrdinal, getPersistentVolumeClaimName, getStartOrdinal, isMemberOf, isRunningAndAvailable,
  isRunningAndReady, isTerminating, storageMatches,
} from './statefulSetUtils';
import { minReadySecondsOf, podManagementPolicyOf } from './statefulSetSpec';

const setsOf = (view: ClusterView): StatefulSet[] => view.list('StatefulSet').map((o) => typed<StatefulSet>(o));

/** The set's pods (controller ref by uid), sorted by ordinal. */
export function podsOf(view: ClusterView, set: StatefulSet): Pod[] {
  return view.list('Pod', set.metadata.namespace).map((o) => typed<Pod>(o))
    .filter((p) => (p.metadata.ownerReferences ?? []).some((r) => r.controller && r.uid === set.metadata.uid))
    .filter((p) => isMemberOf(set, p))
    .sort((a, b) => getOrdinal(a) - getOrdinal(b));
}

const ordered = (set: StatefulSet): boolean => podManagementPolicyOf(set) === 'OrderedReady';

/**
 * Static check for fault-free runs under OrderedReady: no pod is Running and Ready while its predecessor is not
 * (assertMonotonicInvariants). Pod faults (pod-unready) and rolling updates (web-1 is replaced while web-2 stays
 * Ready) legitimately break this, so use it only for scaling without them.
 */
export function successorReadyViolations(view: ClusterView): string[] {
  const out: string[] = [];
  for (const set of setsOf(view).filter(ordered)) {
    const pods = podsOf(view, set).filter((p) => getOrdinal(p) <= getEndOrdinal(set));
    const byOrd = new Map(pods.map((p) => [getOrdinal(p), p]));
    for (const pod of pods) {
      const prev = byOrd.get(getOrdinal(pod) - 1);
      if (getOrdinal(pod) > getStartOrdinal(set) && isRunningAndReady(pod) && (!prev || !isRunningAndReady(prev))) {
        out.push(`successor ${pod.metadata.name} is Running and Ready while ${set.metadata.name}-${getOrdinal(pod) - 1} is not`);
      }
    }
  }
  return out;
}

/**
 * Every live pod of a set mounts, and has, one PVC per claim template for its ordinal. An unscheduled pod may
 * briefly lack its claim: pvc-protection only guards claims of scheduled pods, and the controller recreates a
 * missing claim for a Pending pod (upstream e2e "PVC is recreated when pod is pending due to missing PVC").
 */
export function claimViolations(view: ClusterView): string[] {
  const out: string[] = [];
  for (const set of setsOf(view)) {
    for (const pod of podsOf(view, set).filter((p) => !isTerminating(p))) {
      if (!storageMatches(set, pod)) out.push(`pod ${pod.metadata.name} does not mount the claims of StatefulSet ${set.metadata.name}`);
      if (!pod.spec?.nodeName) continue;
      for (const t of set.spec?.volumeClaimTemplates ?? []) {
        const claim = getPersistentVolumeClaimName(set, t.metadata?.name ?? '', getOrdinal(pod));
        if (!view.get(objectKey('PersistentVolumeClaim', set.metadata.namespace ?? '', claim))) {
          out.push(`claim ${claim} for pod ${pod.metadata.name} does not exist`);
        }
      }
    }
  }
  return out;
}

/**
 * Transition check under OrderedReady: a pod that appears in `after` was created only when every in-range
 * predecessor was Running, Ready (and available) and not terminating in `before`; at most one pod per set appears.
 */
export function creationOrderViolations(before: ClusterView, after: ClusterView): string[] {
  const out: string[] = [];
  for (const set of setsOf(after).filter(ordered)) {
    const prior = setsOf(before).find((s) => s.metadata.uid === set.metadata.uid);
    if (!prior) continue;
    // A pod "appears" when its uid did not exist before at all: adopting an orphan is not creating it.
    const existed = new Set(before.list('Pod', set.metadata.namespace ?? '').map((p) => p.metadata.uid));
    const added = podsOf(after, set).filter((p) => !existed.has(p.metadata.uid));
    if (added.length > 1) out.push(`${set.metadata.name}: ${added.length} pods created in one step under OrderedReady`);
    // Predecessors by name among all pods: one sync may adopt web-0 and web-1 and then create web-2.
    const byName = new Map(before.list('Pod', set.metadata.namespace ?? '').map((p) => [p.metadata.name, p as Pod]));
    for (const pod of added) {
      for (let ord = getStartOrdinal(prior); ord < getOrdinal(pod); ord++) {
        const pred = byName.get(`${set.metadata.name}-${ord}`);
        const ok = pred && isRunningAndReady(pred) && !isTerminating(pred) &&
          isRunningAndAvailable(pred, minReadySecondsOf(prior), before.nowMs);
        if (!ok) out.push(`${pod.metadata.name} was created while ${set.metadata.name}-${ord} was not Running and Ready`);
      }
    }
  }
  return out;
}

/**
 * Transition check under OrderedReady: a scaled-down pod starts terminating only when no higher ordinal of the set
 * exists, and only when every in-range pod is Running and Ready.
 */
export function scaleDownOrderViolations(before: ClusterView, after: ClusterView): string[] {
  const out: string[] = [];
  for (const set of setsOf(after).filter(ordered)) {
    const beforePods = podsOf(before, set);
    const wasTerminating = new Set(beforePods.filter(isTerminating).map((p) => p.metadata.uid));
    for (const pod of podsOf(after, set)) {
      if (!isTerminating(pod) || wasTerminating.has(pod.metadata.uid) || getOrdinal(pod) <= getEndOrdinal(set)) continue;
      const higher = beforePods.filter((p) => getOrdinal(p) > getOrdinal(pod));
      if (higher.length) out.push(`${pod.metadata.name} started terminating while ${higher.map((p) => p.metadata.name).join(', ')} still existed`);
      const inRange = beforePods.filter((p) => getOrdinal(p) >= getStartOrdinal(set) && getOrdinal(p) <= getEndOrdinal(set));
      const unready = inRange.filter((p) => !isRunningAndReady(p));
      if (unready.length) out.push(`${pod.metadata.name} started terminating while ${unready.map((p) => p.metadata.name).join(', ')} was not Ready`);
    }
  }
  return out;
}

/** All static checks (safe with faults: only the claim check). */
export function checkStatefulSetInvariants(view: ClusterView): string[] {
  return claimViolations(view);
}
