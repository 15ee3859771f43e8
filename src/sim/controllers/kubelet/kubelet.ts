// The kubelet of every simulated node, as one controller keyed by pod.
// Mirrors kubernetes/kubernetes pkg/kubelet/pod_workers.go (one worker per pod: sync, terminating, terminated)
// and pkg/kubelet/status/status_manager.go (status writes; delete with grace 0 once terminal).
// Deviations: one simulated kubelet serves all nodes; a kubelet on a down node (view.sim.nodesDown) does nothing.
import { missingConfig, missingVolume, podReadsConfig, resolveEnv } from './configRefs';
import { mainProcess } from './process';
import { msOfIso } from './time';
import type { Node, Pod, PodStatus } from 'kubernetes-types/core/v1';
import type { KObject, ObjectKey } from '../../api/types';
import { keyOf, objectKey } from '../../api/keys';
import type { ObjectChange } from '../../engine/types';
import type { ApiAction, ClusterView, Controller, EventIntent, ReconcileContext, ReconcileResult } from '../types';
import type { EventDraft } from './containerSync';
import { asPod, isTerminal, isTerminating, stableJson } from './podUtil';
import { deepEqual } from '../../util/equal';
import { syncRunningPod } from './syncPod';
import { syncTerminatingPod } from './termination';

/** True if the node's kubelet stopped heartbeating (fault node-down). */
export const isNodeDown = (view: ClusterView, nodeName: string): boolean => view.sim.nodesDown[nodeName] !== undefined;

/** Pods bound to a node, sorted by key. */
export const podsOnNode = (view: ClusterView, nodeName: string): KObject[] =>
  view.list('Pod').filter((p) => asPod(p).spec?.nodeName === nodeName);

function keysFor(change: ObjectChange, view: ClusterView): ObjectKey[] {
  if (change.object.kind === 'Pod') {
    if (change.type === 'DELETED') return [];
    return asPod(change.object).spec?.nodeName ? [change.key] : [];
  }
  if (change.object.kind === 'Node') return podsOnNode(view, change.object.metadata.name ?? '').map(keyOf);
  if (change.object.kind === 'ConfigMap' || change.object.kind === 'Secret') {
    const { kind, metadata } = change.object;
    return view.list('Pod', metadata.namespace ?? '').filter((p) => asPod(p).spec?.nodeName && podReadsConfig(asPod(p), kind, metadata.name ?? '')).map(keyOf);
  }
  return [];
}

const eventsFor = (key: ObjectKey, drafts: readonly EventDraft[]): EventIntent[] => drafts.map((d) => ({ ...d, key }));

/** stableJson of stored statuses (never mutated: a write makes a new object), computed once per status object. */
const storedJson = new WeakMap<object, string>();

function storedStatusJson(pod: Pod): string {
  const status = pod.status;
  if (!status) return stableJson({});
  let json = storedJson.get(status);
  if (json === undefined) storedJson.set(status, (json = stableJson(status)));
  return json;
}

function statusResult(key: ObjectKey, pod: Pod, status: PodStatus | undefined, drafts: readonly EventDraft[], nextAtMs: number | undefined, nowMs: number, why: string, steady = false): ReconcileResult {
  // deepEqual implies equal stableJson, so it settles the common no-change case without serializing.
  const changed = status !== undefined && !deepEqual(status, pod.status ?? {}) && stableJson(status) !== storedStatusJson(pod);
  const actions: ApiAction[] = changed ? [{ type: 'updateStatus', key, status }] : [];
  const requeue = nextAtMs !== undefined ? Math.max(1, nextAtMs - nowMs) : undefined;
  return { actions, events: eventsFor(key, drafts), why, ...(requeue !== undefined ? { requeueAfterMs: requeue, ...(steady ? { steady } : {}) } : {}) };
}

function reconcile(key: ObjectKey, view: ClusterView, ctx: ReconcileContext): ReconcileResult {
  const obj = view.get(key);
  if (!obj) return { actions: [], why: `${key} is gone; nothing for the kubelet to do` };
  const pod = asPod(obj);
  const name = pod.metadata?.name ?? '';
  const nodeName = pod.spec?.nodeName;
  if (!nodeName) return { actions: [], why: `${name} is not scheduled yet; no kubelet owns it` };
  if (isNodeDown(view, nodeName)) return { actions: [], why: `${name} is frozen: the kubelet on ${nodeName} is down and cannot report status` };
  const uid = pod.metadata?.uid;
  if (isTerminal(pod)) {
    if (!isTerminating(pod)) return { actions: [], why: `${name} has finished (${pod.status?.phase}); the kubelet keeps it until it is deleted` };
    return { actions: [{ type: 'remove', key, ...(uid ? { uid } : {}) }], why: `${name} is gone: the kubelet confirmed its containers stopped, so the API server removed it` };
  }
  if (isTerminating(pod)) {
    const step = syncTerminatingPod(pod, view.nowMs);
    if (step.type === 'remove') return { actions: [{ type: 'remove', key, ...(uid ? { uid } : {}) }], why: step.why };
    return statusResult(key, pod, step.status, step.events, step.nextAtMs, view.nowMs, step.why);
  }
  const node = view.get(objectKey('Node', '', nodeName)) as unknown as Node | undefined;
  const unready = uid !== undefined && view.sim.unreadyPods[uid] === true;
  const host = pod.spec?.hostname ?? name;
  const sync = syncRunningPod(pod, node, view.nowMs, unready, ctx, {
    missingConfig: (c) => missingConfig(c, pod.metadata?.namespace ?? '', view),
    missingVolume: () => missingVolume(pod, view),
    processOf: (c) => mainProcess(c, resolveEnv(c, pod, view), host, msOfIso(pod.status?.startTime) ?? view.nowMs),
  });
  return statusResult(key, pod, sync.status, sync.events, sync.nextAtMs, view.nowMs, sync.why, sync.steady === true);
}

/**
 * The kubelet: starts containers of bound pods (pull, create, start, readiness), restarts crashed ones with
 * back-off, and carries out graceful deletion (SIGTERM, exit or SIGKILL, terminal phase, removal).
 */
export const kubeletController: Controller = { name: 'kubelet', latencyMs: 50, keysFor, reconcile };
