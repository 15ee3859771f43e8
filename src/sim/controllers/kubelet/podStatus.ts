// Pod-level status assembly: phase, conditions, host/pod IPs.
// Mirrors kubernetes/kubernetes pkg/kubelet/kubelet_pods.go (generateAPIPodStatus, getPhase) and
// pkg/kubelet/status/generate.go (GeneratePodReadyCondition, GenerateContainersReadyCondition).
import type { ContainerStatus, Node, PodCondition, PodStatus } from 'kubernetes-types/core/v1';
import type { SimTimeMs } from '../../api/types';
import { getCondition } from './podUtil';
import { isoOf } from './time';

/** Conditions the kubelet owns, in the order the kubelet writes them. */
const KUBELET_CONDITIONS = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady'] as const;

/** A condition, keeping lastTransitionTime when the status did not change (API convention). */
export function condition(prev: PodStatus, type: string, status: 'True' | 'False', nowMs: SimTimeMs, reason?: string, message?: string): PodCondition {
  const old = getCondition(prev, type);
  const lastTransitionTime = old && old.status === status ? old.lastTransitionTime : isoOf(nowMs);
  return { lastProbeTime: null as unknown as undefined, lastTransitionTime, ...(message ? { message } : {}), ...(reason ? { reason } : {}), status, type };
}

/** Replace the kubelet-owned conditions, keep the others (PodScheduled, DisruptionTarget, …) after them. */
export function mergeConditions(prev: PodStatus, own: readonly PodCondition[]): PodCondition[] {
  const others = (prev.conditions ?? []).filter((c) => !(KUBELET_CONDITIONS as readonly string[]).includes(c.type));
  return [...own, ...others];
}

/**
 * The kubelet-owned conditions plus PodScheduled=True (a bound pod is scheduled; the scheduler's bind writes
 * only spec.nodeName), then any other conditions.
 */
export function boundPodConditions(prev: PodStatus, own: readonly PodCondition[], nowMs: SimTimeMs): PodCondition[] {
  const others = mergeConditions(prev, own).slice(own.length).filter((c) => c.type !== 'PodScheduled');
  return [...own, condition(prev, 'PodScheduled', 'True', nowMs), ...others];
}

/** Ready/ContainersReady for a set of container statuses ("containers with unready status: [nginx]"). */
export function readinessConditions(prev: PodStatus, statuses: readonly ContainerStatus[], nowMs: SimTimeMs, completed = false): PodCondition[] {
  const unready = statuses.filter((s) => !s.ready).map((s) => s.name);
  const ok = unready.length === 0 && statuses.length > 0;
  const reason = completed ? 'PodCompleted' : ok ? undefined : 'ContainersNotReady';
  const message = completed || ok ? undefined : `containers with unready status: [${unready.join(' ')}]`;
  return [
    condition(prev, 'PodReadyToStartContainers', completed ? 'False' : 'True', nowMs),
    condition(prev, 'Initialized', 'True', nowMs),
    condition(prev, 'Ready', ok ? 'True' : 'False', nowMs, reason, message),
    condition(prev, 'ContainersReady', ok ? 'True' : 'False', nowMs, reason, message),
  ];
}

/** The node's InternalIP, or a kind-style address derived from its name. */
export function hostIPOf(node: Node | undefined, nodeName: string): string {
  const ip = node?.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
  if (ip) return ip;
  const n = Number(nodeName.replace(/\D/g, '')) || 0;
  return `172.18.0.${n + 2}`;
}

/** Host fields the kubelet reports on its first status write. */
export function hostFields(prev: PodStatus, node: Node | undefined, nodeName: string, nowMs: SimTimeMs): Partial<PodStatus> {
  const hostIP = prev.hostIP ?? hostIPOf(node, nodeName);
  return { hostIP, hostIPs: prev.hostIPs ?? [{ ip: hostIP }], startTime: prev.startTime ?? isoOf(nowMs) };
}

/** Pod IP fields once a sandbox exists (allocated once per pod; restarts keep it). */
export function podIPFields(podIP: string | undefined): Partial<PodStatus> {
  return podIP ? { podIP, podIPs: [{ ip: podIP }] } : {};
}
