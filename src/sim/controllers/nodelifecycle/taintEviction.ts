// The taint eviction controller: deletes pods from nodes with NoExecute taints they do not tolerate (for long).
// Mirrors kubernetes/kubernetes pkg/controller/tainteviction/taint_eviction.go (getMinTolerationTime, processPodOnNode;
// event TaintManagerEviction "Marking for deletion Pod ns/name"; condition DisruptionTarget before deleting).
// Deviation: a pod without a toleration for not-ready/unreachable is treated as if the DefaultTolerationSeconds
// admission plugin had added one (300s), in case the API server did not.
import type { Node, Pod, Taint, Toleration } from 'kubernetes-types/core/v1';
import type { ObjectKey } from '../../api/types';
import { keyOf, objectKey } from '../../api/keys';
import type { ObjectChange } from '../../engine/types';
import type { ClusterView, Controller, ReconcileResult } from '../types';
import { podsOnNode } from '../kubelet/kubelet';
import { asPod, podRef, statusOf } from '../kubelet/podUtil';
import { condition } from '../kubelet/podStatus';
import { tolerates } from '../scheduler/predicates';
import { msOfIso } from '../kubelet/time';
import { reason } from '../../reasons';

/** DefaultTolerationSeconds admission plugin default. */
export const DEFAULT_TOLERATION_SECONDS = 300;
const DEFAULTED = ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'];

/** Seconds the pod may stay on a node with this taint: 0 = evict now, Infinity = never. */
export function tolerationSecondsFor(pod: Pod, taint: Taint): number {
  const matching: Toleration[] = (pod.spec?.tolerations ?? []).filter((t) => tolerates(t, taint));
  if (!matching.length) return DEFAULTED.includes(taint.key) ? DEFAULT_TOLERATION_SECONDS : 0;
  return Math.min(...matching.map((t) => (t.tolerationSeconds === undefined ? Infinity : Math.max(0, t.tolerationSeconds))));
}

/** When the pod must be evicted from the node, or undefined if it tolerates every NoExecute taint forever. */
export function evictionAtMs(pod: Pod, node: Node, nowMs: number): number | undefined {
  const times = (node.spec?.taints ?? []).filter((t) => t.effect === 'NoExecute')
    .map((t) => (msOfIso(t.timeAdded) ?? nowMs) + tolerationSecondsFor(pod, t) * 1000);
  const finite = times.filter((t) => Number.isFinite(t));
  return finite.length ? Math.min(...finite) : undefined;
}

function keysFor(change: ObjectChange, view: ClusterView): ObjectKey[] {
  if (change.object.kind === 'Node') return change.type === 'DELETED' ? [] : podsOnNode(view, change.object.metadata.name ?? '').map(keyOf);
  if (change.object.kind === 'Pod' && change.type !== 'DELETED' && asPod(change.object).spec?.nodeName) return [change.key];
  return [];
}

function reconcile(key: ObjectKey, view: ClusterView): ReconcileResult {
  const obj = view.get(key);
  if (!obj) return { actions: [] };
  const pod = asPod(obj);
  const name = pod.metadata?.name ?? '';
  const nodeName = pod.spec?.nodeName;
  if (!nodeName || pod.metadata?.deletionTimestamp) return { actions: [] };
  const node = view.get(objectKey('Node', '', nodeName)) as unknown as Node | undefined;
  const at = node ? evictionAtMs(pod, node, view.nowMs) : undefined;
  if (at === undefined) return { actions: [] };
  if (view.nowMs < at) {
    return { actions: [], requeueAfterMs: at - view.nowMs, why: reason('taint.tolerates', { pod: name, node: nodeName, seconds: Math.ceil((at - view.nowMs) / 1000) }) };
  }
  const prev = statusOf(pod);
  const disruption = condition(prev, 'DisruptionTarget', 'True', view.nowMs, 'DeletionByTaintManager', 'Taint manager: deleting due to NoExecute taint');
  const uid = pod.metadata?.uid;
  return {
    actions: [
      { type: 'updateStatus', key, status: { ...prev, conditions: [...(prev.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget'), disruption] } },
      { type: 'delete', key, ...(uid ? { uid } : {}) },
    ],
    events: [{ type: 'Normal', reason: 'TaintManagerEviction', message: `Marking for deletion Pod ${podRef(pod)}`, key }],
    why: reason('taint.evicted', { pod: name, node: nodeName }),
  };
}

/** taint-eviction-controller: deletes pods whose NoExecute taint toleration ran out (300s by default). */
export const taintEvictionController: Controller = { name: 'taint-eviction-controller', latencyMs: 100, keysFor, reconcile };
