// The API resources the simulated server knows: kind <-> resource names, as `kubectl api-resources` lists them.
import type { KindName } from './types';

export interface ResourceInfo {
  readonly kind: KindName;
  /** Plural resource name: `statefulsets`. */
  readonly plural: string;
  /** Singular lowercase: `statefulset`. */
  readonly singular: string;
  /** API group, empty for the core group. */
  readonly group: string;
  readonly version: string;
  readonly namespaced: boolean;
  readonly shortNames: readonly string[];
}

const r = (kind: KindName, plural: string, group: string, version: string, namespaced: boolean, shortNames: string[] = []): ResourceInfo =>
  ({ kind, plural, singular: kind.toLowerCase(), group, version, namespaced, shortNames });

/** Sorted as `kubectl api-resources` sorts: core group first, then by group. */
export const RESOURCES: readonly ResourceInfo[] = [
  r('ConfigMap', 'configmaps', '', 'v1', true, ['cm']),
  r('Endpoints', 'endpoints', '', 'v1', true, ['ep']),
  r('Namespace', 'namespaces', '', 'v1', false, ['ns']),
  r('Node', 'nodes', '', 'v1', false, ['no']),
  r('PersistentVolumeClaim', 'persistentvolumeclaims', '', 'v1', true, ['pvc']),
  r('PersistentVolume', 'persistentvolumes', '', 'v1', false, ['pv']),
  r('Pod', 'pods', '', 'v1', true, ['po']),
  r('ReplicationController', 'replicationcontrollers', '', 'v1', true, ['rc']),
  r('Secret', 'secrets', '', 'v1', true),
  r('ServiceAccount', 'serviceaccounts', '', 'v1', true, ['sa']),
  r('Service', 'services', '', 'v1', true, ['svc']),
  r('ControllerRevision', 'controllerrevisions', 'apps', 'v1', true),
  r('Deployment', 'deployments', 'apps', 'v1', true, ['deploy']),
  r('ReplicaSet', 'replicasets', 'apps', 'v1', true, ['rs']),
  r('StatefulSet', 'statefulsets', 'apps', 'v1', true, ['sts']),
  r('EndpointSlice', 'endpointslices', 'discovery.k8s.io', 'v1', true),
  r('PodDisruptionBudget', 'poddisruptionbudgets', 'policy', 'v1', true, ['pdb']),
  // RBAC objects are stored and listed; no request is ever authorized against them (docs/fidelity.md).
  r('ClusterRoleBinding', 'clusterrolebindings', 'rbac.authorization.k8s.io', 'v1', false),
  r('ClusterRole', 'clusterroles', 'rbac.authorization.k8s.io', 'v1', false),
  r('RoleBinding', 'rolebindings', 'rbac.authorization.k8s.io', 'v1', true),
  r('Role', 'roles', 'rbac.authorization.k8s.io', 'v1', true),
  r('StorageClass', 'storageclasses', 'storage.k8s.io', 'v1', false, ['sc']),
];

const byKind: ReadonlyMap<string, (typeof RESOURCES)[number]> = new Map(RESOURCES.map((x) => [x.kind, x]));

export function resourceOf(kind: KindName): ResourceInfo {
  const info = byKind.get(kind);
  if (!info) throw new Error('unreachable: unknown kind ' + kind);
  return info;
}

/** `statefulsets.apps`, `pods`: the name API errors use. */
export function qualifiedResource(kind: KindName): string {
  const info = resourceOf(kind);
  return info.group ? `${info.plural}.${info.group}` : info.plural;
}

/** `statefulset.apps`, `pod`: the prefix kubectl prints in `statefulset.apps/web created`. */
export function kubectlKindPrefix(kind: KindName): string {
  const info = resourceOf(kind);
  return info.group ? `${info.singular}.${info.group}` : info.singular;
}

/** `apps/v1`, `v1`. */
export function apiVersionOf(kind: KindName): string {
  const info = resourceOf(kind);
  return info.group ? `${info.group}/${info.version}` : info.version;
}

export function isKnownKind(kind: string): kind is KindName {
  return byKind.has(kind as KindName);
}

/** Find a kind by anything kubectl accepts: `pods`, `pod`, `po`, `Pod`, `statefulsets.apps`, `sts`. */
export function findResource(name: string): ResourceInfo | undefined {
  const n = name.toLowerCase();
  return RESOURCES.find((x) => {
    const full = x.group ? [`${x.plural}.${x.group}`, `${x.singular}.${x.group}`] : [];
    return x.plural === n || x.singular === n || x.shortNames.includes(n) || full.includes(n);
  });
}
