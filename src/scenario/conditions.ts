// Conditions a `wait: {for: kind/name, condition: X}` step can wait for, evaluated on the stored object.
import type { KObject } from '../sim';

/**
 * Accepted condition names. Besides `Exists`, `Deleted` and `Terminating`, a name holds when the object's
 * `status.phase` equals it (Pod Running, PVC Bound, PV Available…) or its `status.conditions` has it True
 * (Pod Ready, Deployment Available…). `Ready` on a StatefulSet, Deployment, ReplicaSet or ReplicationController means every desired
 * replica is ready and the controller has seen the latest spec.
 */
export const CONDITIONS: readonly string[] = [
  'Exists', 'Deleted', 'Terminating', 'Ready', 'ContainersReady', 'PodScheduled', 'Initialized',
  'Pending', 'Running', 'Succeeded', 'Failed', 'Bound', 'Available', 'Released', 'Lost', 'Progressing',
];

interface StatusLike {
  readonly phase?: string;
  readonly conditions?: ReadonlyArray<{ readonly type?: string; readonly status?: string }>;
  readonly readyReplicas?: number;
  readonly observedGeneration?: number;
}

const WORKLOADS = new Set(['StatefulSet', 'Deployment', 'ReplicaSet', 'ReplicationController']);

/** True when `obj` (undefined: not stored) satisfies `condition`. */
export function conditionHolds(obj: KObject | undefined, condition: string): boolean {
  if (condition === 'Deleted') return obj === undefined;
  if (obj === undefined) return false;
  if (condition === 'Exists') return true;
  if (condition === 'Terminating') return obj.metadata.deletionTimestamp !== undefined;
  const status = (obj.status ?? {}) as StatusLike;
  if (condition === 'Ready' && WORKLOADS.has(obj.kind)) return isWorkloadReady(obj, status);
  return status.phase === condition || (status.conditions ?? []).some((c) => c.type === condition && c.status === 'True');
}

/** Every desired replica is ready, and the status describes the current generation. */
function isWorkloadReady(obj: KObject, status: StatusLike): boolean {
  const desired = (obj.spec as { replicas?: number } | undefined)?.replicas ?? 1;
  const observed = (status.observedGeneration ?? 0) >= (obj.metadata.generation ?? 0);
  return observed && (status.readyReplicas ?? 0) >= desired;
}
