// Mirrors kubernetes/kubernetes pkg/controller/statefulset/stateful_set_utils.go: names, ordinals and the tiny
// pod predicates (getParentNameAndOrdinal, getOrdinal, getStartOrdinal, getEndOrdinal, podInOrdinalRange,
// getPodName, getPersistentVolumeClaimName, isMemberOf, identityMatches, storageMatches, isRunningAndReady,
// isRunningAndAvailable, isCreated, isPending, isFailed, isSucceeded, isTerminating, isHealthy, isUnavailable,
// allowsBurst, getPodRevision). Deviations: availability reads the Ready condition's lastTransitionTime against
// the simulated clock (view.nowMs) instead of metav1.Now().
import type { Pod, StatefulSet } from './k8sTypes';
import { minReadySecondsOf, startOrdinalOf, replicasOf } from './statefulSetSpec';
import { msOfIso } from '../../engine/time';

/** Label with the pod's name, set on every StatefulSet pod (apps/v1 StatefulSetPodNameLabel). */
export const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
/** Label with the ControllerRevision name the pod was made from (apps/v1 StatefulSetRevisionLabel). */
export const REVISION_LABEL = 'controller-revision-hash';
/** Label with the pod's ordinal (PodIndexLabel, GA in 1.32). */
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';

const MAX_INT32 = 2147483647;

/**
 * The parent StatefulSet name and ordinal parsed from a pod name (the regex `(.*)-([0-9]+)$`, done by hand because
 * it runs for every pod on every sync); `['', -1]` when the name has no ordinal.
 */
export function getParentNameAndOrdinal(name: string): [string, number] {
  const dash = name.lastIndexOf('-');
  if (dash < 0 || dash === name.length - 1) return ['', -1];
  for (let i = dash + 1; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 48 || c > 57) return ['', -1];
  }
  const ordinal = Number(name.slice(dash + 1));
  return [name.slice(0, dash), ordinal <= MAX_INT32 ? ordinal : -1];
}

/**
 * Where the digits a name ends in start, when they follow its last `-` (so the name parses as `(.*)-([0-9]+)$`), else
 * -1. Walks back from the end with charCodeAt (String.lastIndexOf is far slower here, and this runs for every pod on
 * every sync).
 */
function ordinalStart(name: string): number {
  let i = name.length - 1;
  while (i >= 0) {
    const c = name.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i--;
  }
  return i >= 0 && i < name.length - 1 && name.charCodeAt(i) === 45 ? i + 1 : -1;
}

/** The ordinal a name ends in (getParentNameAndOrdinal(name)[1], at most MaxInt32), or -1, without slicing. */
function ordinalOfName(name: string): number {
  const from = ordinalStart(name);
  if (from < 0) return -1;
  let ordinal = 0;
  for (let i = from; i < name.length; i++) ordinal = ordinal * 10 + (name.charCodeAt(i) - 48);
  return ordinal <= MAX_INT32 ? ordinal : -1;
}

/** True when the name parses to parent `parent` (getParentNameAndOrdinal(name)[0] === parent), without slicing. */
function hasParent(name: string, parent: string): boolean {
  return ordinalStart(name) === parent.length + 1 && name.startsWith(parent);
}

/** The ordinal of a pod, or -1 if its name has none. */
export function getOrdinal(pod: Pod): number {
  return ordinalOfName(pod.metadata?.name ?? '');
}

/** The first ordinal of the set (`spec.ordinals.start`, default 0). */
export function getStartOrdinal(set: StatefulSet): number {
  return startOrdinalOf(set);
}

/** The last ordinal of the set, inclusive (start + replicas - 1). */
export function getEndOrdinal(set: StatefulSet): number {
  return startOrdinalOf(set) + replicasOf(set) - 1;
}

/** True when the pod's ordinal is inside [start, end]. */
export function podInOrdinalRange(pod: Pod, set: StatefulSet): boolean {
  const ord = getOrdinal(pod);
  return ord >= getStartOrdinal(set) && ord <= getEndOrdinal(set);
}

/** `web-0`. */
export function getPodName(set: StatefulSet, ordinal: number): string {
  return `${set.metadata.name}-${ordinal}`;
}

/** `www-web-0`: claim template name, set name, ordinal. */
export function getPersistentVolumeClaimName(set: StatefulSet, claimTemplateName: string, ordinal: number): string {
  return `${claimTemplateName}-${set.metadata.name}-${ordinal}`;
}

/** True when the pod's name parses to this set's name. */
export function isMemberOf(set: StatefulSet, pod: Pod): boolean {
  const parent = set.metadata.name;
  return parent !== undefined && hasParent(pod.metadata?.name ?? '', parent);
}

/** True when name[from, end) is `ordinal` in canonical decimal (digits only, no leading zero). */
function endsWithOrdinal(name: string, from: number, ordinal: number): boolean {
  const digits = name.length - from;
  if (digits < 1 || (digits > 1 && name.charCodeAt(from) === 48)) return false;
  let value = 0;
  for (let i = from; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    value = value * 10 + (c - 48);
  }
  return value === ordinal;
}

/** True when `name` is exactly `${parent}-${ordinal}`, without building it. */
function isPodName(name: string, parent: string, ordinal: number): boolean {
  return name.charCodeAt(parent.length) === 45 && name.startsWith(parent) && endsWithOrdinal(name, parent.length + 1, ordinal);
}

