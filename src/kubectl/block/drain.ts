// `kubectl drain` after its first round of evictions, as a blocking command. Mirrors k8s.io/kubectl pkg/drain
// (drain.go evictPods, waitForDelete) and pkg/cmd/drain (deleteOrEvictPodsSimple, RunDrain): each pod's eviction is
// retried every 5 s while the API answers 429 (a PodDisruptionBudget allows no disruption), printing
// `evicting pod NS/NAME` on every attempt and `error when evicting pods/"NAME" -n "NS" (will retry after 5s): …`
// on every refusal; an evicted pod is waited for until it is gone (or replaced by a pod of another uid), then
// `pod/NAME evicted`; when every pod is done, `node/NAME drained`. `--timeout` (default 0: none) is checked at the
// top of each attempt and while waiting: `error when evicting pods/"NAME" -n "NS": global timeout reached: 30s`,
// then the pending pods and `error: unable to drain node …, aborting command...`.
// Deviation: kubectl polls for the deletion every second; Podium sees it when it happens.
import type { ApiError, ClientRequest, KObject, RequestResult } from '../../sim/index';
import { apiErrorMessage } from '../../sim/index';
import { formatApiError } from '../errors';
import { formatGoDuration } from '../duration';
import type { BlockTarget } from '../shell/session';

export const DRAIN_RETRY_MS = 5_000;

export interface DrainSpec {
  readonly type: 'drain';
  readonly node: string;
  /** The pods evicted or being retried, in kubectl's order, with their uids. */
  readonly pods: readonly BlockTarget[];
  /** `--grace-period` for the evictions (absent: the pod's own). */
  readonly gracePeriodSeconds?: number;
  /** `--timeout`; undefined: no limit (kubectl's default 0). */
  readonly timeoutMs?: number;
  /** The state the first round left: which pods wait for deletion, which retry. */
  readonly first: DrainProgress;
}

/** Where each pod stands. `retryAtMs`: the eviction is tried again then. `waiting`: evicted, not gone yet. */
export interface DrainProgress {
  readonly waiting: readonly BlockTarget[];
  readonly retries: readonly { readonly target: BlockTarget; readonly atMs: number }[];
  readonly errors: readonly string[];
}

export const podLabel = (t: BlockTarget): string => `pods/"${t.name}" -n "${t.namespace}"`;

/** The stderr line of a refused eviction attempt (429 and "more than one budget" are printed as the API's message). */
export function refusalText(t: BlockTarget, err: ApiError): string {
  const msg = err.reason === 'TooManyRequests' || err.reason === 'InternalError' ? apiErrorMessage(err) : formatApiError(err);
  return `error when evicting ${podLabel(t)} (will retry after 5s): ${msg}\n`;
}

/** One eviction request for `targets`, pinned to their uids. */
export function evictionRequest(targets: readonly BlockTarget[], gracePeriodSeconds: number | undefined): ClientRequest {
  return {
    type: 'delete',
    targets: targets.map((t) => ({ kind: 'Pod' as const, namespace: t.namespace, name: t.name })),
    eviction: true,
    ...(gracePeriodSeconds !== undefined ? { gracePeriodSeconds } : {}),
  };
}

/**
 * The outcome of one round of eviction attempts at `nowMs`: successes wait for deletion, 429s retry in 5 s,
 * NotFound counts as done (silently, as kubectl's loop returns nil), anything else is a final error.
 */
export function afterAttempt(p: DrainProgress, targets: readonly BlockTarget[], result: RequestResult | undefined, nowMs: number): { progress: DrainProgress; stderr: string } {
  let stderr = '';
  const waiting = [...p.waiting];
  const retries = [...p.retries];
  const errors = [...p.errors];
  targets.forEach((t, i) => {
    const err = result?.items[i]?.error;
    if (!err) waiting.push(t);
    else if (err.reason === 'NotFound') return;
    else if (err.reason === 'TooManyRequests') {
      stderr += refusalText(t, err);
      retries.push({ target: t, atMs: nowMs + DRAIN_RETRY_MS });
    } else errors.push(`error when evicting ${podLabel(t)}: ${err.reason === 'InternalError' ? apiErrorMessage(err) : formatApiError(err).replace(/^Error from server \(\w+\): /, '')}`);
  });
  return { progress: { waiting, retries, errors }, stderr };
}

/** Whether `obj` (a change to a pod) ends the wait for `t`: it is deleted, or a pod of another uid took the name. */
export function isGoneFor(t: BlockTarget, change: { type: string; object: KObject }): boolean {
  const o = change.object;
  if (o.kind !== 'Pod' || o.metadata.name !== t.name || (o.metadata.namespace ?? '') !== t.namespace) return false;
  if (t.uid && o.metadata.uid !== t.uid) return true;
  return change.type === 'DELETED';
}

/** The text when the drain ends with errors (deleteOrEvictPodsSimple, then RunDrain's abort, then CheckErr). */
export function failureText(node: string, errors: readonly string[], pendingPods: readonly string[]): string {
  const err = errors.length === 1 ? errors[0]! : `[${errors.join(', ')}]`;
  const pending = pendingPods.length ? `There are pending pods in node "${node}" when an error occurred: ${err}\n${pendingPods.map((p) => `pod/${p}\n`).join('')}` : '';
  return `${pending}error: unable to drain node "${node}" due to error: ${err}, aborting command...\nThere are pending nodes to be drained:\n ${node}\nerror: ${err}\n`;
}

export const timeoutText = (ms: number): string => `global timeout reached: ${formatGoDuration(ms)}`;
