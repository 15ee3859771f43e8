// The default cluster (DESIGN "Default cluster"): worker nodes, namespaces, the kubernetes and kube-dns
// Services and, unless the scenario says `defaultStorageClass: none`, the default StorageClass `standard`.
import type { KObject } from '../api/types';
import type { ClusterConfig, ClusterState } from './types';
import { createObject } from './applier';
import { seedState } from './rng';
import { Work } from './work';

export const DEFAULT_CONFIG: ClusterConfig = { nodes: 3, defaultStorageClass: 'standard', featureGates: {} };

/** Upper bound on worker nodes. */
export const MAX_NODES = 50;
/** The cluster was set up this long before simulated time 0 (so `kubectl get nodes` shows a believable AGE). */
const CLUSTER_AGE_MS = 12 * 86_400_000;

function node(i: number): KObject {
  const name = `node-${i}`;
  const ts = '2025-12-20T08:00:00Z';
  const ready = { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', lastHeartbeatTime: ts, lastTransitionTime: ts };
  const pressure = (type: string, reason: string, message: string) => ({ type, status: 'False', reason, message, lastHeartbeatTime: ts, lastTransitionTime: ts });
  return {
    apiVersion: 'v1', kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/os': 'linux', 'beta.kubernetes.io/arch': 'amd64' } },
    spec: { podCIDR: `10.244.${i}.0/24`, podCIDRs: [`10.244.${i}.0/24`] },
    status: {
      capacity: { cpu: '4', memory: '8145260Ki', pods: '110', 'ephemeral-storage': '61255492Ki' },
      allocatable: { cpu: '4', memory: '8042860Ki', pods: '110', 'ephemeral-storage': '56453061Ki' },
      conditions: [
        pressure('MemoryPressure', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        pressure('DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        pressure('PIDPressure', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        ready,
      ],
      addresses: [{ type: 'InternalIP', address: `192.168.49.${10 + i}` }, { type: 'Hostname', address: name }],
      nodeInfo: { kubeletVersion: 'v1.34.0', kubeProxyVersion: 'v1.34.0', osImage: 'Ubuntu 24.04.1 LTS', kernelVersion: '6.8.0-45-generic', containerRuntimeVersion: 'containerd://2.1.4', operatingSystem: 'linux', architecture: 'amd64' },
    },
  };
}

const namespace = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kubernetes.io/metadata.name': name } }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } });

function service(name: string, ns: string, ip: string, ports: object[], selector?: Record<string, string>, labels?: Record<string, string>): KObject {
  return {
    apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: ns, ...(labels ? { labels } : {}) },
    spec: { type: 'ClusterIP', clusterIP: ip, clusterIPs: [ip], ports, ...(selector ? { selector } : {}), sessionAffinity: 'None', internalTrafficPolicy: 'Cluster', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' },
    status: { loadBalancer: {} },
  };
}

const STANDARD_CLASS: KObject = {
  apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass',
  metadata: { name: 'standard', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
  provisioner: 'k8s.io/minikube-hostpath', reclaimPolicy: 'Delete', volumeBindingMode: 'Immediate',
};

/** A fresh cluster: nodes, namespaces, the kubernetes and kube-dns Services, the default StorageClass. */
export function createCluster(config: Partial<ClusterConfig> = {}, seed = 1): ClusterState {
  const cfg: ClusterConfig = { ...DEFAULT_CONFIG, ...config, featureGates: { ...DEFAULT_CONFIG.featureGates, ...(config.featureGates ?? {}) } };
  const nodes = Math.max(1, Math.min(MAX_NODES, Math.floor(cfg.nodes)));
  const empty = Object.fromEntries(['Namespace', 'Node', 'Pod', 'Service', 'Endpoints', 'EndpointSlice', 'PersistentVolumeClaim', 'PersistentVolume', 'StorageClass', 'StatefulSet', 'Deployment', 'ReplicaSet', 'ControllerRevision', 'ConfigMap', 'Secret', 'PodDisruptionBudget', 'ReplicationController', 'ServiceAccount', 'Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding'].map((k) => [k, {}]));
  const work = new Work({
    nowMs: -CLUSTER_AGE_MS, seq: 0, rv: 1000, rng: seedState(seed), objects: empty as ClusterState['objects'], queue: [], events: [], why: {},
    config: { ...cfg, nodes }, sim: { nodesDown: {}, unreadyPods: {}, nextPodHost: {}, nextServiceIp: 11 },
  });
  for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) createObject(work, namespace(ns));
  for (let i = 1; i <= nodes; i++) createObject(work, node(i));
  createObject(work, service('kubernetes', 'default', '10.96.0.1', [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }], undefined, { component: 'apiserver', provider: 'kubernetes' }));
  createObject(work, service('kube-dns', 'kube-system', '10.96.0.10', [
    { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 }, { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 }, { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
  ], { 'k8s-app': 'kube-dns' }, { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' }));
  if (cfg.defaultStorageClass === 'standard') createObject(work, STANDARD_CLASS);
  work.nowMs = 0;
  return work.toState();
}
