// The node lifecycle controller: notices nodes whose kubelet stopped heartbeating.
// Mirrors kubernetes/kubernetes pkg/controller/nodelifecycle/node_lifecycle_controller.go (monitorNodeHealth,
// MarkPodsNotReady in pkg/controller/util/node). Grace: 50s, the --node-monitor-grace-period default since
// v1.32 (was 40s); we target v1.34. Deviations: no zone-based rate limiting; when a node comes back this
// controller also writes the kubelet's healthy conditions (our kubelet is per pod, not per node).
import type { Node } from 'kubernetes-types/core/v1';
import type { KObject, ObjectKey } from '../../api/types';
import { keyOf, objectKey } from '../../api/keys';
import type { ObjectChange } from '../../engine/types';
import type { ApiAction, ClusterView, Controller, EventIntent, ReconcileResult } from '../types';
import { podsOnNode } from '../kubelet/kubelet';
import { asPod, isTerminal, statusOf } from '../kubelet/podUtil';
import { condition } from '../kubelet/podStatus';
import { healthyConditions, isMarkedUnreachable, unknownConditions, withoutUnreachableTaints, withUnreachableTaints } from './nodeStatus';
import { reason } from '../../reasons';

/** --node-monitor-grace-period (v1.32+ default). */
export const NODE_MONITOR_GRACE_MS = 50_000;

function keysFor(change: ObjectChange, view: ClusterView): ObjectKey[] {
  if (change.object.kind === 'Node') return change.type === 'DELETED' ? [] : [change.key];
  if (change.object.kind === 'Pod' && change.type !== 'DELETED') {
    const nodeName = asPod(change.object).spec?.nodeName;
    if (nodeName && view.sim.nodesDown[nodeName] !== undefined) return [objectKey('Node', '', nodeName)];
  }
  return [];
}

/** Ready=False on a pod of an unreachable node (containers shown not ready: `0/1 Running`). */
function markPodNotReady(pod: KObject, nowMs: number): ApiAction | undefined {
  const p = asPod(pod);
  const prev = statusOf(p);
  if (isTerminal(p) || prev.conditions?.find((c) => c.type === 'Ready')?.status === 'False') return undefined;
  const conditions = (prev.conditions ?? []).map((c) => (c.type === 'Ready' || c.type === 'ContainersReady' ? condition(prev, c.type, 'False', nowMs) : c));
  if (!conditions.some((c) => c.type === 'Ready')) conditions.push(condition(prev, 'Ready', 'False', nowMs));
  const containerStatuses = prev.containerStatuses?.map((s) => ({ ...s, ready: false }));
  return { type: 'updateStatus', key: keyOf(pod), status: { ...prev, conditions, ...(containerStatuses ? { containerStatuses } : {}) } };
}

function markUnreachable(key: ObjectKey, obj: KObject, node: Node, view: ClusterView, downForMs: number): ReconcileResult {
  const name = node.metadata?.name ?? '';
  const actions: ApiAction[] = [];
  const events: EventIntent[] = [];
  if (node.status?.conditions?.find((c) => c.type === 'Ready')?.status !== 'Unknown') {
    actions.push({ type: 'updateStatus', key, status: { ...(node.status ?? {}), conditions: unknownConditions(node, view.nowMs) } });
    events.push({ type: 'Normal', reason: 'NodeNotReady', message: `Node ${name} status is now: NodeNotReady`, key });
  }
  const taints = withUnreachableTaints(node, view.nowMs);
  if (taints.length !== (node.spec?.taints ?? []).length) actions.push({ type: 'update', object: { ...obj, spec: { ...(obj.spec as object), taints } } });
  for (const pod of podsOnNode(view, name)) {
    const a = markPodNotReady(pod, view.nowMs);
    if (a) { actions.push(a); events.push({ type: 'Warning', reason: 'NodeNotReady', message: 'Node is not ready', key: keyOf(pod) }); }
  }
  return { actions, events, why: reason('node.notReady', { node: name, seconds: Math.round(downForMs / 1000) }) };
}

function reconcile(key: ObjectKey, view: ClusterView): ReconcileResult {
  const obj = view.get(key);
  if (!obj || obj.kind !== 'Node') return { actions: [], why: reason('node.gone', { key }) };
  const node = obj as unknown as Node;
  const name = node.metadata?.name ?? '';
  const downSince = view.sim.nodesDown[name];
  if (downSince !== undefined) {
    const notReadyAt = downSince + NODE_MONITOR_GRACE_MS;
    if (view.nowMs < notReadyAt) {
      return { actions: [], requeueAfterMs: notReadyAt - view.nowMs, why: reason('node.heartbeatStopped', { node: name }) };
    }
    return markUnreachable(key, obj, node, view, view.nowMs - downSince);
  }
  if (!isMarkedUnreachable(node)) return { actions: [], why: reason('node.ready', { node: name }) };
  const actions: ApiAction[] = [{ type: 'updateStatus', key, status: { ...(node.status ?? {}), conditions: healthyConditions(node, view.nowMs) } }];
  const taints = withoutUnreachableTaints(node);
  const { taints: _old, ...specRest } = (obj.spec ?? {}) as { taints?: unknown };
  actions.push({ type: 'update', object: { ...obj, spec: taints.length ? { ...specRest, taints } : specRest } });
  return {
    actions,
    events: [{ type: 'Normal', reason: 'NodeReady', message: `Node ${name} status is now: NodeReady`, key }],
    why: reason('node.readyAgain', { node: name }),
  };
}

/** node-lifecycle-controller: NotReady + unreachable taints 50s after a node stops heartbeating; undone when it returns. */
export const nodeLifecycleController: Controller = { name: 'node-lifecycle-controller', latencyMs: 100, kinds: new Set(['Node', 'Pod']), keysFor, reconcile };
