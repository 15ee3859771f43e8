// Pure helpers the engine's fault handler applies to a pod (DESIGN scenario `fault:` steps).
// They return the pod with a new status; the engine stores it (as the kubelet's status write) and then
// enqueues the kubelet for the pod, whose reconcile carries on (restart with back-off, etc.).
import type { KObject, SimTimeMs } from '../../api/types';
import type { ContainerStatus, PodStatus } from 'kubernetes-types/core/v1';
import { mergeConditions, readinessConditions } from './podStatus';
import { asPod, statusOf } from './podUtil';
import { isoOf } from './time';

/**
 * Fault container-crash: the pod's first running container exits with code 1 (reason Error).
 * restartCount is unchanged: the kubelet increments it when it restarts the container (`0/1 Error 0` →
 * `1/1 Running 1 (1s ago)`; a second crash within 10 min shows CrashLoopBackOff). With restartPolicy Never
 * the pod becomes Failed. Returns the pod unchanged if nothing is running.
 */
export function crashPod(pod: KObject, nowMs: SimTimeMs): KObject {
  const p = asPod(pod);
  const prev = statusOf(p);
  const statuses = prev.containerStatuses ?? [];
  const idx = statuses.findIndex((s) => s.state?.running);
  if (idx < 0) return pod;
  const crashed = statuses.map((s, i): ContainerStatus => i !== idx ? s : {
    ...s, ready: false, started: false,
    state: { terminated: { containerID: s.containerID, exitCode: 1, finishedAt: isoOf(nowMs), reason: 'Error', startedAt: s.state?.running?.startedAt } },
  });
  const never = p.spec?.restartPolicy === 'Never' && crashed.every((s) => !s.state?.running);
  const status: PodStatus = {
    ...prev, ...(never ? { phase: 'Failed' } : {}),
    conditions: mergeConditions(prev, readinessConditions(prev, crashed, nowMs, never)), containerStatuses: crashed,
  };
  return { ...pod, status };
}

/**
 * Fault pod-evict: the kubelet evicts the pod under memory pressure: phase Failed, reason Evicted
 * (kubectl STATUS `Evicted`), containers not ready, condition DisruptionTarget (TerminationByKubelet).
 * Controllers react as on a real cluster: a StatefulSet deletes and recreates it, a ReplicaSet replaces it.
 */
export function evictPod(pod: KObject, nowMs: SimTimeMs): KObject {
  const p = asPod(pod);
  const prev = statusOf(p);
  const statuses = (prev.containerStatuses ?? []).map((s) => ({ ...s, ready: false }));
  const disruption = { lastProbeTime: null as unknown as undefined, lastTransitionTime: isoOf(nowMs), message: 'The node was low on resource: memory. ', reason: 'TerminationByKubelet', status: 'True', type: 'DisruptionTarget' };
  const conditions = mergeConditions(prev, readinessConditions(prev, statuses, nowMs, true)).filter((c) => c.type !== 'DisruptionTarget');
  const status: PodStatus = {
    ...prev, phase: 'Failed', reason: 'Evicted', message: 'The node was low on resource: memory.',
    conditions: [...conditions, disruption], containerStatuses: statuses,
  };
  return { ...pod, status };
}
