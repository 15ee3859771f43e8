// Mirrors the status part of kubernetes/kubernetes pkg/controller/statefulset/stateful_set_control.go
// (computeReplicaStatus, updateStatus, updateStatefulSetStatus) and stateful_set_utils.go (completeRollingUpdate,
// inconsistentStatus). The written object follows apps/v1 JSON tags: readyReplicas, currentReplicas,
// updatedReplicas, observedGeneration and the revisions are omitempty; replicas, availableReplicas and the
// collisionCount pointer are always written.
import type { ControllerRevision, StatefulSet } from './k8sTypes';
import { isAvailable, type PodFacts } from './podFacts';
import { replicasOf, updateStrategyTypeOf } from './statefulSetSpec';
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

/** A status with the set's generation and revisions and every count at zero. */
export function newStatus(set: StatefulSet, revs: { current: ControllerRevision; update: ControllerRevision; collisionCount: number }): StatusFields {
  return {
    observedGeneration: set.metadata.generation ?? 0, replicas: 0, readyReplicas: 0, availableReplicas: 0,
    currentReplicas: 0, updatedReplicas: 0, currentRevision: revs.current.metadata.name ?? '',
    updateRevision: revs.update.metadata.name ?? '', collisionCount: revs.collisionCount,
  };
}

/** Count one pod into the status (computeReplicaStatus's loop body), from its facts (podFacts.ts). */
export function countPod(s: StatusFields, f: PodFacts, minReadySeconds: number, nowMs: number): void {
  if (f.isCreated) s.replicas++;
  if (f.isRunningAndReady) {
    s.readyReplicas++;
    if (isAvailable(f, minReadySeconds, nowMs)) s.availableReplicas++;
  }
  if (f.isCreated && !f.isTerminating) {
    if (f.revision === s.currentRevision) s.currentReplicas++;
    if (f.revision === s.updateRevision) s.updatedReplicas++;
  }
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
