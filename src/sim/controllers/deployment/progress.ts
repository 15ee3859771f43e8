// Mirrors kubernetes/kubernetes pkg/controller/deployment/sync.go (calculateStatus, syncDeploymentStatus) and
// progress.go (syncRolloutStatus, requeueStuckDeployment).
// Deviation: no ReplicaFailure condition.
import { deepEqual } from '../../util/equal';
import { RATE_LIMIT_BASE_MS } from '../../engine/work';
import type { DeploymentStatus, ReplicaSet } from './types';
import { replicasOf } from './types';
import type { SyncContext } from './syncContext';
import { current } from './syncContext';
import { actualReplicas, availableReplicas, readyReplicas, specReplicas } from './replicaSetUtil';
import { maxUnavailable } from './fenceposts';
import {
  MIN_AVAILABLE, MIN_UNAVAILABLE, NEW_RS_AVAILABLE, RS_UPDATED, TIMED_OUT, deploymentComplete, deploymentProgressing,
  deploymentTimedOut, getCondition, hasProgressDeadline, msUntilDeadline, newCondition, removeCondition, setCondition,
} from './conditions';
import { reason } from '../../reasons';

/** Status from the ReplicaSets' counts, keeping the current conditions, with Available re-evaluated. */
export function calculateStatus(s: SyncContext, allIn: readonly (ReplicaSet | undefined)[], newRSIn: ReplicaSet | undefined): DeploymentStatus {
  const all = allIn.map((rs) => rs && current(s, rs));
  const newRS = newRSIn && current(s, newRSIn);
  const available = availableReplicas(all);
  const next: DeploymentStatus = {
    observedGeneration: s.d.metadata.generation ?? 1,
    replicas: actualReplicas(all),
    updatedReplicas: actualReplicas([newRS]),
    readyReplicas: readyReplicas(all),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, specReplicas(all) - available),
    ...(s.status.collisionCount !== undefined ? { collisionCount: s.status.collisionCount } : {}),
    ...(s.status.conditions ? { conditions: s.status.conditions } : {}),
  };
  const minAvailable = replicasOf(s.d) - maxUnavailable(s.d);
  return available >= minAvailable
    ? setCondition(next, newCondition('Available', 'True', MIN_AVAILABLE, 'Deployment has minimum availability.', s.view.nowMs))
    : setCondition(next, newCondition('Available', 'False', MIN_UNAVAILABLE, 'Deployment does not have minimum availability.', s.view.nowMs));
}

/** Status only, no progress estimate (scaling and paused syncs). */
export function syncDeploymentStatus(s: SyncContext, all: readonly (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined): void {
  s.status = calculateStatus(s, all, newRS);
}

/** Status plus the Progressing condition: complete, progressing, or timed out; requeue to check the deadline. */
export function syncRolloutStatus(s: SyncContext, all: readonly (ReplicaSet | undefined)[], newRSIn: ReplicaSet | undefined): void {
  const now = s.view.nowMs;
  const name = s.d.metadata.name ?? '';
  const newRS = newRSIn && current(s, newRSIn);
  let next = calculateStatus(s, all, newRS);
  if (!hasProgressDeadline(s.d)) next = removeCondition(next, 'Progressing');
  const cur = getCondition(s.status, 'Progressing');
  const complete = next.replicas === next.updatedReplicas && cur?.reason === NEW_RS_AVAILABLE;
  if (hasProgressDeadline(s.d) && !complete) {
    const what = newRS ? `ReplicaSet "${newRS.metadata.name}"` : `Deployment "${name}"`;
    if (deploymentComplete(s.d, next)) {
      next = setCondition(next, newCondition('Progressing', 'True', NEW_RS_AVAILABLE, `${what} has successfully progressed.`, now));
    } else if (deploymentProgressing(s.status, next)) {
      const cond = newCondition('Progressing', 'True', RS_UPDATED, `${what} is progressing.`, now);
      const kept = cur?.status === 'True' ? { ...cond, lastTransitionTime: cur.lastTransitionTime } : cond;
      next = setCondition(removeCondition(next, 'Progressing'), kept);
    } else if (deploymentTimedOut(s.d, next, now)) {
      next = setCondition(next, newCondition('Progressing', 'False', TIMED_OUT, `${what} has timed out progressing.`, now));
      s.whys.push(reason('deploy.deadlineExceeded', { object: what, seconds: s.d.spec?.progressDeadlineSeconds ?? 600 }));
    }
  }
  const unchanged = deepEqual(next, s.status);
  s.status = next;
  if (unchanged) requeueStuckDeployment(s, next);
}

/**
 * Come back when the progress deadline would pass, if the rollout is still under way: lastUpdateTime (a floored
 * stamp) + progressDeadlineSeconds − now, plus a second "to avoid milliseconds skew"; under a second left, at once
 * through the rate limiter (its first step, 5 ms: the successful sync that follows forgets the key).
 */
function requeueStuckDeployment(s: SyncContext, next: DeploymentStatus): void {
  const cur = getCondition(s.status, 'Progressing');
  if (!hasProgressDeadline(s.d) || !cur || deploymentComplete(s.d, next) || cur.reason === TIMED_OUT) return;
  const after = msUntilDeadline(s.d, cur, s.view.nowMs);
  s.requeueAfterMs = after < 1000 ? RATE_LIMIT_BASE_MS : after + 1000;
}
