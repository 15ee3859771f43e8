// The taint eviction controller: deletes pods from nodes with NoExecute taints they do not tolerate (for long).
// Mirrors kubernetes/kubernetes pkg/controller/tainteviction/taint_eviction.go (getMinTolerationTime, processPodOnNode;
// event TaintManagerEviction "Marking for deletion Pod ns/name"; condition DisruptionTarget before deleting).
// The eviction is scheduled tolerationSeconds after the controller first observed the taints (its work's
// CreatedAt), not after the taint's second-floored timeAdded; it is cancelled when the taints go.
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
import { reason } from '../../reasons';
import { forgetAction, keepsMoments, observedAt, rememberAction } from '../observed';

const NAME = 'taint-eviction-controller';

/** DefaultTolerationSeconds admission plugin default. */
export const DEFAULT_TOLERATION_SECONDS = 300;
const DEFAULTED = ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'];

/** Seconds the pod may stay on a node with this taint: 0 = evict now, Infinity = never. */
export function tolerationSecondsFor(pod: Pod, taint: Taint): number {
  const matching: Toleration[] = (pod.spec?.tolerations ?? []).filter((t) => tolerates(t, taint));
  if (!matching.length) return DEFAULTED.includes(taint.key) ? DEFAULT_TOLERATION_SECONDS : 0;
  return Math.min(...matching.map((t) => (t.tolerationSeconds === undefined ? Infinity : Math.max(0, t.tolerationSeconds))));
}

/**
 * getMinTolerationTime over the node's NoExecute taints: how long after the controller observed them the pod must
 * go (0: at once), or undefined if it tolerates them all forever.
 */
export function minTolerationMs(pod: Pod, node: Node): number | undefined {
  const times = (node.spec?.taints ?? []).filter((t) => t.effect === 'NoExecute').map((t) => tolerationSecondsFor(pod, t) * 1000);
  const finite = times.filter((t) => Number.isFinite(t));
  return finite.length ? Math.min(...finite) : undefined;
}

function keysFor(change: ObjectChange, view: ClusterView): ObjectKey[] {
  if (change.object.kind === 'Node') return change.type === 'DELETED' ? [] : podsOnNode(view, change.object.metadata.name ?? '').map(keyOf);
  if (change.object.kind === 'Pod' && change.type !== 'DELETED' && asPod(change.object).spec?.nodeName) return [change.key];
  // A pod gone while its eviction was scheduled: cancel it (forget the moment).
  if (change.object.kind === 'Pod' && change.type === 'DELETED' && keepsMoments(view, NAME, change.key)) return [change.key];
  return [];
}

function reconcile(key: ObjectKey, view: ClusterView): ReconcileResult {
  const obj = view.get(key);
  if (!obj) return { actions: forgetAction(view, NAME, key) };
  const pod = asPod(obj);
  const name = pod.metadata?.name ?? '';
  const nodeName = pod.spec?.nodeName;
  const uid = pod.metadata?.uid;
  const forget = forgetAction(view, NAME, key);
  if (!nodeName || pod.metadata?.deletionTimestamp) return { actions: forget };
  const node = view.get(objectKey('Node', '', nodeName)) as unknown as Node | undefined;
  const wait = node ? minTolerationMs(pod, node) : undefined;
  if (wait === undefined) return { actions: forget };
  const since = observedAt(view, NAME, key, uid ?? '', 'evict') ?? view.nowMs;
  const at = since + wait;
  if (view.nowMs < at) {
    return {
      actions: rememberAction(view, NAME, key, uid ?? '', { evict: since }), requeueAfterMs: at - view.nowMs,
      why: reason('taint.tolerates', { pod: name, node: nodeName, seconds: Math.ceil((at - view.nowMs) / 1000) }),
    };
  }
  const prev = statusOf(pod);
  const disruption = condition(prev, 'DisruptionTarget', 'True', view.nowMs, 'DeletionByTaintManager', 'Taint manager: deleting due to NoExecute taint');
  return {
    actions: [
      ...forget,
      { type: 'updateStatus', key, status: { ...prev, conditions: [...(prev.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget'), disruption] } },
      { type: 'delete', key, ...(uid ? { uid } : {}) },
    ],
    events: [{ type: 'Normal', reason: 'TaintManagerEviction', message: `Marking for deletion Pod ${podRef(pod)}`, key }],
    why: reason('taint.evicted', { pod: name, node: nodeName }),
  };
}

/** taint-eviction-controller: deletes pods whose NoExecute taint toleration ran out (300s by default). */
export const taintEvictionController: Controller = { name: NAME, latencyMs: 100, kinds: new Set(['Node', 'Pod']), keysFor, reconcile };
