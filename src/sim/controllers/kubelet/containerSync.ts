// One container's next status, computed from its stored status and the clock (level-based).
// Mirrors kubernetes/kubernetes pkg/kubelet/kuberuntime/kuberuntime_manager.go (SyncPod: pull, create, start,
// restart with back-off) and pkg/kubelet/prober (readiness). Deviations: no init containers, startup or liveness
// probes; images are pulled on every first start (no node image cache); restarts reuse the pulled image.
import type { RunCache as RunCache } from '../../engine/runCache';
import type { Container, ContainerStatus, Pod } from 'kubernetes-types/core/v1';
import type { SimTimeMs } from '../../api/types';
import { lookupImage, pullErrorMessage } from '../../cluster/images';
import { crashRestartDelayMs, failingPullState, IMMEDIATE_RESTART_MS } from './backoff';
import { goDuration, jitter01 } from './podUtil';
import { isoOf, msOfIso, stampedMs } from './time';
import type { ProcessRun } from './process';
import { hasCommand, toolboxOf } from '../../cluster/imageContents';
import { reason, type Reason } from '../../reasons';

export interface EventDraft { readonly type: 'Normal' | 'Warning'; readonly reason: string; readonly message: string }

export interface ContainerEnv {
  readonly pod: Pod;
  readonly nowMs: SimTimeMs;
  /** When the kubelet first synced the pod (its own clock, not the floored status.startTime): the first pull starts then. */
  readonly podStartMs: SimTimeMs;
  /** When the kubelet saw a container (by name and restart count) start, or die, if it did (its own clock). */
  readonly seenMs?: (what: 'started' | 'died', container: string, restartCount: number) => SimTimeMs | undefined;
  /** The readiness probe is forced to fail (fault pod-unready). */
  readonly unready: boolean;
  readonly seed: string;
  /** The run's cache store (decoded image tag lists). */
  readonly memo?: RunCache;
  /** The error for a ConfigMap/Secret the container's environment needs but cannot find (CreateContainerConfigError). */
  readonly missingConfig?: (c: Container) => string | undefined;
  /** What the container's main process does (process.ts); without it the process runs until stopped. */
  readonly processOf?: (c: Container) => ProcessRun;
  /** Init containers restart only on failure (OnFailure), whatever the pod's policy (unless Never). */
  readonly restartPolicy?: string;
}

export interface ContainerStep {
  readonly status: ContainerStatus;
  readonly events: readonly EventDraft[];
  readonly nextAtMs?: SimTimeMs;
  /** Still waiting for its first start (keeps the pod phase Pending). */
  readonly neverStarted: boolean;
  readonly running: boolean;
  /** nextAtMs is a steady-state timer (crash-loop back-off, the exit of a settled process). */
  readonly steady?: boolean;
  /** A fragment for the learner-facing sentence. */
  readonly what: Reason;
}

/** Failed pulls take about this long before the registry answers "not found". */
const FAIL_PULL_MS = 1_200;

/** The pull duration of a container's image with a small deterministic jitter (±25%). */
export function pullDurationMs(c: Container, seed: string, memo?: RunCache): number {
  const base = lookupImage(c.image ?? '', memo)?.pullMs ?? FAIL_PULL_MS;
  return Math.round(base * (0.75 + 0.5 * jitter01(`${seed}/${c.name}/pull`)));
}

const containerId = (seed: string, name: string, restarts: number): string =>
  `containerd://${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => Math.floor(jitter01(`${seed}/${name}/${restarts}/${i}`) * 0x1_0000_0000).toString(16).padStart(8, '0')).join('')}`;

/** When a running container first passes its readiness probe (immediately without a probe). */
function readyAtMs(c: Container, startedMs: SimTimeMs): SimTimeMs {
  const p = c.readinessProbe;
  if (p && probeCommandMissing(c)) return Number.POSITIVE_INFINITY;
  return p ? startedMs + ((p.initialDelaySeconds ?? 0) + (p.periodSeconds ?? 10)) * 1000 : Number.NEGATIVE_INFINITY;
}

/** The program of an exec readiness probe when the image does not have it. */
export function probeCommandMissing(c: Container): string | undefined {
  const program = c.readinessProbe?.exec?.command?.[0];
  if (program === undefined) return undefined;
  return hasCommand(toolboxOf(c.image ?? ''), program) ? undefined : program;
}

