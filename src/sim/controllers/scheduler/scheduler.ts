// The default scheduler: binds pending pods to nodes.
// Mirrors kubernetes/kubernetes pkg/scheduler/schedule_one.go (schedulePod: filter, score, bind; handleSchedulingFailure:
// FailedScheduling event + PodScheduled=False/Unschedulable) and eventhandlers.go (which changes requeue pods).
// Deviations: scoring is "fewest pods, then node name"; no preemption; no periodic retry of unschedulable pods
// (they are retried when a Node, PV, PVC, StorageClass or the pod itself changes). The bind is one write of spec.nodeName (like the
// binding subresource); the kubelet then reports PodScheduled=True with its first status.
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { KObject, ObjectKey } from '../../api/types';
import { keyOf } from '../../api/keys';
import type { ObjectChange } from '../../engine/types';
import type { ApiAction, ClusterView, Controller, ReconcileResult } from '../types';
import { asPod, getCondition, isTerminal, podRef, statusOf } from '../kubelet/podUtil';
import { condition } from '../kubelet/podStatus';
import { antiAffinityMisfit, fitErrorMessage, nodeMisfit, preemptionMessage } from './predicates';
import { checkVolumes, findPodVolumes, SELECTED_NODE, type PodVolumes } from './volumeBinding';
import { countKeys, lookupKeys } from '../../engine/termIndex';
import { reason, type Reason } from '../../reasons';

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
  // A free volume or a new class can make a node feasible for an unschedulable pod with claims (VolumeBinding's
  // events); volumes already claimed (provisioned for a claim, pre-bound) cannot.
  const freeVolume = kind === 'PersistentVolume' && change.type !== 'DELETED' && !(change.object.spec as { claimRef?: unknown } | undefined)?.claimRef;
  if (freeVolume || (kind === 'StorageClass' && change.type === 'ADDED')) {
    return pendingPods(view).filter((p) => getCondition(statusOf(asPod(p)), 'PodScheduled')?.status === 'False' && pendingClaimTerms(p).length > 0).map(keyOf);
  }
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
function unschedulable(key: ObjectKey, pod: Pod, message: string, nowMs: number, why: Reason): ReconcileResult {
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

/** Index term of a pod that counts against its node: the node's name, for a bound pod that has not finished. */
function boundNodeTerms(obj: KObject): string[] {
  const p = asPod(obj);
  const n = p.spec?.nodeName;
  return n && !isTerminal(p) ? [n] : [];
}

/** Pods (not finished) already bound to each of `nodes`, from the run's index of pods by node. */
function podCounts(view: ClusterView, nodes: readonly Node[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of nodes) {
    const name = n.metadata?.name ?? '';
    counts.set(name, countKeys(view, 'Pod', 'scheduler/boundPodsByNode', boundNodeTerms, name));
  }
  return counts;
}

function reconcile(key: ObjectKey, view: ClusterView): ReconcileResult {
  const obj = view.get(key);
  if (!obj) return { actions: [], why: reason('sched.gone', { key }) };
  const pod = asPod(obj);
  const name = pod.metadata?.name ?? '';
  if (!needsScheduling(pod)) return { actions: [], why: reason('sched.notNeeded', { pod: name }) };
  const nodes = view.list('Node').map((n) => n as unknown as Node);
  const vol = checkVolumes(pod, view);
  if (vol.type === 'blocked') {
    const message = nodes.length ? `0/${nodes.length} nodes are available: ${vol.message}. ${preemptionMessage(nodes.length)}` : 'no nodes available to schedule pods';
    return unschedulable(key, pod, message, view.nowMs, vol.why);
  }
  if (vol.selectedNode) {
    const claim = vol.delayed[0]?.metadata?.name ?? '';
    return { actions: [], why: reason('sched.claimProvisioning', { pod: name, claim, node: vol.selectedNode }) };
  }
  const reasons: string[] = [];
  const antiAffinity = pod.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.length
    ? view.list('Pod').map(asPod).filter((p) => p.spec?.nodeName && !isTerminal(p) && p.metadata?.uid !== pod.metadata?.uid) : [];
  const plans = new Map<Node, PodVolumes>();
  const feasible = nodes.filter((n) => {
    // The filter plugins in upstream order; the first that rejects the node gives its reasons
    // (NodeUnschedulable … NodeAffinity, then VolumeBinding, then InterPodAffinity).
    const misfit = nodeMisfit(n, pod, []);
    if (misfit) {
      reasons.push(misfit);
      return false;
    }
    const plan = findPodVolumes(vol, n, view);
    if (plan.reasons.length) {
      reasons.push(...plan.reasons);
      return false;
    }
    const clash = antiAffinityMisfit(n, pod, nodes, antiAffinity);
    if (clash) {
      reasons.push(clash);
      return false;
    }
    plans.set(n, plan);
    return true;
  });
  if (!feasible.length) {
    return unschedulable(key, pod, fitErrorMessage(nodes.length, reasons), view.nowMs, reasons[0] ? reason('sched.noNode', { pod: name, misfit: reasons[0] }) : reason('sched.noNodes', { pod: name }));
  }
  const counts = podCounts(view, feasible);
  const chosen = [...feasible].sort((a, b) => (counts.get(a.metadata?.name ?? '') ?? 0) - (counts.get(b.metadata?.name ?? '') ?? 0)
    || ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1))[0]!;
  const nodeName = chosen.metadata?.name ?? '';
  const plan = plans.get(chosen);
  if (plan && (plan.staticBindings.length || plan.provisions.length)) return bindPodVolumes(pod, nodeName, plan);
  return {
    actions: [{ type: 'update', object: { ...obj, spec: { ...(obj.spec as object), nodeName } } }],
    events: [{ type: 'Normal', reason: 'Scheduled', message: `Successfully assigned ${podRef(pod)} to ${nodeName}`, key }],
    why: reason('sched.scheduled', { pod: name, node: nodeName }),
  };
}

