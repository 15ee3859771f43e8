// The object shapes the deployment controller works with: kubernetes-types shapes with metadata present,
// plus casts to and from the engine's untyped KObject.
import type { Deployment as KDeployment, KObject, ObjectMeta, Pod as KPod, ReplicaSet as KReplicaSet } from '../../api/types';
import type { DeploymentCondition, DeploymentStatus } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';

export type { DeploymentCondition, DeploymentStatus, PodTemplateSpec };
export type Deployment = KDeployment & { readonly metadata: ObjectMeta };
export type ReplicaSet = KReplicaSet & { readonly metadata: ObjectMeta };
export type Pod = KPod & { readonly metadata: ObjectMeta };

/** View an engine object as a typed Kubernetes object. */
export function typed<T>(obj: KObject): T {
  return obj as unknown as T;
}

/** Hand a typed object back to the engine. */
export function untyped(obj: Deployment | ReplicaSet | Pod): KObject {
  return obj as unknown as KObject;
}

/** `spec.replicas` with the API default (1). */
export const replicasOf = (o: Deployment | ReplicaSet): number => o.spec?.replicas ?? 1;
