// The pods ClaimPods has to look at for one set (stateful_set.go getPodsForStatefulSet lists the namespace's pods and
// filters them by controller ref and selector): those the set controls, and orphans its selector and name accept.
// Every other pod of the namespace is skipped by ClaimPods without a write, so leaving it out changes nothing. Like
// an informer's indexer, the list is kept current from what changed: built once from the namespace's pods, then
// patched with the pods the working copy wrote since (its write log, IndexSource.writesSince). It lives in the run's
// store (view.memo), one per set; a view without a store or a write log builds it afresh every sync. Either way it
// holds exactly the candidates the view holds, in the view's list order (by name), with their facts (podFacts.ts).
import type { KObject, LabelSelector } from '../../api/types';
import type { ClusterView } from '../../controllers/types';
import type { Pod, StatefulSet } from './k8sTypes';
import { typed } from './k8sTypes';
import { selectorMatches, type Labels } from '../../api/labels';
import { cacheTable } from '../../engine/runCache';
import { followWrites } from '../../engine/followWrites';
import { factsOf, memberOf, type PodFacts, type PodFactsStore } from './podFacts';
import { lowerBound } from '../../engine/sortedList';

export interface PodIndex {
  /** The set it was built for: its uid, name and selector object (another set, or a new selector, builds afresh). */
  readonly uid: string | undefined;
  readonly setName: string | undefined;
  readonly selector: LabelSelector | undefined;
  /** The candidates' names, sorted like view.list (by key within one namespace). */
  readonly names: string[];
  /** The candidates' facts, parallel to names (changed only by indexPod). */
  readonly facts: PodFacts[];
  /** The candidates' pods, parallel to names (changed only by indexPod). */
  readonly pods: Pod[];
  /** How many candidates ClaimPods would adopt, release or skip (not a controlled member): 0 in a settled set. */
  others: number;
  /** The working copy's Pod write mark the index is current at (undefined: no write log). */
  mark: number | undefined;
  /**
   * Names whose entry indexPod changed since the slot table (slotTable.ts) last read them: the table follows the
   * index as the index follows the write log. Bounded by the names the index has held.
   */
  readonly changed: Set<string>;
}

/**
 * selectorMatches(selector, ·) on a pod's labels, with a `matchLabels`-only selector read once: its pairs are
 * compared directly (a label value is a string, so `labels[k] === v` holds only for an own label).
 */
export function selectorOf(selector: LabelSelector | undefined): (pod: Pod) => boolean {
  if (!selector || selector.matchExpressions?.length) return (pod) => selectorMatches(selector, pod.metadata.labels);
  const keys = Object.keys(selector.matchLabels ?? {});
  const values = keys.map((k) => selector.matchLabels![k]!);
  return (pod) => {
    const labels: Labels | undefined = pod.metadata.labels;
    for (let i = 0; i < keys.length; i++) if (!labels || labels[keys[i]!] !== values[i]) return false;
    return true;
  };
}

/** True when ClaimPods could act on the pod for this set: it controls the pod, or the pod is an orphan it selects. */
function isCandidate(f: PodFacts, set: StatefulSet, selects: (pod: Pod) => boolean): boolean {
  return f.hasController ? f.controllerUid === set.metadata.uid : memberOf(f, set, selects);
}

/** 1 for a candidate ClaimPods does more with than keep (an orphan, a controlled pod that stopped matching), else 0. */
function otherness(f: PodFacts, set: StatefulSet, selects: (pod: Pod) => boolean): number {
  return f.hasController && memberOf(f, set, selects) ? 0 : 1;
}

/** The index of `pods` (one namespace's, in list order) for the set. */
export function buildPodIndex(set: StatefulSet, store: PodFactsStore, pods: readonly KObject[]): PodIndex {
  const selects = selectorOf(set.spec?.selector);
  const index: PodIndex = {
    uid: set.metadata.uid, setName: set.metadata.name, selector: set.spec?.selector, names: [], facts: [], pods: [],
    others: 0, mark: undefined, changed: new Set(),
  };
  for (let i = 0; i < pods.length; i++) {
    const f = factsOf(store, typed<Pod>(pods[i]!));
    if (!isCandidate(f, set, selects)) continue;
    index.names.push(f.pod.metadata.name ?? '');
    index.facts.push(f);
    index.pods.push(f.pod);
    index.others += otherness(f, set, selects);
  }
  return index;
}

/** Put the pod named `name` (undefined: gone) in or out of the index, as isCandidate says. */
export function indexPod(index: PodIndex, set: StatefulSet, store: PodFactsStore, selects: (pod: Pod) => boolean, name: string, pod: Pod | undefined): void {
  const at = lowerBound(index.names, name);
  const present = at < index.names.length && index.names[at] === name;
  const f = pod && factsOf(store, pod);
  if (present) index.others -= otherness(index.facts[at]!, set, selects);
  if (f && isCandidate(f, set, selects)) {
    index.changed.add(name);
    index.others += otherness(f, set, selects);
    if (present) { index.facts[at] = f; index.pods[at] = f.pod; }
    else { index.names.splice(at, 0, name); index.facts.splice(at, 0, f); index.pods.splice(at, 0, f.pod); }
  } else if (present) {
    index.changed.add(name);
    index.names.splice(at, 1);
    index.facts.splice(at, 1);
    index.pods.splice(at, 1);
  }
}

/** True when the index answers for this set (same uid, name and selector object). */
function indexCovers(index: PodIndex, set: StatefulSet): boolean {
  return index.uid === set.metadata.uid && index.setName === set.metadata.name && index.selector === set.spec?.selector;
}

/**
 * The set's candidate pods as the view holds them now: the run's index for the set brought up to date with the pods
 * written since it was last used, or (another set of that name, a new selector, a lost write log, no store) built
 * afresh.
 */
export function currentPodIndex(view: ClusterView, set: StatefulSet, namespace: string, store: PodFactsStore): PodIndex {
  let selects: ((pod: Pod) => boolean) | undefined; // made on the first write to patch, once per sync
  return followWrites(view, cacheTable(view.memo, 'sts-pod-index', () => new Map<string, PodIndex>()), {
    kind: 'Pod',
    namespace,
    id: `${namespace}/${set.metadata.name}`,
    covers: (index) => indexCovers(index, set),
    patch: (index, name, obj) => indexPod(index, set, store, (selects ??= selectorOf(set.spec?.selector)), name, obj && typed<Pod>(obj)),
    build: (pods) => buildPodIndex(set, store, pods),
  });
}
