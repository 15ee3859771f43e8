// Graceful termination of a pod whose deletionTimestamp is set.
// Mirrors kubernetes/kubernetes pkg/kubelet/kuberuntime/kuberuntime_container.go (killContainer: SIGTERM, then
// SIGKILL a full grace period after the kubelet started killing, timed from that moment and not from the
// second-floored deletionTimestamp) and the ≥1.27 behaviour of reporting a terminal phase before the pod is removed.
// Deviation: a pod whose containers never started is confirmed deleted at once, without a terminal status.
import type { RunCache as RunCache } from '../../engine/runCache';
import type { Container, ContainerStatus, Pod, PodStatus } from 'kubernetes-types/core/v1';
import type { SimTimeMs } from '../../api/types';
import { lookupImage } from '../../cluster/images';
import { ignoresSigterm } from './process';
import type { EventDraft } from './containerSync';
import { mergeConditions, readinessConditions } from './podStatus';
import { containersOf, containerStatusOf, graceSecondsOf, jitter01, seedOf, statusOf } from './podUtil';
import { isoOf } from './time';
import { reason, type Reason } from '../../reasons';

export type TerminationStep =
  | { readonly type: 'remove'; readonly why: Reason }
  | { readonly type: 'status'; readonly status?: PodStatus; readonly events: readonly EventDraft[]; readonly nextAtMs?: SimTimeMs; readonly why: Reason };

/** True if the container process ever started (running now, or crashed earlier). */
const everStarted = (s: ContainerStatus | undefined): boolean =>
  !!s && (!!s.state?.running || !!s.state?.terminated || !!s.lastState?.terminated || s.restartCount > 0);

/** When a running container's process is gone: promptly for SIGTERM-respecting images, at grace end otherwise. */
function exitAtMs(c: Container, s: ContainerStatus | undefined, pod: Pod, killMs: SimTimeMs, deadlineMs: SimTimeMs, memo: RunCache | undefined): SimTimeMs {
  if (!s?.state?.running) return killMs;
  const info = lookupImage(c.image ?? '', memo);
  if (!info?.exitsOnSigterm || ignoresSigterm(c)) return deadlineMs;
  const stop = Math.round(info.stopMs * (0.8 + 0.5 * jitter01(`${seedOf(pod)}/${c.name}/stop`)));
  return Math.min(killMs + Math.max(stop, 100), deadlineMs);
}

function terminated(c: Container, s: ContainerStatus | undefined, exitMs: SimTimeMs, deadlineMs: SimTimeMs, memo: RunCache | undefined): ContainerStatus {
  const base: ContainerStatus = s ?? { image: c.image ?? '', imageID: '', name: c.name, ready: false, restartCount: 0 };
  const prior = s?.state?.terminated ?? (s?.state?.running ? undefined : s?.lastState?.terminated);
  if (prior) return { ...base, ready: false, started: false, state: { terminated: prior } };
  const killed = exitMs >= deadlineMs && (!lookupImage(c.image ?? '', memo)?.exitsOnSigterm || ignoresSigterm(c));
  const exitCode = killed ? 137 : 0;
  return {
    ...base, ready: false, started: false,
    state: { terminated: { containerID: s?.containerID, exitCode, finishedAt: isoOf(exitMs), reason: exitCode === 0 ? 'Completed' : 'Error', startedAt: s?.state?.running?.startedAt } },
  };
}

/** The next step of a graceful deletion the kubelet started at `killMs` (when it observed the deletion). */
export function syncTerminatingPod(pod: Pod, nowMs: SimTimeMs, killMs: SimTimeMs, memo?: RunCache): TerminationStep {
  const prev = statusOf(pod);
  const name = pod.metadata?.name ?? '';
  const containers = containersOf(pod);
  const statuses = containers.map((c) => containerStatusOf(pod, c.name));
  if (!statuses.some(everStarted)) return { type: 'remove', why: reason('kubelet.removedNeverStarted', { pod: name }) };
  const deadlineMs = killMs + graceSecondsOf(pod) * 1000;
  const exits = containers.map((c, i) => exitAtMs(c, statuses[i], pod, killMs, deadlineMs, memo));
  const podExitMs = Math.max(...exits);
  const wasReady = statuses.some((s) => s?.ready);
  const killing: EventDraft[] = containers.filter((_, i) => statuses[i]?.state?.running)
    .map((c) => ({ type: 'Normal', reason: 'Killing', message: `Stopping container ${c.name}` }));
  const main = containers[0]?.name ?? 'container';
  if (nowMs < podExitMs) {
    const stopping = statuses.map((s, i) => s ?? { image: containers[i]?.image ?? '', imageID: '', name: containers[i]?.name ?? '', ready: false, restartCount: 0 })
      .map((s) => ({ ...s, ready: false }));
    const status: PodStatus = { ...prev, conditions: mergeConditions(prev, readinessConditions(prev, stopping, nowMs)), containerStatuses: stopping };
    const sigkill = exits.some((t) => t >= deadlineMs);
    const why = sigkill
      ? reason('kubelet.ignoresSigterm', { pod: name, container: main, grace: graceSecondsOf(pod) })
      : reason('kubelet.sentSigterm', { pod: name, container: main });
    return { type: 'status', status, events: wasReady ? killing : [], nextAtMs: podExitMs, why };
  }
  const finals = containers.map((c, i) => terminated(c, statuses[i], exits[i] ?? nowMs, deadlineMs, memo));
  const failed = finals.some((s) => (s.state?.terminated?.exitCode ?? 0) !== 0);
  const status: PodStatus = {
    ...prev, phase: failed ? 'Failed' : 'Succeeded',
    conditions: mergeConditions(prev, readinessConditions(prev, finals, nowMs, true)), containerStatuses: finals,
  };
  const code = finals[0]?.state?.terminated?.exitCode ?? 0;
  const why = code === 137
    ? reason('kubelet.killedAfterGrace', { pod: name, container: main, grace: graceSecondsOf(pod) })
    : failed ? reason('kubelet.exitedWithError', { pod: name, code })
      : reason('kubelet.exitedOnSigterm', { pod: name, container: main });
  return { type: 'status', status, events: wasReady ? killing : [], why };
}
