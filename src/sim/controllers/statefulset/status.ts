// Mirrors the status part of kubernetes/kubernetes pkg/controller/statefulset/stateful_set_control.go
// (computeReplicaStatus, updateStatus, updateStatefulSetStatus) and stateful_set_utils.go (completeRollingUpdate,
// inconsistentStatus). The written object follows apps/v1 JSON tags: readyReplicas, currentReplicas,
// updatedReplicas, observedGeneration and the revisions are omitempty; replicas, availableReplicas and the
// collisionCount pointer are always written.
import type { Pod, StatefulSet } from './k8sTypes';
import {
  getPodRevision, isCreated, isRunningAndAvailable, isRunningAndReady, isTerminating,
} from './statefulSetUtils';
import { minReadySecondsOf, replicasOf, updateStrategyTypeOf } from './statefulSetSpec';
import { chunked } from '../../util/chunkMemo';
import type { MemoStore } from '../../util/memoStore';

export interface StatusFields {
  observedGeneration: number;
  replicas: number;
  readyReplicas: number;
  availableReplicas: number;
  currentReplicas: number;
  updatedReplicas: number;
  currentRevision: string;
  updateRevision: string;
  collisionCount: number;
}

/** Count created, ready, available, current and updated pods (computeReplicaStatus over every list). */
export function computeStatus(
  set: StatefulSet, pods: readonly Pod[], nowMs: number, currentRevision: string, updateRevision: string,
  collisionCount: number, memo?: MemoStore,
): StatusFields {
  const s: StatusFields = {
    observedGeneration: set.metadata.generation ?? 0, replicas: 0, readyReplicas: 0, availableReplicas: 0,
    currentReplicas: 0, updatedReplicas: 0, currentRevision, updateRevision, collisionCount,
  };
  const mrs = minReadySecondsOf(set);
  // Counts depend on the clock only through availability, and only when minReadySeconds is set.
  const params = `${mrs}\u0000${mrs > 0 ? nowMs : ''}\u0000${currentRevision}\u0000${updateRevision}`;
  const id = `status\u0000${set.metadata.namespace ?? ''}\u0000${set.metadata.name ?? ''}\u0000${set.metadata.uid ?? ''}`;
  const counts = chunked(memo, id, params, pods, (from, to) => countPods(pods, from, to, mrs, nowMs, currentRevision, updateRevision));
  for (const c of counts) {
    s.replicas += c[0];
    s.readyReplicas += c[1];
    s.availableReplicas += c[2];
    s.currentReplicas += c[3];
    s.updatedReplicas += c[4];
  }
  return s;
}

/** [replicas, ready, available, current, updated] among pods[from, to). */
function countPods(
  pods: readonly Pod[], from: number, to: number, mrs: number, nowMs: number, currentRevision: string, updateRevision: string,
): [number, number, number, number, number] {
  const c: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (let i = from; i < to; i++) {
    const pod = pods[i]!;
    if (isCreated(pod)) c[0]++;
    if (isRunningAndReady(pod)) {
      c[1]++;
      if (isRunningAndAvailable(pod, mrs, nowMs)) c[2]++;
    }
    if (isCreated(pod) && !isTerminating(pod)) {
      const rev = getPodRevision(pod);
      if (rev === currentRevision) c[3]++;
      if (rev === updateRevision) c[4]++;
    }
  }
  return c;
}

/** When a RollingUpdate has every replica updated and ready, current catches up with update (completeRollingUpdate). */
export function completeRollingUpdate(set: StatefulSet, s: StatusFields): StatusFields {
  const n = replicasOf(set);
  if (updateStrategyTypeOf(set) === 'RollingUpdate' && s.updatedReplicas === n && s.readyReplicas === n && s.replicas === n) {
    return { ...s, currentReplicas: s.updatedReplicas, currentRevision: s.updateRevision };
  }
  return s;
}

/** True when the computed status differs from the stored one (inconsistentStatus, plus collisionCount). */
export function inconsistentStatus(set: StatefulSet, s: StatusFields): boolean {
  const cur: Partial<NonNullable<StatefulSet['status']>> = set.status ?? {};
  return s.observedGeneration > (cur.observedGeneration ?? 0) ||
    cur.observedGeneration === undefined ||
    s.replicas !== (cur.replicas ?? 0) ||
    s.currentReplicas !== (cur.currentReplicas ?? 0) ||
    s.readyReplicas !== (cur.readyReplicas ?? 0) ||
    s.updatedReplicas !== (cur.updatedReplicas ?? 0) ||
    s.currentRevision !== (cur.currentRevision ?? '') ||
    s.availableReplicas !== (cur.availableReplicas ?? 0) ||
    s.updateRevision !== (cur.updateRevision ?? '') ||
    s.collisionCount !== cur.collisionCount;
}

/** The status object as the API server stores it (Go omitempty rules). */
export function statusObject(s: StatusFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (s.observedGeneration) out['observedGeneration'] = s.observedGeneration;
  out['replicas'] = s.replicas;
  if (s.readyReplicas) out['readyReplicas'] = s.readyReplicas;
  if (s.currentReplicas) out['currentReplicas'] = s.currentReplicas;
  if (s.updatedReplicas) out['updatedReplicas'] = s.updatedReplicas;
  if (s.currentRevision) out['currentRevision'] = s.currentRevision;
  if (s.updateRevision) out['updateRevision'] = s.updateRevision;
  out['collisionCount'] = s.collisionCount;
  out['availableReplicas'] = s.availableReplicas;
  return out;
}
