// The default cluster (DESIGN "Default cluster").
import type { ClusterConfig, ClusterState } from './types';

export const DEFAULT_CONFIG: ClusterConfig = { nodes: 3, defaultStorageClass: 'standard', featureGates: {} };

/** A fresh cluster: nodes, namespaces, the kubernetes and kube-dns Services, the default StorageClass. */
export function createCluster(_config: Partial<ClusterConfig> = {}, _seed = 1): ClusterState {
  throw new Error('engine core not landed yet');
}