/**
 * BindPodVolumes (PreBind): pre-bind each static match by writing the volume's claimRef (the PV controller then
 * completes the binding), and ask for the other claims to be provisioned on the node (selected-node annotation).
 * The pod waits until its claims are Bound.
 */
function bindPodVolumes(pod: Pod, nodeName: string, plan: PodVolumes): ReconcileResult {
  const name = pod.metadata?.name ?? '';
  const actions: ApiAction[] = [];
  for (const { claim, volume } of plan.staticBindings) {
    const claimRef = {
      kind: 'PersistentVolumeClaim', namespace: claim.metadata?.namespace ?? '', name: claim.metadata?.name ?? '',
      uid: claim.metadata?.uid ?? '', apiVersion: 'v1', resourceVersion: claim.metadata?.resourceVersion ?? '',
    };
    const annotations = { ...(volume.metadata?.annotations ?? {}), 'pv.kubernetes.io/bound-by-controller': 'yes' };
    actions.push({ type: 'update', object: { ...volume, metadata: { ...volume.metadata, annotations }, spec: { ...volume.spec, claimRef } } as unknown as KObject });
  }
  for (const c of plan.provisions) {
    actions.push({ type: 'update', object: { ...c, metadata: { ...c.metadata, annotations: { ...(c.metadata?.annotations ?? {}), [SELECTED_NODE]: nodeName } } } as unknown as KObject });
  }
  const parts = [
    ...(plan.staticBindings.length ? [reason('sched.reservedPvs', { pairs: plan.staticBindings.map((b) => reason('sched.pvForClaim', { volume: b.volume.metadata?.name ?? '', claim: b.claim.metadata?.name ?? '' })) })] : []),
    ...(plan.provisions.length ? [reason('sched.askedProvision', { claims: plan.provisions.map((c) => c.metadata?.name ?? '') })] : []),
  ];
  return { actions, why: reason('sched.chosenBindVolumes', { pod: name, node: nodeName, parts }) };
}

/** default-scheduler: places pending pods on Ready, schedulable, untainted nodes (fewest pods first). */
export const schedulerController: Controller = { name: 'default-scheduler', latencyMs: 10, kinds: new Set(['Pod', 'Node', 'PersistentVolume', 'StorageClass', 'PersistentVolumeClaim']), keysFor, reconcile };
