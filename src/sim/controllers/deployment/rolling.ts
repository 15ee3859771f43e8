// Mirrors kubernetes/kubernetes pkg/controller/deployment/rolling.go (rolloutRolling, reconcileNewReplicaSet,
// reconcileOldReplicaSets, cleanupUnhealthyReplicas, scaleDownOldReplicaSetsForRollingUpdate).
import type { ReplicaSet } from './types';
import { replicasOf } from './types';
import type { SyncContext } from './syncContext';
import { current, scaleAndRecord } from './syncContext';
import { getAllReplicaSetsAndSyncRevision } from './newReplicaSet';
import { syncRolloutStatus } from './progress';
import { cleanupDeployment } from './sync';
import { deploymentComplete } from './conditions';
import { maxSurge, maxUnavailable } from './fenceposts';
import { availableReplicas, byCreation, filterActive, newRSNewReplicas, specReplicas } from './replicaSetUtil';
import { reason } from '../../reasons';

const knobs = (s: SyncContext) => ({ maxUnavailable: maxUnavailable(s.d), maxSurge: maxSurge(s.d) });

export function rolloutRolling(s: SyncContext, rsList: readonly ReplicaSet[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, rsList, true);
  if (!newRS) return syncRolloutStatus(s, [...oldRSs], undefined);
  if (s.created.has(newRS.metadata.name ?? '')) explainCreated(s, newRS, oldRSs);
  const all = [...oldRSs, newRS];
  if (reconcileNewReplicaSet(s, all, newRS)) return syncRolloutStatus(s, all, newRS);
  if (reconcileOldReplicaSets(s, all, filterActive(oldRSs), newRS)) return syncRolloutStatus(s, all, newRS);
  if (deploymentComplete(s.d, s.d.status ?? {})) cleanupDeployment(s, oldRSs);
  syncRolloutStatus(s, all, newRS);
}

function explainCreated(s: SyncContext, rs: ReplicaSet, oldRSs: readonly ReplicaSet[]): void {
  const n = replicasOf(rs);
  if (filterActive(oldRSs).length === 0) {
    s.whys.push(reason('deploy.scaledUpFirst', { rs: rs.metadata.name ?? '', replicas: n }));
  } else {
    s.whys.push(reason('deploy.newRsCreated', { rs: rs.metadata.name ?? '', replicas: n, ...knobs(s), total: replicasOf(s.d) + maxSurge(s.d) }));
  }
}

/** Scale the new RS up as far as maxSurge allows (or down to spec.replicas). */
function reconcileNewReplicaSet(s: SyncContext, all: readonly ReplicaSet[], newRSIn: ReplicaSet): boolean {
  const newRS = current(s, newRSIn);
  const desired = replicasOf(s.d);
  const have = replicasOf(newRS);
  if (have === desired) return false;
  if (have > desired) return scaleAndRecord(s, newRS, desired, reason('deploy.newRsScaledDown', { rs: newRS.metadata.name ?? '', replicas: desired })).scaled;
  const want = newRSNewReplicas(s.d, all.map((rs) => current(s, rs)), newRS);
  const why = reason('deploy.newRsScaledUp', { rs: newRS.metadata.name ?? '', replicas: want, ...knobs(s), total: desired + maxSurge(s.d) });
  return scaleAndRecord(s, newRS, want, why).scaled;
}

/** Scale old RSs down while keeping spec.replicas − maxUnavailable pods available. */
function reconcileOldReplicaSets(s: SyncContext, allIn: readonly ReplicaSet[], oldIn: readonly ReplicaSet[], newRSIn: ReplicaSet): boolean {
  const all = allIn.map((rs) => current(s, rs));
  const oldRSs = oldIn.map((rs) => current(s, rs));
  const newRS = current(s, newRSIn);
  if (specReplicas(oldRSs) === 0) return false;
  const minAvailable = replicasOf(s.d) - maxUnavailable(s.d);
  const newUnavailable = replicasOf(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = specReplicas(all) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return false;
  const cleaned = cleanupUnhealthyReplicas(s, oldRSs, maxScaledDown);
  const scaled = scaleDownOldReplicaSets(s, [...oldRSs, newRS], oldRSs);
  return cleaned + scaled > 0;
}

/** Remove old pods that are not available first: they do not count towards availability anyway. */
function cleanupUnhealthyReplicas(s: SyncContext, oldRSs: readonly ReplicaSet[], maxCleanup: number): number {
  let total = 0;
  for (const rsIn of [...oldRSs].sort(byCreation)) {
    const rs = current(s, rsIn);
    if (total >= maxCleanup) break;
    const unhealthy = replicasOf(rs) - (rs.status?.availableReplicas ?? 0);
    if (replicasOf(rs) === 0 || unhealthy <= 0) continue;
    const n = Math.min(maxCleanup - total, unhealthy);
    const to = replicasOf(rs) - n;
    scaleAndRecord(s, rs, to, reason('deploy.oldRsUnhealthyRemoved', { rs: rs.metadata.name ?? '', replicas: to, removed: n, ...knobs(s) }));
    total += n;
  }
  return total;
}

/** Scale old RSs down, oldest first, by how many available pods exceed the minimum. */
function scaleDownOldReplicaSets(s: SyncContext, allIn: readonly ReplicaSet[], oldIn: readonly ReplicaSet[]): number {
  const all = allIn.map((rs) => current(s, rs));
  const minAvailable = replicasOf(s.d) - maxUnavailable(s.d);
  const available = availableReplicas(all);
  if (available <= minAvailable) return 0;
  const target = available - minAvailable;
  let total = 0;
  for (const rsIn of [...oldIn].sort(byCreation)) {
    const rs = current(s, rsIn);
    if (total >= target) break;
    if (replicasOf(rs) === 0) continue;
    const n = Math.min(replicasOf(rs), target - total);
    const to = replicasOf(rs) - n;
    scaleAndRecord(s, rs, to, reason('deploy.oldRsScaledDown', { rs: rs.metadata.name ?? '', replicas: to, ...knobs(s), available, minAvailable }));
    total += n;
  }
  return total;
}
