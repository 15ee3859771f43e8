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

const knobs = (s: SyncContext) => `maxUnavailable ${maxUnavailable(s.d)}, maxSurge ${maxSurge(s.d)}`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

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
    s.whys.push(`Scaled up new ReplicaSet ${rs.metadata.name} to ${n}: a Deployment starts all pods at once, no ordering`);
  } else {
    s.whys.push(`Rolling update: the pod template changed, so new ReplicaSet ${rs.metadata.name} was created with ${plural(n, 'replica')} (${knobs(s)}: at most ${replicasOf(s.d) + maxSurge(s.d)} pods in total)`);
  }
}

/** Scale the new RS up as far as maxSurge allows (or down to spec.replicas). */
function reconcileNewReplicaSet(s: SyncContext, all: readonly ReplicaSet[], newRSIn: ReplicaSet): boolean {
  const newRS = current(s, newRSIn);
  const desired = replicasOf(s.d);
  const have = replicasOf(newRS);
  if (have === desired) return false;
  if (have > desired) return scaleAndRecord(s, newRS, desired, `Scaled new ReplicaSet ${newRS.metadata.name} down to ${desired}: spec.replicas is ${desired}`).scaled;
  const want = newRSNewReplicas(s.d, all.map((rs) => current(s, rs)), newRS);
  const why = `Rolling update: scaled new ReplicaSet ${newRS.metadata.name} up to ${want} (${knobs(s)}: at most ${desired + maxSurge(s.d)} pods in total)`;
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
    scaleAndRecord(s, rs, to, `Rolling update: scaled old ReplicaSet ${rs.metadata.name} down to ${to}, removing ${plural(n, 'unavailable pod')} first (${knobs(s)})`);
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
    scaleAndRecord(s, rs, to, `Rolling update: scaled old ReplicaSet ${rs.metadata.name} down to ${to} (${knobs(s)}: ${available} pods available, at least ${minAvailable} must stay available)`);
    total += n;
  }
  return total;
}
