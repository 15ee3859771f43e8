// The default scheduler: binds pending pods to nodes.
// Mirrors kubernetes/kubernetes pkg/scheduler/schedule_one.go (schedulePod: filter, score, bind; handleSchedulingFailure:
// FailedScheduling event + PodScheduled=False/Unschedulable) and eventhandlers.go (which changes requeue pods).
// Deviations: scoring is "fewest pods, then node name"; no preemption; no periodic retry of unschedulable pods
// (they are retried when a Node, PVC or the pod itself changes). The bind is one write of spec.nodeName (like the
// binding subresource); the kubelet then reports PodScheduled=True with its first status.
import type { Node, PersistentVolumeClaim, Pod } from 'kubernetes-types/core/v1';
import type { KObject, ObjectKey } from '../../api/types';
import { keyOf } from '../../api/keys';
import type { ObjectChange } from '../../engine/types';
import type { ClusterView, Controller, ReconcileResult } from '../types';
import { asPod, getCondition, isTerminal, podRef, statusOf } from '../kubelet/podUtil';
import { condition } from '../kubelet/podStatus';
import { antiAffinityMisfit, fitErrorMessage, nodeMisfit, preemptionMessage } from './predicates';
import { checkVolumes, SELECTED_NODE } from './volumeBinding';
import { lookupKeys } from '../../engine/termIndex';
import { chunked } from '../../util/chunkMemo';

/** True for a pod this scheduler should place: unbound, not deleting, default schedulerName. */
export const needsScheduling = (pod: Pod): boolean =>
  !pod.spec?.nodeName && !pod.metadata?.deletionTimestamp && (pod.spec?.schedulerName ?? 'default-scheduler') === 'default-scheduler';

const pendingPods = (view: ClusterView): KObject[] => view.list('Pod').filter((p) => needsScheduling(asPod(p)));

/** Index terms of a pod waiting to be scheduled: `namespace/claim` for each claim it mounts. */
function pendingClaimTerms(obj: KObject): string[] {
  const pod = asPod(obj);
  if (!needsScheduling(pod)) return [];
  const ns = obj.metadata.namespace ?? '';
  const out: string[] = [];
  for (const v of pod.spec?.volumes ?? []) if (v.persistentVolumeClaim?.claimName) out.push(ns + '/' + v.persistentVolumeClaim.claimName);
  return out;
}

function keysFor(change: ObjectChange, view: ClusterView): ObjectKey[] {
  const kind = change.object.kind;
  if (kind === 'Pod') return change.type !== 'DELETED' && needsScheduling(asPod(change.object)) ? [change.key] : [];
  if (kind === 'Node') return pendingPods(view).map(keyOf);
  if (kind === 'PersistentVolumeClaim') {
    // Only a claim appearing, going, binding or getting its selected node can unblock a pod.
    const prev = change.previous;
    const phase = (o: typeof prev) => (o?.status as { phase?: string } | undefined)?.phase;
    const node = (o: typeof prev) => o?.metadata.annotations?.[SELECTED_NODE];
    if (change.type === 'MODIFIED' && phase(prev) === phase(change.object) && node(prev) === node(change.object)) return [];
    const term = (change.object.metadata.namespace ?? '') + '/' + (change.object.metadata.name ?? '');
    return lookupKeys(view, 'Pod', 'scheduler/pendingPodClaims', pendingClaimTerms, term);
  }
  return [];
}

/** Record a scheduling failure once per distinct message (PodScheduled=False carries it, as upstream). */
function unschedulable(key: ObjectKey, pod: Pod, message: string, nowMs: number, why: string): ReconcileResult {
  const prev = statusOf(pod);
  const cond = getCondition(prev, 'PodScheduled');
  if (cond?.status === 'False' && cond.message === message) return { actions: [], why };
  const scheduled = condition(prev, 'PodScheduled', 'False', nowMs, 'Unschedulable', message);
  const conditions = [...(prev.conditions ?? []).filter((c) => c.type !== 'PodScheduled'), scheduled];
  return {
    actions: [{ type: 'updateStatus', key, status: { ...prev, conditions } }],
    events: [{ type: 'Warning', reason: 'FailedScheduling', message, key }],
    why,
  };
}

