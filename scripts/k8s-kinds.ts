// Input for scripts/gen-k8s-schema.mjs: the kinds the sandbox understands, keyed by `kind`.
// Types come from kubernetes-types (the k8s 1.30 OpenAPI as TypeScript interfaces, field docs included).
import type { Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type {
  ConfigMap, Namespace, PersistentVolume, PersistentVolumeClaim, Pod, ReplicationController, Secret, Service,
  ServiceAccount,
} from 'kubernetes-types/core/v1';
import type { ClusterRole, ClusterRoleBinding, Role, RoleBinding } from 'kubernetes-types/rbac/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1';

export interface K8sKinds {
  StatefulSet: StatefulSet;
  Deployment: Deployment;
  ReplicaSet: ReplicaSet;
  Service: Service;
  PersistentVolume: PersistentVolume;
  PersistentVolumeClaim: PersistentVolumeClaim;
  StorageClass: StorageClass;
  Pod: Pod;
  ConfigMap: ConfigMap;
  Secret: Secret;
  Namespace: Namespace;
  PodDisruptionBudget: PodDisruptionBudget;
  ReplicationController: ReplicationController;
  ServiceAccount: ServiceAccount;
  Role: Role;
  RoleBinding: RoleBinding;
  ClusterRole: ClusterRole;
  ClusterRoleBinding: ClusterRoleBinding;
}
