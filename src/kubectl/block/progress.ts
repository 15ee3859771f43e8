// Blocking commands (`rollout status`, `wait`, `delete` with --wait) as a small state machine fed with the
// cluster's object changes in order: `blockStart` at the snapshot the command ran on, `blockChange` for each
// change after it, `blockTimeout` when the deadline passes first. The scenario runner feeds it engine frames;
// the page console feeds it the timeline's frames up to the playhead. Mirrors kubectl's watch-based loops:
// rollout_status.go (print the status on every ADDED/MODIFIED event; "object has been deleted"), wait.go
// (each object in turn: `<kind>/<name> condition met`; `timed out waiting for the condition on <resource>/<name>`)
// and delete.go (wait silently for the objects to be gone).
import type { ClusterSnapshot, KObject, KindName } from '../../sim/index';
import { kubectlKindPrefix, resourceOf } from '../../sim/index';
import { rolloutStatus } from '../commands/rollout';
import { printJsonPath } from '../printers/jsonpath';
import { getObject } from '../resources';
import type { BlockSpec, BlockTarget } from '../shell/session';
import { afterAttempt, evictionRequest, failureText, isGoneFor, podLabel, timeoutText, type DrainProgress } from './drain';
import type { ClientRequest, RequestResult } from '../../sim/index';

export interface BlockState {
  /** What the command printed since the previous state (not cumulative). */
  readonly stdout: string;
  readonly stderr: string;
  readonly done: boolean;
  readonly exitCode: number;
  /** Targets still waited for, in order, with the latest object seen (undefined: gone). */
  readonly pending: readonly { readonly target: BlockTarget; readonly obj?: KObject }[];
  /** `drain` only: the pods still being evicted or waited for, and when its `--timeout` runs out. */
  readonly drain?: DrainProgress & { readonly deadlineMs?: number };
}

export interface ObjectChange {
  readonly type: 'ADDED' | 'MODIFIED' | 'DELETED';
  readonly object: KObject;
}

const keyOf = (kind: string, ns: string, name: string) => `${kind}/${ns}/${name}`;
const targetKey = (t: BlockTarget) => keyOf(t.kind, resourceOf(t.kind as KindName).namespaced ? t.namespace : '', t.name);
const objKey = (o: KObject) => keyOf(o.kind, o.metadata.namespace ?? '', o.metadata.name ?? '');

const finished = (stdout: string, stderr: string, exitCode: number): BlockState => ({ stdout, stderr, exitCode, done: true, pending: [] });

/** The deadline in simulated ms for a block started at `startMs`; undefined when it has no limit of its own. */
export function blockDeadline(spec: BlockSpec, startMs: number): number | undefined {
  return spec.timeoutMs === undefined ? undefined : startMs + spec.timeoutMs;
}

export function blockStart(spec: BlockSpec, snapshot: ClusterSnapshot): BlockState {
  if (spec.type === 'drain') {
    const deadlineMs = spec.timeoutMs ? snapshot.nowMs + spec.timeoutMs : undefined;
    const start: BlockState = { stdout: '', stderr: '', exitCode: 0, done: false, pending: [], drain: { ...spec.first, ...(deadlineMs !== undefined ? { deadlineMs } : {}) } };
    // Pods already gone when the evictions returned (a zero grace period).
    const gone = start.drain!.waiting.filter((t) => { const o = getObject(snapshot, 'Pod', t.namespace, t.name); return !o || (!!t.uid && o.metadata.uid !== t.uid); });
    return settleDrain(spec, { ...start, stdout: gone.map((t) => `pod/${t.name} evicted\n`).join(''), drain: { ...start.drain!, waiting: start.drain!.waiting.filter((t) => !gone.includes(t)) } });
  }
  const pending = spec.type === 'rollout' || spec.type === 'logs' ? [spec.target] : spec.targets;
  const state: BlockState = {
    stdout: '', stderr: '', exitCode: 0, done: false,
    pending: pending.map((target) => {
      const obj = getObject(snapshot, target.kind as KindName, target.namespace, target.name);
      return { target, ...(obj && (!target.uid || obj.metadata.uid === target.uid) ? { obj } : {}) };
    }),
  };
  // rollout status printed its first line when it planned; wait and delete check at once.
  return spec.type === 'rollout' ? state : settle(spec, state);
}

/** Feed one object change. */
export function blockChange(spec: BlockSpec, state: BlockState, change: ObjectChange): BlockState {
  if (state.done) return { ...state, stdout: '', stderr: '' };
  if (spec.type === 'drain') {
    const d = state.drain!;
    const gone = d.waiting.filter((t) => isGoneFor(t, change));
    if (gone.length === 0) return { ...state, stdout: '', stderr: '' };
    const next = { ...state, stdout: gone.map((t) => `pod/${t.name} evicted\n`).join(''), stderr: '', drain: { ...d, waiting: d.waiting.filter((t) => !gone.includes(t)) } };
    return settleDrain(spec, next);
  }
  const key = objKey(change.object);
  const i = state.pending.findIndex((p) => targetKey(p.target) === key && (!p.target.uid || p.target.uid === change.object.metadata.uid));
  if (i < 0) return { ...state, stdout: '', stderr: '' };
  const pending = state.pending.map((p, j) => (j === i ? { target: p.target, ...(change.type === 'DELETED' ? {} : { obj: change.object }) } : p));
  const next: BlockState = { ...state, stdout: '', stderr: '', pending };
  if (spec.type === 'rollout') {
    if (change.type === 'DELETED') return finished('', 'error: object has been deleted\n', 1);
    const s = rolloutStatus({ kind: change.object.kind, name: change.object.metadata.name ?? '', obj: change.object });
    return { ...next, stdout: s.stdout, stderr: s.stderr, exitCode: s.exitCode, done: s.done };
  }
  return settle(spec, next);
}

