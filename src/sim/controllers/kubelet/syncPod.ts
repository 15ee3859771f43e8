// The kubelet's sync of one pod that is bound to its node and not being deleted.
// Mirrors kubernetes/kubernetes pkg/kubelet/kubelet.go (SyncPod) at the level of observable status.
import type { Node, Pod, PodStatus } from 'kubernetes-types/core/v1';
import type { ReconcileContext } from '../types';
import type { SimTimeMs } from '../../api/types';
import { syncContainer, type ContainerEnv, type ContainerStep, type EventDraft } from './containerSync';
import { boundPodConditions, hostFields, podIPFields, readinessConditions } from './podStatus';
import { containersOf, containerStatusOf, seedOf, statusOf } from './podUtil';
import { stampedMs } from './time';
import { reason, type Reason } from '../../reasons';

export interface PodSync {
  /** The status to write, or undefined when it would not change. */
  readonly status?: PodStatus;
  readonly events: readonly EventDraft[];
  readonly nextAtMs?: SimTimeMs;
  readonly why: Reason;
}

/** Compute the pod's next status from its stored status and the clock. */
export function syncRunningPod(
  pod: Pod, node: Node | undefined, nowMs: SimTimeMs, unready: boolean, ctx: ReconcileContext,
  missingConfig?: ContainerEnv['missingConfig'], clock?: Pick<ContainerEnv, 'podStartMs' | 'seenMs'>,
): PodSync {
  const prev = statusOf(pod);
  const nodeName = pod.spec?.nodeName ?? '';
  const host = hostFields(prev, node, nodeName, nowMs);
  const podStartMs = clock?.podStartMs ?? stampedMs(host.startTime) ?? nowMs;
  const env: ContainerEnv = {
    pod, nowMs, podStartMs, unready, seed: seedOf(pod), ...(missingConfig ? { missingConfig } : {}), ...(clock?.seenMs ? { seenMs: clock.seenMs } : {}),
  };
  const steps: ContainerStep[] = containersOf(pod).map((c) => syncContainer(c, containerStatusOf(pod, c.name), env, prev.podIP));
  const statuses = steps.map((s) => s.status);
  // The sandbox (and with it the pod IP) is created before the containers; its IP shows from the first status
  // written after a sync got past the first image pull, whether a container then started or failed to be created
  // (CreateContainerConfigError) or pulled (ErrImagePull): kuberuntime_manager.go SyncPod creates the sandbox first.
  const sandboxed = steps.some((s) => s.status.state?.waiting?.reason !== 'ContainerCreating');
  const podIP = prev.podIP ?? (sandboxed ? ctx.allocatePodIp(nodeName) : undefined);
  const phase = steps.some((s) => s.neverStarted) ? 'Pending' : 'Running';
  const next: PodStatus = {
    ...prev,
    ...host,
    ...podIPFields(podIP),
    phase,
    conditions: boundPodConditions(prev, readinessConditions(prev, statuses, nowMs), nowMs),
    containerStatuses: statuses,
    qosClass: prev.qosClass ?? 'BestEffort',
  };
  const times = steps.map((s) => s.nextAtMs).filter((t): t is number => t !== undefined);
  const name = pod.metadata?.name ?? '';
  const first = steps[0];
  const state = steps.some((s) => s.neverStarted) ? 'Pending' : next.conditions?.find((c) => c.type === 'Ready')?.status === 'True' ? 'Ready' : 'NotReady';
  return {
    status: next,
    events: steps.flatMap((s) => s.events),
    nextAtMs: times.length ? Math.min(...times) : undefined,
    why: reason('kubelet.podStatus', {
      pod: name, state, what: first ? first.what : reason('kubelet.noContainers'),
      ...(!prev.podIP && podIP ? { ip: reason('kubelet.podIp', { ip: podIP }) } : {}),
    }),
  };
}
