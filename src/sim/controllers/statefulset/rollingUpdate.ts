// Mirrors the RollingUpdate tail of kubernetes/kubernetes pkg/controller/statefulset/stateful_set_control.go
// (updateStatefulSet's destructive-update loop, and updateStatefulSetAfterInvariantEstablished when the
// MaxUnavailableStatefulSet feature gate is on). Walks slots from the highest down to the partition (slot-relative:
// partition counts from spec.ordinals.start) and deletes pods not at the update revision; the slot loop recreates them.
import type { Pod } from './k8sTypes';
import type { SyncContext } from './syncContext';
import { deletedInSync, note } from './syncContext';
import { replicaName, type Slots } from './statefulSetControl';
import { getPodRevision, isCreated, isTerminating, isUnavailable } from './statefulSetUtils';
import { getStatefulSetMaxUnavailable, partitionOf, replicasOf } from './statefulSetSpec';
import { deleteStatefulPod } from './statefulPodControl';
import * as why from './why';

/** Not at the update revision and not already going away: a candidate for replacement. */
function needsUpdate(ctx: SyncContext, s: Slots, pod: Pod | undefined): pod is Pod {
  return pod !== undefined && isCreated(pod) && getPodRevision(pod) !== s.revs.update.metadata.name && !isTerminating(pod) &&
    !deletedInSync(ctx, `Pod/${ctx.namespace}/${pod.metadata.name}`);
}

/** Runs the destructive update; returns the change to status.currentReplicas (one per deleted pod, negative). */
export function rollingUpdate(ctx: SyncContext, s: Slots): number {
  if (ctx.view.config.featureGates['MaxUnavailableStatefulSet']) return rollingUpdateMaxUnavailable(ctx, s);
  const updateMin = partitionOf(ctx.set);
  for (let target = s.replicas.length - 1; target >= updateMin; target--) {
    const pod = s.replicas[target];
    if (needsUpdate(ctx, s, pod)) {
      deleteStatefulPod(ctx, pod);
      note(ctx, 'delete', why.updating([pod], s, updateMin));
      return -1;
    }
    // Wait for unavailable pods on update (an empty slot's pod is not created yet: unavailable).
    if (pod === undefined || isUnavailable(pod, ctx.set, ctx.nowMs)) {
      note(ctx, 'wait', why.updateWaits(s, target));
      return 0;
    }
  }
  why.updateDone(ctx, s, updateMin);
  return 0;
}

/** With maxUnavailable: replace up to maxUnavailable − unavailable pods at once, highest slot first. */
function rollingUpdateMaxUnavailable(ctx: SyncContext, s: Slots): number {
  const updateMin = partitionOf(ctx.set);
  const maxUnavailable = getStatefulSetMaxUnavailable(ctx.set.spec?.updateStrategy?.rollingUpdate?.maxUnavailable, replicasOf(ctx.set));
  const unavailable: string[] = [];
  for (let i = 0; i < s.replicas.length; i++) {
    const p = s.replicas[i];
    if (p === undefined || isUnavailable(p, ctx.set, ctx.nowMs)) unavailable.push(replicaName(s, i));
  }
  if (unavailable.length >= maxUnavailable) {
    if (s.replicas.slice(updateMin).some((p) => needsUpdate(ctx, s, p))) {
      note(ctx, 'wait', why.maxUnavailableWaits(unavailable, maxUnavailable));
    }
    return 0;
  }
  const deleted: Pod[] = [];
  for (let target = s.replicas.length - 1; target >= updateMin && deleted.length < maxUnavailable - unavailable.length; target--) {
    const pod = s.replicas[target];
    if (!needsUpdate(ctx, s, pod)) continue;
    deleteStatefulPod(ctx, pod);
    deleted.push(pod);
  }
  if (deleted.length > 0) note(ctx, 'delete', why.updating(deleted, s, updateMin, maxUnavailable));
  else why.updateDone(ctx, s, updateMin);
  return -deleted.length;
}
