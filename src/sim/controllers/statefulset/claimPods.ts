// Mirrors kubernetes/kubernetes pkg/controller/statefulset/stateful_set.go (getPodsForStatefulSet) and
// pkg/controller/controller_ref_manager.go (PodControllerRefManager.ClaimPods, AdoptPod, ReleasePod).
// A pod belongs to the set when its labels match the selector AND its name parses to the set's name:
// matching orphans are adopted, owned pods that stop matching are released.
import type { Pod } from './k8sTypes';
import { untyped } from './k8sTypes';
import type { SyncContext } from './syncContext';
import { note, updateObject } from './syncContext';
import { controllerRefTo } from './history';
import { memberOf, type PodFacts } from './podFacts';
import { currentPodIndex, selectorOf } from './podIndex';
import { reason } from '../../reasons';

/**
 * The set's pods, after adopting matching orphans and releasing owned pods that no longer match (ClaimPods over the
 * namespace's pods). Only the pods the set controls and the orphans it selects are looked at (podIndex.ts): ClaimPods
 * skips every other pod without a write.
 */
export function getPodsForStatefulSet(ctx: SyncContext): readonly Pod[] {
  const { set } = ctx;
  const index = currentPodIndex(ctx.view, set, ctx.namespace, ctx.facts);
  if (index.others === 0) {
    // Every candidate is a pod the set controls and still selects: ClaimPods keeps them all, as they are. The
    // index's own arrays, read (never kept or changed) by this sync: the index changes only when the next one asks.
    ctx.listed = index.facts;
    ctx.listedIndex = index;
    return index.pods;
  }
  const out: Pod[] = [];
  const candidates = index.facts;
  const listed: PodFacts[] = [];
  const selects = selectorOf(set.spec?.selector);
  for (let i = 0; i < candidates.length; i++) {
    const f = candidates[i]!;
    const pod = f.pod;
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
