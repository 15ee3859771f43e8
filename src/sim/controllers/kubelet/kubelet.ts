// The kubelet of every simulated node, as one controller keyed by pod.
// Mirrors kubernetes/kubernetes pkg/kubelet/pod_workers.go (one worker per pod: sync, terminating, terminated)
// and pkg/kubelet/status/status_manager.go (status writes; delete with grace 0 once terminal).
// Deviations: one simulated kubelet serves all nodes; a kubelet on a down node (view.sim.nodesDown) does nothing.
import { missingConfig, missingVolume, podReadsConfig, resolveEnv } from './configRefs';
import { mainProcess } from './process';
import { msOfIso } from './time';
import type { ContainerStatus, Node, Pod, PodStatus } from 'kubernetes-types/core/v1';
import type { KObject, ObjectKey } from '../../api/types';
import { keyOf, objectKey } from '../../api/keys';
import type { ObjectChange } from '../../engine/types';
import type { ApiAction, ClusterView, Controller, EventIntent, ReconcileContext, ReconcileResult } from '../types';
import type { EventDraft } from './containerSync';
import { asPod, graceSecondsOf, isTerminal, isTerminating, stableJson } from './podUtil';
import { forgetAction, keepsMoments, momentsAbout, observedAt, rememberAction } from '../observed';
import { deepEqual } from '../../util/equal';
import { identityCache, type RunCache } from '../../engine/runCache';
import { reason, type Reason } from '../../reasons';
import { syncRunningPod } from './syncPod';
import { syncTerminatingPod } from './termination';

/** True if the node's kubelet stopped heartbeating (fault node-down). */
export const isNodeDown = (view: ClusterView, nodeName: string): boolean => view.sim.nodesDown[nodeName] !== undefined;

/** Pods bound to a node, sorted by key. */
export const podsOnNode = (view: ClusterView, nodeName: string): KObject[] =>
  view.list('Pod').filter((p) => asPod(p).spec?.nodeName === nodeName);

