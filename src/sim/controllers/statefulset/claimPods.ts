// Mirrors kubernetes/kubernetes pkg/controller/statefulset/stateful_set.go (getPodsForStatefulSet) and
// pkg/controller/controller_ref_manager.go (PodControllerRefManager.ClaimPods, AdoptPod, ReleasePod).
// A pod belongs to the set when its labels match the selector AND its name parses to the set's name:
// matching orphans are adopted, owned pods that stop matching are released.
import type { Pod } from './k8sTypes';
import { typed, untyped } from './k8sTypes';
import type { SyncContext } from './syncContext';
import { note, updateObject } from './syncContext';
import { selectorMatches, type Labels } from '../../api/labels';
import type { LabelSelector } from '../../api/types';
import { controllerRefTo } from './history';
import { factsOf, memberOf, type PodFacts } from './podFacts';
import { reason } from '../../reasons';

/**
 * selectorMatches(selector, ·), with a `matchLabels`-only selector read once: its pairs are compared directly (a
 * label value is a string, so `labels[k] === v` holds only for an own label).
 */
function selectorOf(selector: LabelSelector | undefined): (labels: Labels) => boolean {
  if (!selector || selector.matchExpressions?.length) return (labels) => selectorMatches(selector, labels);
  const keys = Object.keys(selector.matchLabels ?? {});
  const values = keys.map((k) => selector.matchLabels![k]!);
  return (labels) => {
    for (let i = 0; i < keys.length; i++) if (!labels || labels[keys[i]!] !== values[i]) return false;
    return true;
  };
}

/**
 * The set's pods, after adopting matching orphans and releasing owned pods that no longer match (ClaimPods over the
 * namespace's pods). A pod controlled by another owner is skipped before its labels are read.
 */
export function getPodsForStatefulSet(ctx: SyncContext): Pod[] {
  const { set } = ctx;
  const out: Pod[] = [];
  const list = ctx.view.list('Pod', ctx.namespace);
  const listed: PodFacts[] = [];
  const labelsMatch = selectorOf(set.spec?.selector);
  const selects = (pod: Pod): boolean => labelsMatch(pod.metadata.labels);
  const uid = set.metadata.uid;
  for (let i = 0; i < list.length; i++) {
    const pod = typed<Pod>(list[i]!);
    const f = factsOf(ctx.facts, pod);
    if (f.hasController && f.controllerUid !== uid) continue;
    const matches = memberOf(f, set, selects);
    if (f.hasController) {
      if (matches) { out.push(pod); listed.push(f); }
      else if (!f.isTerminating) releasePod(ctx, pod);
      continue;
    }
    if (!matches || f.isTerminating || set.metadata.deletionTimestamp) continue;
    out.push(adoptPod(ctx, pod));
  }
  ctx.listed = listed;
  return out;
}

function adoptPod(ctx: SyncContext, pod: Pod): Pod {
  const adopted: Pod = {
    ...pod,
    metadata: { ...pod.metadata, ownerReferences: [...(pod.metadata.ownerReferences ?? []), controllerRefTo(ctx.set)] },
  };
  updateObject(ctx, untyped(adopted));
  note(ctx, 'update', reason('sts.adoptedPod', { pod: pod.metadata.name ?? '', set: ctx.set.metadata.name ?? '' }));
  return adopted;
}

function releasePod(ctx: SyncContext, pod: Pod): void {
  const refs = (pod.metadata.ownerReferences ?? []).filter((r) => r.uid !== ctx.set.metadata.uid);
  const { ownerReferences: _old, ...meta } = pod.metadata;
  updateObject(ctx, untyped({ ...pod, metadata: refs.length ? { ...meta, ownerReferences: refs } : meta }));
  note(ctx, 'update', reason('sts.releasedPod', { pod: pod.metadata.name ?? '', set: ctx.set.metadata.name ?? '' }));
}
