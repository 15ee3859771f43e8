// Mirrors kubernetes/kubernetes pkg/controller/deployment/sync.go (syncStatusOnly, sync, checkPausedConditions,
// isScalingEvent, scale, cleanupDeployment).
import type { ReplicaSet } from './types';
import { replicasOf } from './types';
import type { SyncContext } from './syncContext';
import { current, scaleAndRecord, scaleReplicaSet } from './syncContext';
import { getAllReplicaSetsAndSyncRevision } from './newReplicaSet';
import { syncDeploymentStatus } from './progress';
import { PAUSED, RESUMED, TIMED_OUT, getCondition, hasProgressDeadline, newCondition, setCondition } from './conditions';
import { desiredReplicasOf } from './annotations';
import { isRollingUpdate, maxSurge } from './fenceposts';
import { bySizeNewer, bySizeOlder, byRevision, filterActive, findActiveOrLatest, getProportion, isSaturated, specReplicas } from './replicaSetUtil';
import { reason } from '../../reasons';

/** A Deployment being deleted: only its status is kept up to date. */
export function syncStatusOnly(s: SyncContext, rsList: readonly ReplicaSet[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, rsList, false);
  syncDeploymentStatus(s, [...oldRSs, newRS], newRS);
}

/** Progressing=Unknown DeploymentPaused / DeploymentResumed, so time spent paused is not counted as no progress. */
export function checkPausedConditions(s: SyncContext): void {
  if (!hasProgressDeadline(s.d)) return;
  const cond = getCondition(s.status, 'Progressing');
  if (cond?.reason === TIMED_OUT) return;
  const pausedCond = cond?.reason === PAUSED;
  const paused = s.d.spec?.paused === true;
  if (paused && !pausedCond) s.status = setCondition(s.status, newCondition('Progressing', 'Unknown', PAUSED, 'Deployment is paused', s.view.nowMs));
  else if (!paused && pausedCond) s.status = setCondition(s.status, newCondition('Progressing', 'Unknown', RESUMED, 'Deployment is resumed', s.view.nowMs));
}

/** Whether spec.replicas differs from what an active RS was last sized for (desired-replicas annotation). */
export function isScalingEvent(s: SyncContext, rsList: readonly ReplicaSet[]): boolean {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, rsList, false);
  return filterActive([...oldRSs, newRS]).some((rs) => {
    const desired = desiredReplicasOf(current(s, rs));
    return desired !== undefined && desired !== replicasOf(s.d);
  });
}

/** Scaling or paused: resize ReplicaSets, never roll out (sync). */
export function sync(s: SyncContext, rsList: readonly ReplicaSet[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, rsList, false);
  scale(s, newRS, oldRSs);
  if (s.d.spec?.paused) cleanupDeployment(s, oldRSs);
  syncDeploymentStatus(s, [...oldRSs, newRS], newRS);
}

/** Share a change of spec.replicas among the active ReplicaSets, in proportion to their sizes (scale). */
export function scale(s: SyncContext, newRS: ReplicaSet | undefined, oldRSs: readonly ReplicaSet[]): void {
  const d = s.d;
  const replicas = replicasOf(d);
  const only = findActiveOrLatest(newRS, oldRSs);
  if (only) {
    const from = replicasOf(current(s, only));
    if (from !== replicas) scaleAndRecord(s, only, replicas, reason('deploy.onlyRsScaled', { rs: only.metadata.name ?? '', from, replicas }));
    return;
  }
  if (isSaturated(d, newRS)) {
    for (const old of filterActive(oldRSs)) scaleAndRecord(s, old, 0, reason('deploy.saturatedOldScaledDown', { rs: old.metadata.name ?? '', replicas }));
    return;
  }
  if (!isRollingUpdate(d)) return;
  const all = filterActive([...oldRSs, newRS].map((rs) => rs && current(s, rs)));
  const allowed = replicas > 0 ? replicas + maxSurge(d) : 0;
  const toAdd = allowed - specReplicas(all);
  if (toAdd > 0) all.sort(bySizeNewer);
  else if (toAdd < 0) all.sort(bySizeOlder);
  let added = 0;
  const sizes = all.map((rs) => {
    const p = toAdd !== 0 ? getProportion(rs, d, toAdd, added) : 0;
    added += p;
    return replicasOf(rs) + p;
  });
  if (toAdd !== 0 && sizes.length) sizes[0] = Math.max(0, sizes[0]! + toAdd - added);
  const sizeChanges = all.map((rs, i) => reason('deploy.sizeChange', { rs: rs.metadata.name ?? '', from: replicasOf(rs), to: sizes[i]! }));
  const why = reason('deploy.proportional', { replicas, count: Math.abs(toAdd), direction: toAdd >= 0 ? 'added' : 'removed', sizes: sizeChanges });
  const scaled = all.map((rs, i) => scaleReplicaSet(s, rs, sizes[i]!).scaled);
  if (scaled.some(Boolean)) s.whys.push(why);
}

/** Delete the oldest fully scaled-down ReplicaSets beyond revisionHistoryLimit (cleanupDeployment). */
export function cleanupDeployment(s: SyncContext, oldRSs: readonly ReplicaSet[]): void {
  const limit = s.d.spec?.revisionHistoryLimit;
  if (limit === undefined || limit === null) return;
  const cleanable = oldRSs.map((rs) => current(s, rs)).filter((rs) => !rs.metadata.deletionTimestamp).sort(byRevision);
  const diff = cleanable.length - limit;
  for (let i = 0; i < diff; i++) {
    const rs = cleanable[i]!;
    if ((rs.status?.replicas ?? 0) !== 0 || replicasOf(rs) !== 0 || (rs.metadata.generation ?? 0) > (rs.status?.observedGeneration ?? 0)) continue;
    s.deleted.push(rs);
    s.whys.push(reason('deploy.historyCleaned', { rs: rs.metadata.name ?? '', limit }));
  }
}