function keysFor(change: ObjectChange, view: ClusterView): ObjectKey[] {
  if (change.object.kind === 'Pod') {
    // A pod removed by someone else (force delete, GC): the kubelet forgets its timers for it.
    if (change.type === 'DELETED') return keepsMoments(view, 'kubelet', change.key) ? [change.key] : [];
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

/** stableJson of stored statuses (never mutated: a write makes a new object), once per status object in a run. */
function storedStatusJson(pod: Pod, memo: RunCache | undefined): string {
  const status = pod.status;
  if (!status) return stableJson({});
  const storedJson = identityCache<object, string>(memo, 'kubelet-status-json');
  let json = storedJson.get(status);
  if (json === undefined) storedJson.set(status, (json = stableJson(status)));
  return json;
}

/** True for JSON values whose stableJson tells them apart exactly as deepEqual does (no NaN/Infinity, no undefined array items, nothing else). */
function isPlainJson(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) {
    for (const x of v) if (x === undefined || !isPlainJson(x)) return false;
    return true;
  }
  if (typeof v !== 'object') return false;
  for (const k in v) {
    const x = (v as Record<string, unknown>)[k];
    if (x !== undefined && !isPlainJson(x)) return false;
  }
  return true;
}

function statusResult(view: ClusterView, key: ObjectKey, pod: Pod, status: PodStatus | undefined, drafts: readonly EventDraft[], nextAtMs: number | undefined, why: Reason, steady = false): ReconcileResult {
  const nowMs = view.nowMs;
  // deepEqual implies equal stableJson, so it settles the common no-change case without serializing.
  // For plain JSON values (finite numbers, no holes) a deepEqual difference is a stableJson difference: serialize only otherwise.
  const changed = status !== undefined && !deepEqual(status, pod.status ?? {})
    && ((isPlainJson(status) && isPlainJson(pod.status ?? {})) || stableJson(status) !== storedStatusJson(pod, view.memo));
  const actions: ApiAction[] = changed ? [{ type: 'updateStatus', key, status }] : [];
  const requeue = nextAtMs !== undefined ? Math.max(1, nextAtMs - nowMs) : undefined;
  return { actions, events: eventsFor(key, drafts), why, ...(requeue !== undefined ? { requeueAfterMs: requeue, ...(steady ? { steady } : {}) } : {}) };
}

function reconcile(key: ObjectKey, view: ClusterView, ctx: ReconcileContext): ReconcileResult {
  const obj = view.get(key);
  if (!obj) return { actions: forgetAction(view, 'kubelet', key), why: reason('kubelet.gone', { key }) };
  const pod = asPod(obj);
  const name = pod.metadata?.name ?? '';
  const nodeName = pod.spec?.nodeName;
  if (!nodeName) return { actions: [], why: reason('kubelet.notScheduled', { pod: name }) };
  if (isNodeDown(view, nodeName)) return { actions: [], why: reason('kubelet.nodeDown', { pod: name, node: nodeName }) };
  const uid = pod.metadata?.uid;
  if (isTerminal(pod)) {
    if (!isTerminating(pod)) return { actions: [], why: reason('kubelet.finished', { pod: name, phase: String(pod.status?.phase) }) };
    return { actions: [{ type: 'remove', key, ...(uid ? { uid } : {}) }, ...forgetAction(view, 'kubelet', key)], why: reason('kubelet.removed', { pod: name }) };
  }
  if (isTerminating(pod)) {
    // The pod worker's kill starts when the kubelet sees the deletion; a shorter grace period starts it again.
    const killWhat = `kill/${graceSecondsOf(pod)}`;
    const seen = observedAt(view, 'kubelet', key, uid ?? '', killWhat);
    const killMs = seen ?? view.nowMs;
    const step = syncTerminatingPod(pod, view.nowMs, killMs, view.memo);
    if (step.type === 'remove') return { actions: [{ type: 'remove', key, ...(uid ? { uid } : {}) }, ...forgetAction(view, 'kubelet', key)], why: step.why };
    const result = statusResult(view, key, pod, step.status, step.events, step.nextAtMs, step.why);
    const remember = rememberAction(view, 'kubelet', key, uid ?? '', { [killWhat]: killMs }, seen === undefined ? ['kill/'] : []);
    return { ...result, actions: [...result.actions, ...remember] };
  }
  const node = view.get(objectKey('Node', '', nodeName)) as unknown as Node | undefined;
  const unready = uid !== undefined && view.sim.unreadyPods[uid] === true;
  const moments = momentsAbout(view, 'kubelet', key);
  const clock = {
    podStartMs: moments?.[`${uid ?? ''}|sync`] ?? view.nowMs,
    seenMs: (what: 'started' | 'died', c: string, n: number) => moments?.[`${uid ?? ''}|${what}/${c}/${n}`],
  };
  const host = pod.spec?.hostname ?? name;
  const sync = syncRunningPod(pod, node, view.nowMs, unready, ctx, {
    missingConfig: (c) => missingConfig(c, pod.metadata?.namespace ?? '', view),
    missingVolume: () => missingVolume(pod, view),
    ...(view.memo ? { memo: view.memo } : {}),
    processOf: (c) => mainProcess(c, resolveEnv(c, pod, view), host, msOfIso(pod.status?.startTime) ?? view.nowMs),
  }, clock);
  const result = statusResult(view, key, pod, sync.status, sync.events, sync.nextAtMs, sync.why, sync.steady === true);
  const statuses = [...(sync.status?.initContainerStatuses ?? []), ...(sync.status?.containerStatuses ?? [])];
  return { ...result, actions: [...result.actions, ...rememberMoments(view, key, uid ?? '', clock, statuses)] };
}

/**
 * The pod worker's own clock: when it first synced the pod (the first pull starts then), and when it saw each
 * container start (the prober counts from there) or die (the restart back-off counts from there). Only the
 * latest moment per container and kind is kept.
 */
function rememberMoments(view: ClusterView, key: ObjectKey, uid: string, clock: { podStartMs: number; seenMs: (w: 'started' | 'died', c: string, n: number) => number | undefined }, statuses: readonly ContainerStatus[]): ApiAction[] {
  const set: Record<string, number> = { sync: clock.podStartMs };
  const drop: string[] = [];
  for (const s of statuses) {
    const died = !!s.state?.terminated || s.state?.waiting?.reason === 'CrashLoopBackOff';
    const what = s.state?.running ? 'started' : died ? 'died' : undefined;
    if (!what || clock.seenMs(what, s.name, s.restartCount) !== undefined) continue;
    set[`${what}/${s.name}/${s.restartCount}`] = view.nowMs;
    drop.push(`${what}/${s.name}/`);
  }
  return rememberAction(view, 'kubelet', key, uid, set, drop);
}

/**
 * The kubelet: starts containers of bound pods (pull, create, start, readiness), restarts crashed ones with
 * back-off, and carries out graceful deletion (SIGTERM, exit or SIGKILL, terminal phase, removal).
 */
export const kubeletController: Controller = { name: 'kubelet', latencyMs: 50, kinds: new Set(['Pod', 'Node', 'ConfigMap', 'Secret']), keysFor, reconcile };