/** The prober's event text when the exec probe's program does not exist (the OCI runtime's exec error). */
export function missingProbeMessage(program: string, seed: string): string {
  const why = program.includes('/') ? `exec: "${program}": stat ${program}: no such file or directory` : `exec: "${program}": executable file not found in $PATH`;
  const execId = containerId(seed, `probe/${program}`, 0).slice('containerd://'.length);
  return `Readiness probe errored: rpc error: code = Unknown desc = failed to exec in container: failed to start exec "${execId}": OCI runtime exec failed: exec failed: unable to start container process: ${why}: unknown`;
}

/** A container whose process ended: terminated with its code (Completed for 0, Error otherwise). */
function exitedStatus(base: ContainerStatus, proc: ProcessRun, startedIso: string, finishedMs: SimTimeMs): ContainerStatus {
  const term = proc.startError
    ? { containerID: base.containerID, exitCode: 128, finishedAt: isoOf(finishedMs), message: proc.startError, reason: 'StartError', startedAt: '1970-01-01T00:00:00Z' }
    : { containerID: base.containerID, exitCode: proc.exitCode, finishedAt: isoOf(finishedMs), reason: proc.exitCode === 0 ? 'Completed' : 'Error', startedAt: startedIso };
  return { ...base, ready: false, started: false, state: { terminated: term } };
}

/** The step of a container that started now: still running, or already exited (a quick script, a StartError). */
function startedStep(c: Container, env: ContainerEnv, status: ContainerStatus, events: EventDraft[], what: Reason): ContainerStep {
  const proc = env.processOf?.(c);
  if (proc?.startError) {
    events.pop();
    events.push({ type: 'Warning', reason: 'Failed', message: `Error: ${proc.startError}` });
    return { status: exitedStatus(status, proc, isoOf(env.nowMs), env.nowMs), events, nextAtMs: env.nowMs + IMMEDIATE_RESTART_MS, neverStarted: false, running: false, what: reason('kubelet.startError', { container: c.name, error: proc.startError }) };
  }
  if (proc?.exitAfterMs !== undefined && proc.exitAfterMs < IMMEDIATE_RESTART_MS) {
    return { status: exitedStatus(status, proc, isoOf(env.nowMs), env.nowMs), events, nextAtMs: env.nowMs + IMMEDIATE_RESTART_MS, neverStarted: false, running: false,
      what: reason('kubelet.exitedAtOnce', { container: c.name, code: proc.exitCode }) };
  }
  const probeMissing = probeCommandMissing(c);
  if (probeMissing && !env.unready) events.push({ type: 'Warning', reason: 'Unhealthy', message: missingProbeMessage(probeMissing, env.seed) });
  // The prober counts from when the kubelet started the container (now), not from the floored startedAt.
  const readyAt = readyAtMs(c, env.nowMs);
  const exitAt = proc?.exitAfterMs !== undefined ? env.nowMs + proc.exitAfterMs : undefined;
  const timers = [status.ready || env.unready || readyAt === Number.POSITIVE_INFINITY ? undefined : readyAt, exitAt].filter((t): t is number => t !== undefined);
  return { status, events, neverStarted: false, running: true, nextAtMs: timers.length ? Math.min(...timers) : undefined, what };
}

/** The message a failing readiness probe reports, by probe type. */
export function readinessFailure(c: Container, podIP: string | undefined): string {
  const p = c.readinessProbe;
  if (p?.tcpSocket) return `Readiness probe failed: dial tcp ${podIP ?? '10.244.0.1'}:${String(p.tcpSocket.port)}: connect: connection refused`;
  if (p?.exec) return 'Readiness probe failed: ';
  return 'Readiness probe failed: HTTP probe failed with statuscode: 503';
}

const started = (events: EventDraft[], c: Container): void => {
  events.push({ type: 'Normal', reason: 'Created', message: `Created container: ${c.name}` });
  events.push({ type: 'Normal', reason: 'Started', message: `Started container ${c.name}` });
};

function runningStatus(c: Container, env: ContainerEnv, restartCount: number, lastState: ContainerStatus['lastState']): ContainerStatus {
  const info = lookupImage(c.image ?? '', env.memo);
  return {
    containerID: containerId(env.seed, c.name, restartCount), image: info?.fullRef ?? c.image ?? '', imageID: info?.imageID ?? '',
    lastState: lastState ?? {}, name: c.name, ready: !env.unready && !c.readinessProbe,
    restartCount, started: true, state: { running: { startedAt: isoOf(env.nowMs) } },
  };
}

