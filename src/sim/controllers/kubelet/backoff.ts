// Kubelet back-off timings as pure functions of stored timestamps, so reconcile stays level-based.
// Mirrors kubernetes/kubernetes pkg/kubelet/images/image_manager.go (image pull back-off) and
// pkg/kubelet/kuberuntime/kuberuntime_manager.go (doBackOff for crashed containers).
// Deviation: the real back-off state lives in kubelet memory; we recompute it from the pod's timestamps.
import type { SimTimeMs } from '../../api/types';

/** Initial back-off for image pulls and container restarts (kubelet default). */
export const BACKOFF_INITIAL_MS = 10_000;
/** Back-off cap (kubelet default MaxContainerBackOff / image back-off max). */
export const BACKOFF_MAX_MS = 300_000;
/** A container that ran this long before crashing restarts without back-off (reference §4.2). */
export const BACKOFF_RESET_MS = 600_000;
/** After a failed pull the status shows ErrImagePull until the next pod sync, then ImagePullBackOff. */
export const ERR_IMAGE_PULL_SHOWN_MS = 1_000;
/** A crashed container is restarted at the next relist when it is not in back-off (PLEG relist period). */
export const IMMEDIATE_RESTART_MS = 1_000;

/** The k-th back-off (k = 0 → 10s, doubling, capped at 300s). */
export const backoffMs = (k: number): number => Math.min(BACKOFF_INITIAL_MS * 2 ** Math.min(k, 30), BACKOFF_MAX_MS);

export type FailingPullReason = 'ContainerCreating' | 'ErrImagePull' | 'ImagePullBackOff';

export interface FailingPullState {
  readonly reason: FailingPullReason;
  /** Failed pull attempts so far. */
  readonly failures: number;
  /** When the shown reason changes next. */
  readonly nextAtMs: SimTimeMs;
}

/**
 * Where a pull that always fails stands at `nowMs`, given the first attempt started at `startMs`.
 * Cycle: pull (failMs) → ErrImagePull (1s) → ImagePullBackOff until back-off k ends → pull again (status
 * still ImagePullBackOff) → ErrImagePull … with back-off 10s, 20s, 40s … capped at 300s.
 */
export function failingPullState(startMs: SimTimeMs, nowMs: SimTimeMs, failMs: number): FailingPullState {
  let failAt = startMs + failMs;
  if (nowMs < failAt) return { reason: 'ContainerCreating', failures: 0, nextAtMs: failAt };
  for (let k = 0; k < 100_000; k++) {
    const backOffEnd = failAt + backoffMs(k);
    if (nowMs < failAt + ERR_IMAGE_PULL_SHOWN_MS) return { reason: 'ErrImagePull', failures: k + 1, nextAtMs: failAt + ERR_IMAGE_PULL_SHOWN_MS };
    const nextFail = backOffEnd + failMs;
    if (nowMs < nextFail) return { reason: 'ImagePullBackOff', failures: k + 1, nextAtMs: nextFail };
    failAt = nextFail;
  }
  return { reason: 'ImagePullBackOff', failures: 100_000, nextAtMs: nowMs + BACKOFF_MAX_MS };
}

/**
 * How long after a crash the kubelet restarts the container.
 * `restartCount` is the count before this restart; the first crash restarts at the next relist,
 * later ones wait 10s, 20s, … (cap 300s); a run of 10 min or more resets the back-off.
 */
export function crashRestartDelayMs(restartCount: number, ranForMs: number): number {
  if (restartCount === 0 || ranForMs >= BACKOFF_RESET_MS) return IMMEDIATE_RESTART_MS;
  return backoffMs(restartCount - 1);
}