/** When the command next acts on its own (drain: the next eviction attempt), if it does. */
export function blockDue(state: BlockState): number | undefined {
  if (state.done || !state.drain) return undefined;
  return state.drain.retries.reduce<number | undefined>((m, r) => (m === undefined || r.atMs < m ? r.atMs : m), undefined);
}

/**
 * The attempts due at `nowMs`: `evicting pod NS/NAME` for each, and the eviction request to send (none when the
 * drain's --timeout has passed: each attempt then ends its pod with `global timeout reached`).
 */
export function blockAct(spec: BlockSpec, state: BlockState, nowMs: number): { state: BlockState; request?: ClientRequest; targets: readonly BlockTarget[] } {
  const d = state.drain;
  if (spec.type !== 'drain' || !d || state.done) return { state: { ...state, stdout: '', stderr: '' }, targets: [] };
  const due = d.retries.filter((r) => r.atMs <= nowMs).map((r) => r.target);
  const rest = d.retries.filter((r) => r.atMs > nowMs);
  const stdout = due.map((t) => `evicting pod ${t.namespace}/${t.name}\n`).join('');
  if (d.deadlineMs !== undefined && nowMs >= d.deadlineMs) {
    const errors = [...d.errors, ...due.map((t) => `error when evicting ${podLabel(t)}: ${timeoutText(spec.timeoutMs ?? 0)}`)];
    return { state: settleDrain(spec, { ...state, stdout, stderr: '', drain: { ...d, retries: rest, errors } }), targets: [] };
  }
  return { state: { ...state, stdout, stderr: '', drain: { ...d, retries: rest } }, request: evictionRequest(due, spec.gracePeriodSeconds), targets: due };
}

/** The API's answer to the attempts `blockAct` made at `nowMs`. */
export function blockActResult(spec: BlockSpec, state: BlockState, targets: readonly BlockTarget[], result: RequestResult | undefined, nowMs: number): BlockState {
  const d = state.drain;
  if (spec.type !== 'drain' || !d) return { ...state, stdout: '', stderr: '' };
  const after = afterAttempt(d, targets, result, nowMs);
  return settleDrain(spec, { ...state, stdout: '', stderr: after.stderr, drain: { ...d, ...after.progress } });
}

/** Drain: done when no pod is being retried or waited for; `node/NAME drained`, or the errors. */
function settleDrain(spec: Extract<BlockSpec, { type: 'drain' }>, state: BlockState): BlockState {
  const d = state.drain!;
  if (d.waiting.length > 0 || d.retries.length > 0) return state;
  if (d.errors.length === 0) return { ...state, stdout: state.stdout + `node/${spec.node} drained\n`, done: true, exitCode: 0 };
  const pendingPods = spec.pods.filter((t) => d.errors.some((e) => e.includes(`"${t.name}"`))).map((t) => t.name);
  return { ...state, stderr: state.stderr + failureText(spec.node, d.errors, pendingPods), done: true, exitCode: 1 };
}

/** The deadline passed before the command was done. */
export function blockTimeout(spec: BlockSpec, state: BlockState): BlockState {
  if (state.done) return { ...state, stdout: '', stderr: '' };
  if (spec.type === 'drain') {
    // waitForDelete gives up at the deadline; pods waiting for a retry give up at their next attempt (blockAct).
    const d = state.drain!;
    const errors = [...d.errors, ...d.waiting.map((t) => `error when waiting for pod "${t.name}" terminating: ${timeoutText(spec.timeoutMs ?? 0)}`)];
    return settleDrain(spec, { ...state, stdout: '', stderr: '', drain: { ...d, waiting: [], errors } });
  }
  const first = state.pending[0]?.target;
  const on = first ? ` on ${resourceOf(first.kind as KindName).plural}/${first.name}` : '';
  if (spec.type === 'rollout') return finished('', 'error: timed out waiting for the condition\n', 1);
  return finished('', `error: timed out waiting for the condition${on}\n`, 1);
}

/** wait/gone: take every leading target that now holds, in order. */
function settle(spec: BlockSpec, state: BlockState): BlockState {
  let stdout = state.stdout;
  let pending = state.pending;
  while (pending.length > 0) {
    const p = pending[0]!;
    if (!holds(spec, p.obj)) break;
    if (spec.type === 'wait') stdout += `${kubectlKindPrefix(p.target.kind as KindName)}/${p.target.name} condition met\n`;
    pending = pending.slice(1);
  }
  return { ...state, stdout, pending, done: pending.length === 0 };
}

function holds(spec: BlockSpec, obj: KObject | undefined): boolean {
  if (spec.type === 'gone') return obj === undefined;
  if (spec.type === 'logs') {
    const statuses = (obj as { status?: { containerStatuses?: { name?: string; state?: { running?: unknown } }[] } } | undefined)?.status?.containerStatuses ?? [];
    return !statuses.some((c) => c.name === spec.container && c.state?.running !== undefined);
  }
  if (spec.type !== 'wait') return false;
  const f = spec.for;
  if (f.type === 'delete') return obj === undefined;
  if (!obj) return false;
  if (f.type === 'condition') {
    const conds = (obj as { status?: { conditions?: { type?: string; status?: string }[] } }).status?.conditions ?? [];
    return conds.some((c) => (c.type ?? '').toLowerCase() === f.name.toLowerCase() && (c.status ?? '').toLowerCase() === f.value.toLowerCase());
  }
  let got: string;
  try {
    got = printJsonPath(`{${f.path}}`, obj);
  } catch {
    return false;
  }
  return f.value === undefined ? got !== '' : got === f.value;
}
