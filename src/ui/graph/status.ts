// What each graph node says about its object: kubectl's STATUS text, a colour tone and a short detail line.
import type { KObject } from '../../sim';

export type Tone = 'running' | 'pending' | 'creating' | 'terminating' | 'bound' | 'available' | 'released' | 'failed' | 'neutral';

interface ContainerState {
  readonly waiting?: { readonly reason?: string };
  readonly running?: unknown;
  readonly terminated?: { readonly reason?: string; readonly exitCode?: number; readonly signal?: number };
}
interface ContainerStatus { readonly ready?: boolean; readonly state?: ContainerState }
interface PodLike {
  readonly metadata: KObject['metadata'];
  readonly spec?: { readonly nodeName?: string };
  readonly status?: {
    readonly phase?: string; readonly reason?: string; readonly podIP?: string;
    readonly conditions?: readonly { readonly type: string; readonly status: string }[];
    readonly containerStatuses?: readonly ContainerStatus[];
    readonly initContainerStatuses?: readonly ContainerStatus[];
  };
}

/** kubectl's pod STATUS column (printPod in kubectl's printers), reduced to the states the simulator produces. */
export function podStatus(pod: PodLike): string {
  const st = pod.status ?? {};
  let reason = st.reason || st.phase || 'Pending';
  const inits = st.initContainerStatuses ?? [];
  let initializing = false;
  inits.forEach((c, i) => {
    if (initializing) return;
    const term = c.state?.terminated;
    if (term && term.exitCode === 0) return;
    initializing = true;
    if (term) reason = term.reason ? `Init:${term.reason}` : `Init:ExitCode:${term.exitCode ?? 0}`;
    else if (c.state?.waiting?.reason && c.state.waiting.reason !== 'PodInitializing') reason = `Init:${c.state.waiting.reason}`;
    else reason = `Init:${i}/${inits.length}`;
  });
  if (!initializing) {
    let hasRunning = false;
    const containers = st.containerStatuses ?? [];
    for (let i = containers.length - 1; i >= 0; i--) {
      const s = containers[i]!.state;
      if (s?.waiting?.reason) reason = s.waiting.reason;
      else if (s?.terminated?.reason) reason = s.terminated.reason;
      else if (s?.terminated) reason = s.terminated.signal ? `Signal:${s.terminated.signal}` : `ExitCode:${s.terminated.exitCode ?? 0}`;
      else if (s?.running && containers[i]!.ready) hasRunning = true;
    }
    if (reason === 'Completed' && hasRunning) {
      const ready = st.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
      reason = ready ? 'Running' : 'NotReady';
    }
  }
  if (pod.metadata.deletionTimestamp) reason = st.reason === 'NodeLost' ? 'Unknown' : 'Terminating';
  return reason;
}

const num = (v: unknown, fallback: number): number => (typeof v === 'number' ? v : fallback);
type Loose = Record<string, unknown> & { readonly [k: string]: unknown };
const field = (o: unknown, k: string): Loose => ((o && typeof o === 'object' ? (o as Loose)[k] : undefined) ?? {}) as Loose;

export function objectStatus(obj: KObject): string {
  const spec = field(obj, 'spec');
  const status = field(obj, 'status');
  if (obj.kind === 'Pod') return podStatus(obj as PodLike);
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
