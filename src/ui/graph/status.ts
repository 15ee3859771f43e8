// What each graph node says about its object: kubectl's STATUS text, a colour tone and a short detail line.
import type { KObject } from '../../sim';
import { podStatus } from '../../kubectl';

export type Tone = 'running' | 'pending' | 'creating' | 'terminating' | 'bound' | 'available' | 'released' | 'failed' | 'neutral';

const num = (v: unknown, fallback: number): number => (typeof v === 'number' ? v : fallback);
type Loose = Record<string, unknown> & { readonly [k: string]: unknown };
const field = (o: unknown, k: string): Loose => ((o && typeof o === 'object' ? (o as Loose)[k] : undefined) ?? {}) as Loose;

/** The STATUS kubectl would print (pods: kubectl's own algorithm; controllers: READY; claims/volumes: phase). */
export function objectStatus(obj: KObject, nowMs: number): string {
  const spec = field(obj, 'spec');
  const status = field(obj, 'status');
  if (obj.kind === 'Pod') return podStatus(obj, nowMs).status;
  if (obj.metadata.deletionTimestamp) return 'Terminating';
  switch (obj.kind) {
    case 'StatefulSet':
    case 'Deployment':
    case 'ReplicaSet':
      return `${num(status.readyReplicas, 0)}/${num(spec.replicas, 1)}`;
    case 'PersistentVolumeClaim':
    case 'PersistentVolume':
      return typeof status.phase === 'string' ? status.phase : 'Pending';
    case 'Service':
      return typeof spec.type === 'string' ? spec.type : 'ClusterIP';
    case 'Node': {
      const conditions = (Array.isArray(status.conditions) ? status.conditions : []) as { type: string; status: string }[];
      const ready = conditions.find((c) => c.type === 'Ready')?.status === 'True' ? 'Ready' : 'NotReady';
      return spec.unschedulable ? `${ready},SchedulingDisabled` : ready;
    }
    default:
      return 'Ready';
  }
}

export function toneOf(kind: string, status: string): Tone {
  if (status === 'Terminating') return 'terminating';
  if (kind === 'StatefulSet' || kind === 'Deployment' || kind === 'ReplicaSet') {
    const [ready, want] = status.split('/');
    return ready === want ? 'running' : 'pending';
  }
  switch (status) {
    case 'Running': case 'Ready': return 'running';
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

/** A short second line: where a pod runs, what a claim asks for, a service's IP. */
export function objectDetail(obj: KObject): string {
  const spec = field(obj, 'spec');
  const status = field(obj, 'status');
  switch (obj.kind) {
    case 'Pod': return [spec.nodeName, status.podIP].filter(Boolean).join(' · ');
    case 'PersistentVolumeClaim': return String(field(field(spec, 'resources'), 'requests').storage ?? '');
    case 'PersistentVolume': return [field(spec, 'capacity').storage, spec.persistentVolumeReclaimPolicy].filter(Boolean).join(' · ');
    case 'Service': return spec.clusterIP === 'None' ? 'headless' : String(spec.clusterIP ?? '');
    case 'StorageClass': return String((obj as Loose).provisioner ?? '');
    default: return '';
  }
}
