// Mirrors kubernetes/kubernetes pkg/controller/deployment/recreate.go (rolloutRecreate,
// scaleDownOldReplicaSetsForRecreate, oldPodsRunning, scaleUpNewReplicaSetForRecreate).
import type { Pod, ReplicaSet } from './types';
import { replicasOf } from './types';
import type { SyncContext } from './syncContext';
import { scaleAndRecord } from './syncContext';
import { getAllReplicaSetsAndSyncRevision } from './newReplicaSet';
import { syncRolloutStatus } from './progress';
import { cleanupDeployment } from './sync';
import { deploymentComplete } from './conditions';
import { actualReplicas, filterActive } from './replicaSetUtil';
import { reason } from '../../reasons';

/** Pods of the Deployment's ReplicaSets, by RS uid (getPodMapForDeployment). */
export type PodMap = ReadonlyMap<string, readonly Pod[]>;

/** Old pods that still exist and are not Succeeded/Failed — terminating ones count (oldPodsRunning). */
export function oldPodsRunning(newRS: ReplicaSet | undefined, oldRSs: readonly ReplicaSet[], podMap: PodMap): number {
  const counted = actualReplicas(oldRSs);
  let running = 0;
  for (const [uid, pods] of podMap) {
    if (newRS && newRS.metadata.uid === uid) continue;
    running += pods.filter((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed').length;
  }
  return Math.max(counted, running);
}

export function rolloutRecreate(s: SyncContext, rsList: readonly ReplicaSet[], podMap: PodMap): void {
  let { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, rsList, false);
  let scaledDown = false;
  for (const rs of filterActive(oldRSs)) {
    const why = reason('deploy.recreateScaledDown', { rs: rs.metadata.name ?? '' });
    if (scaleAndRecord(s, rs, 0, why).scaled) scaledDown = true;
  }
  if (scaledDown) return syncRolloutStatus(s, [...oldRSs, newRS], newRS);
  const running = oldPodsRunning(newRS, oldRSs, podMap);
  if (running > 0) {
    s.whys.push(reason('deploy.recreateWaiting', { running }));
    return syncRolloutStatus(s, [...oldRSs, newRS], newRS);
  }
  if (!newRS) {
    ({ newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, rsList, true));
    if (newRS && s.created.has(newRS.metadata.name ?? '')) {
      s.whys.push(reason('deploy.recreateCreated', { rs: newRS.metadata.name ?? '', replicas: replicasOf(newRS) }));
    }
  }
  if (newRS) {
    const want = replicasOf(s.d);
    scaleAndRecord(s, newRS, want, reason('deploy.recreateScaledUp', { rs: newRS.metadata.name ?? '', replicas: want }));
  }
  if (deploymentComplete(s.d, s.d.status ?? {})) cleanupDeployment(s, oldRSs);
  syncRolloutStatus(s, [...oldRSs, newRS], newRS);
}
