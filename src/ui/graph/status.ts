// What each graph node says about its object: kubectl's STATUS text, a colour tone and a short detail line.
import type { KObject } from '../../sim';
import { podStatus } from '../../kubectl';
import { DNS_NXDOMAIN, DNS_RESOLVES } from './dnsNodes';

export type Tone = 'running' | 'pending' | 'creating' | 'terminating' | 'bound' | 'available' | 'released' | 'failed' | 'neutral';

const num = (v: unknown, fallback: number): number => (typeof v === 'number' ? v : fallback);
type Loose = Record<string, unknown> & { readonly [k: string]: unknown };
const field = (o: unknown, k: string): Loose => ((o && typeof o === 'object' ? (o as Loose)[k] : undefined) ?? {}) as Loose;

/** The STATUS kubectl would print (pods: kubectl's own algorithm; controllers: READY; claims/volumes: phase). */
export function objectStatus(obj: KObject, nowMs: number): string {
  const spec = field(obj, 'spec');
  const status = field(obj, 'status');
  if (obj.kind === 'Pod') return podStatus(obj, nowMs).status;
  if (obj.kind === 'DNSRecord') return status.resolves ? DNS_RESOLVES : DNS_NXDOMAIN;
  if (obj.metadata.deletionTimestamp) return 'Terminating';
  switch (obj.kind) {
    case 'StatefulSet':
    case 'Deployment':
    case 'ReplicaSet':
    case 'ReplicationController':
      return `${num(status.readyReplicas, 0)}/${num(spec.replicas, 1)}`;
    case 'PersistentVolumeClaim':
    case 'PersistentVolume':
      return typeof status.phase === 'string' ? status.phase : 'Pending';
    case 'Service':
      return typeof spec.type === 'string' ? spec.type : 'ClusterIP';
    case 'ConfigMap':
      return `DATA ${dataCount(obj)}`;
    case 'Secret':
      return typeof (obj as Loose).type === 'string' ? String((obj as Loose).type) : 'Opaque';
    case 'PodDisruptionBudget':
      return `ALLOWED ${num(status.disruptionsAllowed, 0)}`;
    case 'Node': {
      const conditions = (Array.isArray(status.conditions) ? status.conditions : []) as { type: string; status: string }[];
      const ready = conditions.find((c) => c.type === 'Ready')?.status === 'True' ? 'Ready' : 'NotReady';
      return spec.unschedulable ? `${ready},SchedulingDisabled` : ready;
    }
    default:
      return 'Ready';
  }
}

/** Keys of a ConfigMap or Secret (data and binaryData: kubectl's DATA column). */
export function dataKeys(obj: KObject): string[] {
  return [...Object.keys(field(obj, 'data')), ...Object.keys(field(obj, 'binaryData')), ...Object.keys(field(obj, 'stringData'))].sort();
}
const dataCount = (obj: KObject) => dataKeys(obj).length;

export function toneOf(kind: string, status: string): Tone {
  if (status === 'Terminating') return 'terminating';
  if (kind === 'PodDisruptionBudget') return status === 'ALLOWED 0' ? 'pending' : 'available';
  if (kind === 'StatefulSet' || kind === 'Deployment' || kind === 'ReplicaSet' || kind === 'ReplicationController') {
    const [ready, want] = status.split('/');
    return ready === want ? 'running' : 'pending';
  }
  switch (status) {
    case 'Running': case 'Ready': return 'running';
    case DNS_RESOLVES: return 'available';
    case DNS_NXDOMAIN: return 'pending';
    case 'Bound': return 'bound';
    case 'Available': return 'available';
    case 'Released': return 'released';
    case 'Pending': case 'NotReady': return 'pending';
    case 'ContainerCreating': case 'PodInitializing': return 'creating';
    case 'Completed': case 'ClusterIP': case 'NodePort': case 'LoadBalancer': return 'neutral';
    default:
      return /Err|BackOff|Failed|Error|Unknown|Lost|Evicted/.test(status) || status.startsWith('Init:') ? 'failed' : 'neutral';
  }
}

