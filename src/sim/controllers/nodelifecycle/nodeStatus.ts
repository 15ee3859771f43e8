// Node condition and taint rewrites used by the node lifecycle controller.
// Mirrors kubernetes/kubernetes pkg/controller/nodelifecycle/node_lifecycle_controller.go (tryUpdateNodeHealth:
// every condition → Unknown "Kubelet stopped posting node status."; doNoExecuteTaintingPass / markNodeAsReachable).
import type { Node, NodeCondition, Taint } from 'kubernetes-types/core/v1';
import type { SimTimeMs } from '../../api/types';
import { isoOf } from '../kubelet/time';

export const UNREACHABLE = 'node.kubernetes.io/unreachable';

/** What each condition says when the kubelet reports a healthy node. */
const HEALTHY: Readonly<Record<string, readonly [string, string, string]>> = {
  Ready: ['True', 'KubeletReady', 'kubelet is posting ready status'],
  MemoryPressure: ['False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
  DiskPressure: ['False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
  PIDPressure: ['False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
};

/** True when the node controller has marked the node unreachable (Ready Unknown or the taint present). */
export function isMarkedUnreachable(node: Node): boolean {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  return ready?.status === 'Unknown' || (node.spec?.taints ?? []).some((t) => t.key === UNREACHABLE);
}

/** Every condition Unknown, as after a missed heartbeat (lastHeartbeatTime kept). */
export function unknownConditions(node: Node, nowMs: SimTimeMs): NodeCondition[] {
  const conds = node.status?.conditions?.length ? node.status.conditions : [{ type: 'Ready', status: 'True' }];
  return conds.map((c) => ({
    ...c, status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.',
    lastTransitionTime: c.status === 'Unknown' ? c.lastTransitionTime : isoOf(nowMs),
  }));
}

/** Conditions as the kubelet posts them once it is back. */
export function healthyConditions(node: Node, nowMs: SimTimeMs): NodeCondition[] {
  return (node.status?.conditions ?? []).map((c) => {
    const h = HEALTHY[c.type];
    if (!h) return c;
    const [status, reason, message] = h;
    return { ...c, status, reason, message, lastHeartbeatTime: isoOf(nowMs), lastTransitionTime: c.status === status ? c.lastTransitionTime : isoOf(nowMs) };
  });
}

/** The node's taints plus unreachable NoSchedule and NoExecute (timeAdded now), without duplicates. */
export function withUnreachableTaints(node: Node, nowMs: SimTimeMs): Taint[] {
  const taints = node.spec?.taints ?? [];
  const add = (['NoSchedule', 'NoExecute'] as const)
    .filter((effect) => !taints.some((t) => t.key === UNREACHABLE && t.effect === effect))
    .map((effect) => ({ key: UNREACHABLE, effect, timeAdded: isoOf(nowMs) }));
  return [...taints, ...add];
}

/** The node's taints without the unreachable ones. */
export const withoutUnreachableTaints = (node: Node): Taint[] => (node.spec?.taints ?? []).filter((t) => t.key !== UNREACHABLE);
