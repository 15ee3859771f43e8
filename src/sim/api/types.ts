// The object model the engine stores: plain JSON Kubernetes objects.
// Field shapes come from `kubernetes-types` (type-only, erased at build) so the engine speaks the real API.
import type { ObjectMeta, OwnerReference, LabelSelector } from 'kubernetes-types/meta/v1';
import type {
  Pod, PersistentVolumeClaim, PersistentVolume, Service, Node, Namespace, Endpoints, ConfigMap, Secret,
} from 'kubernetes-types/core/v1';
import type { StatefulSet, Deployment, ReplicaSet, ControllerRevision } from 'kubernetes-types/apps/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';

export type {
  ObjectMeta, OwnerReference, LabelSelector, Pod, PersistentVolumeClaim, PersistentVolume, Service, Node, Namespace,
  Endpoints, ConfigMap, Secret, StatefulSet, Deployment, ReplicaSet, ControllerRevision, StorageClass, EndpointSlice,
};

/** Simulated time in integer milliseconds since the cluster was created. */
export type SimTimeMs = number;

/** `Kind/namespace/name`; namespace is empty for cluster-scoped kinds (`Node//node-1`). */
export type ObjectKey = string;

/** Any stored object. Every stored object has apiVersion, kind and metadata.name. */
export interface KObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: ObjectMeta;
  readonly spec?: unknown;
  readonly status?: unknown;
  readonly [field: string]: unknown;
}

/** The kinds the simulated API server serves. */
export type KindName =
  | 'Namespace' | 'Node' | 'Pod' | 'Service' | 'Endpoints' | 'EndpointSlice' | 'PersistentVolumeClaim'
  | 'PersistentVolume' | 'StorageClass' | 'StatefulSet' | 'Deployment' | 'ReplicaSet' | 'ControllerRevision'
  | 'ConfigMap' | 'Secret' | 'PodDisruptionBudget' | 'ReplicationController' | 'ServiceAccount' | 'Role'
  | 'RoleBinding' | 'ClusterRole' | 'ClusterRoleBinding';

/** A Kubernetes Event (core/v1 Event, reduced to what kubectl prints). */
export interface KubeEvent {
  readonly type: 'Normal' | 'Warning';
  readonly reason: string;
  readonly message: string;
  /** The object the event is about. */
  readonly involved: { readonly kind: string; readonly namespace: string; readonly name: string; readonly uid: string };
  /** Reporting component, e.g. `statefulset-controller`, `kubelet`, `default-scheduler`. */
  readonly source: string;
  readonly firstMs: SimTimeMs;
  readonly lastMs: SimTimeMs;
  readonly count: number;
}