/** Pods (not finished) already bound to each node, counted per chunk of pods remembered by identity. */
function podCounts(view: ClusterView): Map<string, number> {
  const pods = view.list('Pod');
  const counts = new Map<string, number>();
  for (const chunk of chunked('scheduler-pod-counts', '', pods, (from, to) => countPods(pods, from, to))) {
    for (const [n, c] of chunk) counts.set(n, (counts.get(n) ?? 0) + c);
  }
  return counts;
}

function countPods(pods: readonly KObject[], from: number, to: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const p = asPod(pods[i]!);
    const n = p.spec?.nodeName;
    if (n && !isTerminal(p)) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return counts;
}

function reconcile(key: ObjectKey, view: ClusterView): ReconcileResult {
  const obj = view.get(key);
  if (!obj) return { actions: [], why: `${key} is gone; nothing to schedule` };
  const pod = asPod(obj);
  const name = pod.metadata?.name ?? '';
  if (!needsScheduling(pod)) return { actions: [], why: `${name} needs no scheduling` };
  const nodes = view.list('Node').map((n) => n as unknown as Node);
  const vol = checkVolumes(pod, view);
  if (vol.type === 'blocked') {
    const message = nodes.length ? `0/${nodes.length} nodes are available: ${vol.message}. ${preemptionMessage(nodes.length)}` : 'no nodes available to schedule pods';
    return unschedulable(key, pod, message, view.nowMs, vol.why);
  }
  if (vol.selectedNode) {
    const claim = vol.delayed[0]?.metadata?.name ?? '';
    return { actions: [], why: `${name} waits in Pending: its PVC ${claim} is being provisioned on ${vol.selectedNode} (WaitForFirstConsumer)` };
  }
  const reasons: string[] = [];
  const antiAffinity = pod.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.length
    ? view.list('Pod').map(asPod).filter((p) => p.spec?.nodeName && !isTerminal(p) && p.metadata?.uid !== pod.metadata?.uid) : [];
  const feasible = nodes.filter((n) => {
    const misfit = nodeMisfit(n, pod, vol.volumes) ?? antiAffinityMisfit(n, pod, nodes, antiAffinity);
    if (misfit) reasons.push(misfit);
    return !misfit;
  });
  if (!feasible.length) {
    return unschedulable(key, pod, fitErrorMessage(nodes.length, reasons), view.nowMs, `${name} waits in Pending: no node can take it (${reasons[0] ?? 'no nodes'})`);
  }
  const counts = podCounts(view);
  const chosen = [...feasible].sort((a, b) => (counts.get(a.metadata?.name ?? '') ?? 0) - (counts.get(b.metadata?.name ?? '') ?? 0)
    || ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1))[0]!;
  const nodeName = chosen.metadata?.name ?? '';
  if (vol.delayed.length) {
    const claims = vol.delayed.map((c) => c.metadata?.name ?? '').join(', ');
    return {
      actions: vol.delayed.map((c: PersistentVolumeClaim) => ({
        type: 'update' as const,
        object: { ...c, metadata: { ...c.metadata, annotations: { ...(c.metadata?.annotations ?? {}), [SELECTED_NODE]: nodeName } } } as unknown as KObject,
      })),
      why: `${name} waits in Pending: the scheduler chose ${nodeName} and asked for PVC ${claims} to be provisioned there first (WaitForFirstConsumer)`,
    };
  }
  return {
    actions: [{ type: 'update', object: { ...obj, spec: { ...(obj.spec as object), nodeName } } }],
    events: [{ type: 'Normal', reason: 'Scheduled', message: `Successfully assigned ${podRef(pod)} to ${nodeName}`, key }],
    why: `${name} was scheduled to ${nodeName}: a Ready node with room and the fewest pods`,
  };
}

/** default-scheduler: places pending pods on Ready, schedulable, untainted nodes (fewest pods first). */
export const schedulerController: Controller = { name: 'default-scheduler', latencyMs: 10, keysFor, reconcile };