/** First start: pull (or fail to pull, with back-off), then create and start. */
function syncFirstStart(c: Container, prev: ContainerStatus | undefined, env: ContainerEnv): ContainerStep {
  const events: EventDraft[] = [];
  const image = c.image ?? '';
  const pulling: EventDraft = { type: 'Normal', reason: 'Pulling', message: `Pulling image "${image}"` };
  if (!prev) events.push(pulling);
  const info = lookupImage(image, env.memo);
  const waiting = (reason: string, message?: string): ContainerStatus => ({
    image, imageID: '', lastState: {}, name: c.name, ready: false, restartCount: 0, started: false,
    state: { waiting: message ? { message, reason } : { reason } },
  });
  if (!info) {
    const st = failingPullState(env.podStartMs, env.nowMs, pullDurationMs(c, env.seed, env.memo));
    const prevReason = prev?.state?.waiting?.reason;
    const error = pullErrorMessage(image);
    if (st.reason === 'ErrImagePull' && prevReason !== 'ErrImagePull') {
      if (prevReason === 'ImagePullBackOff') events.push(pulling);
      events.push({ type: 'Warning', reason: 'Failed', message: `Failed to pull image "${image}": ${error}` });
      events.push({ type: 'Warning', reason: 'Failed', message: 'Error: ErrImagePull' });
    }
    if (st.reason === 'ImagePullBackOff' && prevReason !== 'ImagePullBackOff') {
      events.push({ type: 'Normal', reason: 'BackOff', message: `Back-off pulling image "${image}"` });
      events.push({ type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff' });
    }
    const message = st.reason === 'ErrImagePull' ? error : st.reason === 'ImagePullBackOff' ? `Back-off pulling image "${image}": ErrImagePull: ${error}` : undefined;
    const what = st.reason === 'ContainerCreating' ? reason('kubelet.pulling', { image })
      : reason('kubelet.pullFailing', { image, failures: st.failures });
    return { status: waiting(st.reason, message), events, nextAtMs: st.nextAtMs, neverStarted: true, running: false, what };
  }
  const pullMs = pullDurationMs(c, env.seed, env.memo);
  const doneAt = env.podStartMs + pullMs;
  if (env.nowMs < doneAt) {
    return { status: waiting('ContainerCreating'), events, nextAtMs: doneAt, neverStarted: true, running: false, what: reason('kubelet.pulling', { image }) };
  }
  const d = goDuration(pullMs);
  const configWait = prev?.state?.waiting?.reason === 'CreateContainerConfigError';
  if (!configWait) events.push({ type: 'Normal', reason: 'Pulled', message: `Successfully pulled image "${image}" in ${d} (${d} including waiting). Image size: ${info.sizeBytes} bytes.` });
  const missing = env.missingConfig?.(c);
  if (missing) {
    if (!configWait || prev?.state?.waiting?.message !== missing) events.push({ type: 'Warning', reason: 'Failed', message: `Error: ${missing}` });
    return {
      status: waiting('CreateContainerConfigError', missing), events, neverStarted: true, running: false,
      what: reason('kubelet.configError', { container: c.name, error: missing }),
    };
  }
  started(events, c);
  return startedStep(c, env, runningStatus(c, env, 0, {}), events, reason('kubelet.pulledStarted', { image, duration: d }));
}

/** Restart a crashed container once its back-off has passed; show CrashLoopBackOff while waiting. */
function syncCrashed(c: Container, prev: ContainerStatus, env: ContainerEnv): ContainerStep {
  const term = prev.state?.terminated ?? prev.lastState?.terminated;
  // The back-off counts from when the kubelet saw the container die, not from the floored finishedAt.
  const finishedMs = env.seenMs?.('died', c.name, prev.restartCount) ?? env.nowMs;
  const ranForMs = (msOfIso(term?.finishedAt) ?? 0) - (msOfIso(term?.startedAt) ?? msOfIso(term?.finishedAt) ?? 0);
  const policy = env.restartPolicy ?? env.pod.spec?.restartPolicy ?? 'Always';
  if (policy === 'Never' || (policy === 'OnFailure' && term?.exitCode === 0)) {
    return { status: prev, events: [], neverStarted: false, running: false, what: reason('kubelet.exitedNoRestart', { container: c.name, policy }) };
  }
  const delay = crashRestartDelayMs(prev.restartCount, ranForMs);
  const restartAt = finishedMs + delay;
  const events: EventDraft[] = [];
  if (env.nowMs >= restartAt) {
    events.push({ type: 'Normal', reason: 'Pulled', message: `Container image "${c.image ?? ''}" already present on machine` });
    started(events, c);
    const status = runningStatus(c, env, prev.restartCount + 1, { terminated: term });
    return startedStep(c, env, status, events, reason('kubelet.restarted', { container: c.name, restart: prev.restartCount + 1 }));
  }
  if (delay > IMMEDIATE_RESTART_MS && env.nowMs >= finishedMs + IMMEDIATE_RESTART_MS) {
    const who = `${env.pod.metadata?.name ?? ''}_${env.pod.metadata?.namespace ?? 'default'}(${env.pod.metadata?.uid ?? ''})`;
    const status: ContainerStatus = {
      ...prev, ready: false, started: false, lastState: { terminated: term },
      state: { waiting: { message: `back-off ${goDuration(delay)} restarting failed container=${c.name} pod=${who}`, reason: 'CrashLoopBackOff' } },
    };
    if (prev.state?.waiting?.reason !== 'CrashLoopBackOff') {
      events.push({ type: 'Warning', reason: 'BackOff', message: `Back-off restarting failed container ${c.name} in pod ${who}` });
    }
    return { status, events, nextAtMs: restartAt, neverStarted: false, running: false, steady: true,
      what: reason('kubelet.crashLoop', { container: c.name, delay: goDuration(delay) }) };
  }
  const nextAtMs = delay > IMMEDIATE_RESTART_MS ? Math.min(restartAt, finishedMs + IMMEDIATE_RESTART_MS) : restartAt;
  return { status: prev, events, nextAtMs, neverStarted: false, running: false, what: reason('kubelet.exitedCode', { container: c.name, code: term?.exitCode ?? 1 }) };
}

/** A running container: only readiness changes. */
function syncRunning(c: Container, prev: ContainerStatus, env: ContainerEnv, podIP: string | undefined): ContainerStep {
  // The prober (and the process's own clock) count from when the kubelet started the container, not from the
  // floored startedAt.
  const startedMs = env.seenMs?.('started', c.name, prev.restartCount) ?? stampedMs(prev.state?.running?.startedAt) ?? env.nowMs;
  const proc = env.processOf?.(c);
  const exitAt = proc?.exitAfterMs !== undefined ? startedMs + proc.exitAfterMs : undefined;
  if (exitAt !== undefined && env.nowMs >= exitAt) {
    const status = exitedStatus(prev, proc!, prev.state?.running?.startedAt ?? isoOf(startedMs), Math.min(env.nowMs, exitAt));
    return { status, events: [], nextAtMs: env.nowMs + IMMEDIATE_RESTART_MS, neverStarted: false, running: false,
      what: reason('kubelet.processExited', { container: c.name, code: proc!.exitCode }) };
  }
  const readyAt = readyAtMs(c, startedMs);
  const ready = !env.unready && env.nowMs >= readyAt;
  const events: EventDraft[] = env.unready && prev.ready
    ? [{ type: 'Warning', reason: 'Unhealthy', message: readinessFailure(c, podIP) }] : [];
  const what = ready ? reason('kubelet.runningReady', { container: c.name })
    : env.unready ? reason('kubelet.probeFailing', { container: c.name }) : reason('kubelet.probePending', { container: c.name });
  const timers = [!ready && !env.unready && readyAt !== Number.POSITIVE_INFINITY ? readyAt : undefined, exitAt].filter((t): t is number => t !== undefined);
  const probeMissing = probeCommandMissing(c);
  const why = probeMissing && !ready ? reason('kubelet.probeCannotPass', { container: c.name, program: probeMissing }) : what;
  const steady = timers.length === 1 && timers[0] === exitAt;
  return { status: { ...prev, ready, started: true }, events, nextAtMs: timers.length ? Math.min(...timers) : undefined, neverStarted: false, running: true, what: why, ...(steady ? { steady } : {}) };
}

/** The next status of one container of a pod that is not being deleted. */
export function syncContainer(c: Container, prev: ContainerStatus | undefined, env: ContainerEnv, podIP: string | undefined): ContainerStep {
  if (prev?.state?.running) return syncRunning(c, prev, env, podIP);
  if (prev && (prev.state?.terminated || prev.state?.waiting?.reason === 'CrashLoopBackOff')) return syncCrashed(c, prev, env);
  return syncFirstStart(c, prev, env);
}
