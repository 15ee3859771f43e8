// Mirrors kubernetes/kubernetes pkg/controller/statefulset/stateful_set.go (getPodsForStatefulSet) and
// pkg/controller/controller_ref_manager.go (PodControllerRefManager.ClaimPods, AdoptPod, ReleasePod).
// A pod belongs to the set when its labels match the selector AND its name parses to the set's name:
// matching orphans are adopted, owned pods that stop matching are released.
import type { Pod } from './k8sTypes';
import { typed, untyped } from './k8sTypes';
import type { SyncContext } from './syncContext';
import { note, updateObject } from './syncContext';
import { selectorMatches } from '../../api/labels';
import { controllerRefTo } from './history';
import { isMemberOf } from './statefulSetUtils';

const controllerOf = (pod: Pod) => (pod.metadata.ownerReferences ?? []).find((r) => r.controller);

/** The set's pods, after adopting matching orphans and releasing owned pods that no longer match. */
export function getPodsForStatefulSet(ctx: SyncContext): Pod[] {
  const { set } = ctx;
  const uid = set.metadata.uid;
  const out: Pod[] = [];
  for (const obj of ctx.view.list('Pod', ctx.namespace)) {
    const pod = typed<Pod>(obj);
    const matches = selectorMatches(set.spec?.selector, pod.metadata.labels) && isMemberOf(set, pod);
    const ref = controllerOf(pod);
    if (ref) {
      if (ref.uid !== uid) continue;
      if (matches) out.push(pod);
      else if (!pod.metadata.deletionTimestamp) releasePod(ctx, pod);
      continue;
    }
    if (!matches || pod.metadata.deletionTimestamp || set.metadata.deletionTimestamp) continue;
    out.push(adoptPod(ctx, pod));
  }
  return out;
}

function adoptPod(ctx: SyncContext, pod: Pod): Pod {
  const adopted: Pod = {
    ...pod,
    metadata: { ...pod.metadata, ownerReferences: [...(pod.metadata.ownerReferences ?? []), controllerRefTo(ctx.set)] },
  };
  updateObject(ctx, untyped(adopted));
  note(ctx, 'update', `Adopted orphan pod ${pod.metadata.name}: its name and labels match StatefulSet ${ctx.set.metadata.name}`);
  return adopted;
}

function releasePod(ctx: SyncContext, pod: Pod): void {
  const refs = (pod.metadata.ownerReferences ?? []).filter((r) => r.uid !== ctx.set.metadata.uid);
  const { ownerReferences: _old, ...meta } = pod.metadata;
  updateObject(ctx, untyped({ ...pod, metadata: refs.length ? { ...meta, ownerReferences: refs } : meta }));
  note(ctx, 'update', `Released pod ${pod.metadata.name}: it no longer matches the selector of StatefulSet ${ctx.set.metadata.name}`);
}