const ACCESS: Record<string, string> = { ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' };
const modes = (v: unknown) => (Array.isArray(v) ? v.map((m) => ACCESS[String(m)] ?? String(m)).join(',') : '');
const str = (v: unknown) => (v === undefined || v === null || v === '' ? '' : String(v));
const join = (...parts: unknown[]) => parts.map(str).filter(Boolean).join(' · ');

/** The image of a pod spec's first container (`nginx:1.19`), `+N` for more containers. */
function imageOf(podSpec: Loose): string {
  const containers = (Array.isArray(podSpec.containers) ? podSpec.containers : []) as { image?: unknown }[];
  const first = str(containers[0]?.image);
  return containers.length > 1 ? `${first} +${containers.length - 1}` : first;
}

/** The key fields of a card, one short line each (kubectl's columns, abbreviated the way kubectl does). */
export function objectFields(obj: KObject, nowMs: number): string[] {
  const spec = field(obj, 'spec');
  const status = field(obj, 'status');
  switch (obj.kind) {
    case 'Pod': {
      const ps = podStatus(obj, nowMs);
      return [imageOf(spec), join(`READY ${ps.ready}`, ps.restarts !== '0' ? `restarts ${ps.restarts}` : '', status.podIP ? `IP ${str(status.podIP)}` : 'no IP')];
    }
    case 'PersistentVolumeClaim':
      return [join(field(status, 'capacity').storage ?? field(field(spec, 'resources'), 'requests').storage, modes(status.accessModes ?? spec.accessModes)),
        str(spec.volumeName) ? `→ ${str(spec.volumeName)}` : 'no volume yet'];
    case 'PersistentVolume': {
      const claim = field(spec, 'claimRef');
      return [join(field(spec, 'capacity').storage, modes(spec.accessModes), spec.persistentVolumeReclaimPolicy),
        claim.name ? `← ${str(claim.namespace)}/${str(claim.name)}` : 'unclaimed'];
    }
    case 'Service': {
      const ports = (Array.isArray(spec.ports) ? spec.ports : []) as { port?: number; protocol?: string }[];
      return [spec.clusterIP === 'None' ? 'headless' : str(spec.clusterIP) || '—', ports.map((p) => `${p.port}/${p.protocol ?? 'TCP'}`).join(',')];
    }
    case 'StatefulSet': {
      const partition = field(field(spec, 'updateStrategy'), 'rollingUpdate').partition;
      const strategy = str(field(spec, 'updateStrategy').type) || 'RollingUpdate';
      return [imageOf(field(field(spec, 'template'), 'spec')),
        join(strategy === 'RollingUpdate' ? '' : strategy, partition ? `partition ${str(partition)}` : '', `updated ${num(status.updatedReplicas, 0)}`),
        str(spec.podManagementPolicy) || 'OrderedReady'];
    }
    case 'Deployment':
      return [imageOf(field(field(spec, 'template'), 'spec')), join(`up-to-date ${num(status.updatedReplicas, 0)}`, `avail ${num(status.availableReplicas, 0)}`)];
    case 'ReplicaSet':
    case 'ReplicationController':
      return [imageOf(field(field(spec, 'template'), 'spec')), `available ${num(status.availableReplicas, 0)}`];
    case 'StorageClass':
      return [str((obj as Loose).provisioner), join((obj as Loose).reclaimPolicy ?? 'Delete', (obj as Loose).volumeBindingMode ?? 'Immediate')];
    case 'ConfigMap':
      return [dataKeys(obj).join(', ') || 'no keys'];
    case 'Secret':
      return [`DATA ${dataCount(obj)}`, dataKeys(obj).join(', ')];
    case 'PodDisruptionBudget': {
      const min = spec.minAvailable;
      const max = spec.maxUnavailable;
      return [min !== undefined ? `minAvailable ${str(min)}` : max !== undefined ? `maxUnavailable ${str(max)}` : 'maxUnavailable 1',
        `healthy ${num(status.currentHealthy, 0)}/${num(status.desiredHealthy, 0)} of ${num(status.expectedPods, 0)}`];
    }
    case 'DNSRecord': {
      const ips = (Array.isArray(status.ips) ? status.ips : []) as string[];
      return [`${str(spec.type) || 'A'} ${ips.length ? ips.slice(0, 2).join(', ') + (ips.length > 2 ? ` +${ips.length - 2}` : '') : '—'}`];
    }
    default:
      return [];
  }
}