/** True when `claimName` is getPersistentVolumeClaimName(set, template, ordinal), without building it. */
function isClaimName(claimName: string, template: string, setName: string, ordinal: number): boolean {
  const head = template.length + 1 + setName.length;
  return claimName.charCodeAt(template.length) === 45 && claimName.charCodeAt(head) === 45 &&
    claimName.startsWith(template) && claimName.startsWith(setName, template.length + 1) &&
    endsWithOrdinal(claimName, head + 1, ordinal);
}

/** True when the pod has the name, namespace and pod-name label of a member of the set (`ordinal`: getOrdinal(pod), if known). */
export function identityMatches(set: StatefulSet, pod: Pod, ordinal = getOrdinal(pod)): boolean {
  const name = pod.metadata?.name ?? '';
  return ordinal >= 0 && set.metadata.name !== undefined && isPodName(name, set.metadata.name, ordinal) &&
    (pod.metadata?.namespace ?? '') === (set.metadata.namespace ?? '') &&
    pod.metadata?.labels?.[POD_NAME_LABEL] === pod.metadata?.name;
}

/** True when the pod mounts, for every claim template, the claim of its ordinal (getOrdinal(pod), if known) under the template's name. */
export function storageMatches(set: StatefulSet, pod: Pod, ordinal = getOrdinal(pod)): boolean {
  if (ordinal < 0) return false;
  const templates = set.spec?.volumeClaimTemplates;
  if (!templates) return true;
  const volumes = pod.spec?.volumes ?? [];
  const setName = `${set.metadata.name}`;
  for (const t of templates) {
    const template = t.metadata?.name ?? '';
    let v: (typeof volumes)[number] | undefined;
    for (const x of volumes) if (x.name === t.metadata?.name) { v = x; break; }
    const claimName = v?.persistentVolumeClaim?.claimName;
    if (claimName === undefined || !isClaimName(claimName, template, setName, ordinal)) return false;
  }
  return true;
}

/** The pod's Ready condition, if any. */
function readyCondition(pod: Pod) {
  const conditions = pod.status?.conditions;
  if (conditions) for (const c of conditions) if (c.type === 'Ready') return c;
  return undefined;
}

/** Phase Running and condition Ready=True. */
export function isRunningAndReady(pod: Pod): boolean {
  return pod.status?.phase === 'Running' && readyCondition(pod)?.status === 'True';
}

/** Sim time (ms) at which a Ready pod becomes available, or undefined if it is not Ready. */
export function availableAtMs(pod: Pod, minReadySeconds: number): number | undefined {
  const ready = readyCondition(pod);
  if (ready?.status !== 'True') return undefined;
  if (minReadySeconds <= 0) return -Infinity;
  const at = availableAfter(ready.lastTransitionTime, minReadySeconds);
  return Number.isNaN(at) ? undefined : at;
}

/** Ready since `lastTransitionTime`: available from this sim time on (NaN when the time does not parse). */
function availableAfter(lastTransitionTime: string | undefined, minReadySeconds: number): number {
  const since = lastTransitionTime ? msOfIso(lastTransitionTime) : Number.NaN;
  // Like podutil.IsPodAvailable: ready for strictly longer than minReadySeconds.
  return since + minReadySeconds * 1000 + 1;
}

/** Ready, and Ready for longer than minReadySeconds (podutil.IsPodAvailable). */
export function isRunningAndAvailable(pod: Pod, minReadySeconds: number, nowMs: number): boolean {
  const at = availableAtMs(pod, minReadySeconds);
  return at !== undefined && at <= nowMs;
}

/** The API server has it: phase is set. Placeholders for missing pods have no phase. */
export const isCreated = (pod: Pod): boolean => !!pod.status?.phase;
export const isPending = (pod: Pod): boolean => pod.status?.phase === 'Pending';
export const isFailed = (pod: Pod): boolean => pod.status?.phase === 'Failed';
export const isSucceeded = (pod: Pod): boolean => pod.status?.phase === 'Succeeded';
/** Graceful deletion has started (deletionTimestamp set). */
export const isTerminating = (pod: Pod): boolean => !!pod.metadata?.deletionTimestamp;
/** Running, Ready and not terminating. */
export const isHealthy = (pod: Pod): boolean => isRunningAndReady(pod) && !isTerminating(pod);

/** Not healthy, or not yet available for minReadySeconds. */
export function isUnavailable(pod: Pod, set: StatefulSet, nowMs: number): boolean {
  // !isHealthy(pod) || !isRunningAndAvailable(pod, minReadySeconds, nowMs), reading the Ready condition once.
  if (pod.status?.phase !== 'Running' || isTerminating(pod)) return true;
  const ready = readyCondition(pod);
  if (ready?.status !== 'True') return true;
  const mrs = minReadySecondsOf(set);
  return mrs > 0 && !(availableAfter(ready.lastTransitionTime, mrs) <= nowMs);
}

/** podManagementPolicy Parallel: create and delete without waiting. */
export function allowsBurst(set: StatefulSet): boolean {
  return set.spec?.podManagementPolicy === 'Parallel';
}

/** The ControllerRevision name in the pod's controller-revision-hash label, or ''. */
export function getPodRevision(pod: Pod): string {
  return pod.metadata?.labels?.[REVISION_LABEL] ?? '';
}
