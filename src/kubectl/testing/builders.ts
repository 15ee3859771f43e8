// Small builders for kubectl golden tests: hand-made objects and snapshots (no engine involved).
import type { ClusterSnapshot, KObject, KindName, KubeEvent } from '../../sim/index';
import { isoOfMs } from '../printers/duration';

export const S = 1000;
export const MIN = 60 * S;

const EMPTY: Record<KindName, Record<string, KObject>> = {
  Namespace: {}, Node: {}, Pod: {}, Service: {}, Endpoints: {}, EndpointSlice: {}, PersistentVolumeClaim: {},
  PersistentVolume: {}, StorageClass: {}, StatefulSet: {}, Deployment: {}, ReplicaSet: {}, ControllerRevision: {},
  ConfigMap: {}, Secret: {}, PodDisruptionBudget: {}, ReplicationController: {}, ServiceAccount: {}, Role: {},
  RoleBinding: {}, ClusterRole: {}, ClusterRoleBinding: {},
};

const CLUSTER_SCOPED = new Set(['Namespace', 'Node', 'PersistentVolume', 'StorageClass', 'ClusterRole', 'ClusterRoleBinding']);

export function snapshot(objects: readonly KObject[], nowMs: number, events: readonly KubeEvent[] = []): ClusterSnapshot {
  const byKind: Record<string, Record<string, KObject>> = Object.fromEntries(Object.keys(EMPTY).map((k) => [k, {}]));
  for (const o of objects) {
    const ns = CLUSTER_SCOPED.has(o.kind) ? '' : (o.metadata.namespace ?? 'default');
    byKind[o.kind]![`${ns}/${o.metadata.name}`] = o;
  }
  return {
    nowMs,
    objects: byKind as ClusterSnapshot['objects'],
    events,
    config: { nodes: 3, defaultStorageClass: 'standard', featureGates: {} },
    sim: { nodesDown: {}, unreadyPods: {}, nextPodHost: {}, nextServiceIp: 20 },
  };
}

interface Base {
  name: string;
  namespace?: string;
  createdMs?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  deletedMs?: number;
}

function meta(b: Base, namespaced: boolean): KObject['metadata'] {
  return {
    name: b.name,
    ...(namespaced ? { namespace: b.namespace ?? 'default' } : {}),
    creationTimestamp: isoOfMs(b.createdMs ?? 0),
    ...(b.labels ? { labels: b.labels } : {}),
    ...(b.annotations ? { annotations: b.annotations } : {}),
    ...(b.deletedMs !== undefined ? { deletionTimestamp: isoOfMs(b.deletedMs) } : {}),
  };
}

export function obj(kind: string, apiVersion: string, b: Base, rest: Record<string, unknown> = {}): KObject {
  return { apiVersion, kind, metadata: meta(b, !CLUSTER_SCOPED.has(kind)), ...rest };
}

type ContainerState = Record<string, unknown>;

export interface PodOpts extends Base {
  phase?: string;
  reason?: string;
  containers?: { name?: string; image?: string; ready?: boolean; state?: ContainerState; restartCount?: number; lastState?: ContainerState }[];
  node?: string;
  ip?: string;
  readyCondition?: boolean;
}

export function pod(o: PodOpts): KObject {
  const cs = o.containers ?? [{ ready: true, state: { running: { startedAt: isoOfMs(0) } } }];
  return obj('Pod', 'v1', o, {
    spec: { containers: cs.map((c, i) => ({ name: c.name ?? `c${i}`, image: c.image ?? 'nginx' })), ...(o.node ? { nodeName: o.node } : {}) },
    status: {
      phase: o.phase ?? 'Running',
      ...(o.reason ? { reason: o.reason } : {}),
      ...(o.ip ? { podIP: o.ip, podIPs: [{ ip: o.ip }] } : {}),
      ...(o.readyCondition !== undefined ? { conditions: [{ type: 'Ready', status: o.readyCondition ? 'True' : 'False' }] } : {}),
      containerStatuses: cs.map((c, i) => ({
        name: c.name ?? `c${i}`,
        ready: c.ready ?? false,
        restartCount: c.restartCount ?? 0,
        state: c.state ?? {},
        ...(c.lastState ? { lastState: c.lastState } : {}),
      })),
    },
  });
}

export function pvc(b: Base & { phase?: string; volume?: string; capacity?: string; modes?: string[]; storageClass?: string }): KObject {
  return obj('PersistentVolumeClaim', 'v1', b, {
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...(b.storageClass ? { storageClassName: b.storageClass } : {}), ...(b.volume ? { volumeName: b.volume } : {}) },
    status: { phase: b.phase ?? 'Pending', ...(b.capacity ? { capacity: { storage: b.capacity } } : {}), ...(b.modes ? { accessModes: b.modes } : {}) },
  });
}

export function pv(b: Base & { phase?: string; claim?: string; storageClass?: string; reclaim?: string }): KObject {
  const [cns, cname] = (b.claim ?? '').split('/');
  return obj('PersistentVolume', 'v1', b, {
    spec: {
      capacity: { storage: '1Gi' },
      accessModes: ['ReadWriteOnce'],
      persistentVolumeReclaimPolicy: b.reclaim ?? 'Retain',
      ...(b.storageClass ? { storageClassName: b.storageClass } : {}),
      ...(b.claim ? { claimRef: { kind: 'PersistentVolumeClaim', namespace: cns, name: cname } } : {}),
    },
    status: { phase: b.phase ?? 'Available' },
  });
}

export function sts(b: Base & { replicas: number; ready?: number; image?: string }): KObject {
  return obj('StatefulSet', 'apps/v1', b, {
    spec: { replicas: b.replicas, serviceName: 'nginx', selector: { matchLabels: { app: 'nginx' } }, template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: b.image ?? 'registry.k8s.io/nginx-slim:0.24' }] } } },
    status: { replicas: b.replicas, ...(b.ready !== undefined ? { readyReplicas: b.ready } : {}) },
  });
}

export function svc(b: Base & { clusterIP: string; ports?: { port: number; nodePort?: number; protocol?: string }[]; type?: string; selector?: Record<string, string> }): KObject {
  return obj('Service', 'v1', b, {
    spec: { type: b.type ?? 'ClusterIP', clusterIP: b.clusterIP, clusterIPs: [b.clusterIP], ports: b.ports ?? [], ...(b.selector ? { selector: b.selector } : {}) },
  });
}

export function node(b: Base & { ready?: boolean; unschedulable?: boolean; ip?: string }): KObject {
  return obj('Node', 'v1', b, {
    spec: b.unschedulable ? { unschedulable: true } : {},
    status: {
      conditions: [{ type: 'Ready', status: b.ready === false ? 'Unknown' : 'True' }],
      addresses: [{ type: 'InternalIP', address: b.ip ?? '172.18.0.2' }, { type: 'Hostname', address: b.name }],
      nodeInfo: { kubeletVersion: 'v1.34.0', osImage: 'Debian GNU/Linux 12 (bookworm)', kernelVersion: '6.8.0', containerRuntimeVersion: 'containerd://2.1.3' },
    },
  });
}

export function sc(b: Base & { isDefault?: boolean }): KObject {
  return obj('StorageClass', 'storage.k8s.io/v1', { ...b, annotations: b.isDefault ? { 'storageclass.kubernetes.io/is-default-class': 'true' } : {} }, {
    provisioner: 'rancher.io/local-path',
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'Immediate',
  });
}

export function running(startedMs = 0): ContainerState {
  return { running: { startedAt: isoOfMs(startedMs) } };
}
