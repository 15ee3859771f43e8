// Mirrors the RollingUpdate tail of kubernetes/kubernetes pkg/controller/statefulset/stateful_set_control.go
// (updateStatefulSet's destructive-update loop, and updateStatefulSetAfterInvariantEstablished when the
// MaxUnavailableStatefulSet feature gate is on). Walks slots from the highest down to the partition (slot-relative:
// partition counts from spec.ordinals.start) and deletes pods not at the update revision; the slot loop recreates them.
import type { Pod } from './k8sTypes';
import type { SyncContext } from './syncContext';
import { deletedInSync, note } from './syncContext';
import type { Slots } from './statefulSetControl';
import { isUnavailableFacts } from './podFacts';
import { getStatefulSetMaxUnavailable, minReadySecondsOf, partitionOf, replicasOf } from './statefulSetSpec';
import { deleteStatefulPod } from './statefulPodControl';
import * as why from './why';

/** Not at the update revision and not already going away: a candidate for replacement. */
function needsUpdate(ctx: SyncContext, s: Slots, i: number): boolean {
  const f = s.facts[i];
  return f !== undefined && f.isCreated && f.revision !== s.revs.update.metadata.name && !f.isTerminating &&
    !deletedInSync(ctx, `Pod/${ctx.namespace}/${f.pod.metadata.name}`);
}

/** isUnavailable of slot i (a slot without facts holds no pod, or one created in this sync: not available yet). */
function unavailable(ctx: SyncContext, s: Slots, i: number): boolean {
  const f = s.facts[i];
  return f === undefined || isUnavailableFacts(f, minReadySecondsOf(ctx.set), ctx.nowMs);
}

/** Runs the destructive update; returns the change to status.currentReplicas (one per deleted pod, negative). */
export function rollingUpdate(ctx: SyncContext, s: Slots): number {
  if (ctx.view.config.featureGates['MaxUnavailableStatefulSet']) return rollingUpdateMaxUnavailable(ctx, s);
  const updateMin = partitionOf(ctx.set);
  for (let target = s.replicas.length - 1; target >= updateMin; target--) {
    if (needsUpdate(ctx, s, target)) {
      const pod = s.replicas[target]!;
      deleteStatefulPod(ctx, pod);
      note(ctx, 'delete', why.updating([pod], s, updateMin));
      return -1;
    }
    // Wait for unavailable pods on update (an empty slot's pod is not created yet: unavailable).
    if (unavailable(ctx, s, target)) {
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
  const unavailableNames: string[] = [];
  for (let i = 0; i < s.replicas.length; i++) if (unavailable(ctx, s, i)) unavailableNames.push(why.replicaName(s, i));
  if (unavailableNames.length >= maxUnavailable) {
    if (s.replicas.some((_, i) => i >= updateMin && needsUpdate(ctx, s, i))) {
      note(ctx, 'wait', why.maxUnavailableWaits(unavailableNames, maxUnavailable));
    }
    return 0;
  }
  const deleted: Pod[] = [];
  for (let target = s.replicas.length - 1; target >= updateMin && deleted.length < maxUnavailable - unavailableNames.length; target--) {
    if (!needsUpdate(ctx, s, target)) continue;
    const pod = s.replicas[target]!;
    deleteStatefulPod(ctx, pod);
    deleted.push(pod);
  }
  if (deleted.length > 0) note(ctx, 'delete', why.updating(deleted, s, updateMin, maxUnavailable));
  else why.updateDone(ctx, s, updateMin);
  return -deleted.length;
}
