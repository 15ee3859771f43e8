// The kubelet's sync of one pod that is bound to its node and not being deleted.
// Mirrors kubernetes/kubernetes pkg/kubelet/kubelet.go (SyncPod: volumes mounted before anything starts),
// pkg/kubelet/kuberuntime/kuberuntime_manager.go (computePodActions: init containers one at a time, in order,
// each to a successful exit before the next; app containers after the last) and kubelet_pods.go (getPhase).
// Deviations: no sidecar (restartPolicy Always) init containers; one pull at a time per container, not per node.
import type { Container, ContainerStatus, Node, Pod, PodStatus } from 'kubernetes-types/core/v1';
import type { ReconcileContext } from '../types';
import type { SimTimeMs } from '../../api/types';
import { syncContainer, type ContainerEnv, type ContainerStep, type EventDraft } from './containerSync';
import { boundPodConditions, condition, hostFields, podIPFields, readinessConditions } from './podStatus';
import { containersOf, containerStatusOf, seedOf, statusOf } from './podUtil';
import { stampedMs } from './time';
import { IMMEDIATE_RESTART_MS } from './backoff';
import { reason, type Reason } from '../../reasons';

export interface PodSync {
  /** The status to write, or undefined when it would not change. */
  readonly status?: PodStatus;
  readonly events: readonly EventDraft[];
  readonly nextAtMs?: SimTimeMs;
  /** The timer is a steady state's (see ContainerStep.steady). */
  readonly steady?: boolean;
  readonly why: Reason;
}

/** What the kubelet needs from the cluster besides the pod: missing config and volumes, the process model. */
export interface PodRuntime {
  readonly missingConfig?: ContainerEnv['missingConfig'];
  readonly processOf?: ContainerEnv['processOf'];
  /** The FailedMount message of the first volume that cannot be set up, or undefined. */
  readonly missingVolume?: () => { volume: string; message: string } | undefined;
  /** The run's cache store. */
  readonly memo?: ContainerEnv['memo'];
}

const initStatusOf = (pod: Pod, name: string): ContainerStatus | undefined =>
  pod.status?.initContainerStatuses?.find((s) => s.name === name);

/** A container that has not started because an earlier step has not finished (reason PodInitializing). */
const initializing = (c: Container, prev: ContainerStatus | undefined): ContainerStatus => ({
  image: c.image ?? '', imageID: '', lastState: prev?.lastState ?? {}, name: c.name, ready: false, restartCount: prev?.restartCount ?? 0, started: false,
  state: { waiting: { reason: 'PodInitializing' } },
});

const isDone = (s: ContainerStatus | undefined): boolean => s?.state?.terminated?.exitCode === 0;
const waitingFor = (s: ContainerStatus): ContainerStatus => (s.state?.waiting?.reason === 'ContainerCreating' ? { ...s, state: { waiting: { reason: 'PodInitializing' } } } : s);

/** getPhase: Pending until every container started; Succeeded/Failed when all stopped for good. */
function phaseOf(pod: Pod, steps: readonly ContainerStep[], initFailedForGood: boolean): NonNullable<PodStatus['phase']> {
  if (initFailedForGood) return 'Failed';
  if (steps.some((s) => s.neverStarted)) return 'Pending';
  const policy = pod.spec?.restartPolicy ?? 'Always';
  const terms = steps.map((s) => s.status.state?.terminated);
  if (policy !== 'Always' && terms.every((t) => t !== undefined)) {
    if (terms.every((t) => t!.exitCode === 0)) return 'Succeeded';
    if (policy === 'Never') return 'Failed';
  }
  return 'Running';
}

/** Compute the pod's next status from its stored status and the clock. */
export function syncRunningPod(
  pod: Pod, node: Node | undefined, nowMs: SimTimeMs, unready: boolean, ctx: ReconcileContext,
  runtime: PodRuntime = {}, clock?: Pick<ContainerEnv, 'podStartMs' | 'seenMs'>,
): PodSync {
  const prev = statusOf(pod);
  const nodeName = pod.spec?.nodeName ?? '';
  const name = pod.metadata?.name ?? '';
  const host = hostFields(prev, node, nodeName, nowMs);
  const podStartMs = clock?.podStartMs ?? stampedMs(host.startTime) ?? nowMs;
  const base: ContainerEnv = {
    pod, nowMs, podStartMs, unready, seed: seedOf(pod), ...(clock?.seenMs ? { seenMs: clock.seenMs } : {}),
    ...(runtime.missingConfig ? { missingConfig: runtime.missingConfig } : {}), ...(runtime.processOf ? { processOf: runtime.processOf } : {}),
    ...(runtime.memo ? { memo: runtime.memo } : {}),
  };
  const apps = containersOf(pod);
  const inits = pod.spec?.initContainers ?? [];

  // Volumes first: a ConfigMap or Secret volume that cannot be found keeps the pod in ContainerCreating.
  const mount = runtime.missingVolume?.();
  if (mount) {
    const statuses = apps.map((c): ContainerStatus => ({ image: c.image ?? '', imageID: '', lastState: {}, name: c.name, ready: false, restartCount: 0, started: false, state: { waiting: { reason: 'ContainerCreating' } } }));
    const initStatuses = inits.map((c) => initializing(c, undefined));
    const already = prev.conditions !== undefined && (prev.containerStatuses ?? []).every((s) => s.state?.waiting?.reason === 'ContainerCreating');
    const events: EventDraft[] = already ? [] : [{ type: 'Warning', reason: 'FailedMount', message: `MountVolume.SetUp failed for volume "${mount.volume}" : ${mount.message}` }];
    const own = [condition(prev, 'PodReadyToStartContainers', 'False', nowMs), ...readinessConditions(prev, statuses, nowMs).slice(1)];
    if (inits.length) own[1] = condition(prev, 'Initialized', 'False', nowMs, 'ContainersNotInitialized', `containers with incomplete status: [${inits.map((c) => c.name).join(' ')}]`);
    const status: PodStatus = {
      ...prev, ...host, phase: 'Pending', conditions: boundPodConditions(prev, own, nowMs), containerStatuses: statuses,
      ...(inits.length ? { initContainerStatuses: initStatuses } : {}), qosClass: prev.qosClass ?? 'BestEffort',
    };
    return { status, events, why: reason('kubelet.mountFailing', { pod: name, volume: mount.volume, error: mount.message }) };
  }

  // Init containers, one at a time, in order.
  const initSteps: ContainerStep[] = [];
  const initStatuses: ContainerStatus[] = [];
  let startMs = podStartMs;
  let current: { c: Container; step: ContainerStep; index: number } | undefined;
  let initFailedForGood = false;
  for (const [index, c] of inits.entries()) {
    const prevSt = initStatusOf(pod, c.name);
    if (current) { initStatuses.push(initializing(c, prevSt)); continue; }
    if (isDone(prevSt)) {
      initStatuses.push(prevSt!);
      // The next step starts from when the kubelet saw this one finish (its own clock), else the floored finishedAt.
      const doneMs = clock?.seenMs?.('died', c.name, prevSt!.restartCount) ?? stampedMs(prevSt!.state!.terminated!.finishedAt);
      startMs = Math.max(startMs, doneMs ?? startMs);
      continue;
    }
    const env: ContainerEnv = { ...base, podStartMs: startMs, restartPolicy: pod.spec?.restartPolicy === 'Never' ? 'Never' : 'OnFailure' };
    const step = syncContainer(c, prevSt, env, prev.podIP);
    initSteps.push(step);
    initStatuses.push(waitingFor(step.status));
    const term = step.status.state?.terminated;
    if (term && term.exitCode !== 0 && pod.spec?.restartPolicy === 'Never') initFailedForGood = true;
    current = { c, step, index };
  }

  const appEnv: ContainerEnv = { ...base, podStartMs: startMs };
  const steps: ContainerStep[] = current !== undefined
    ? []
    : apps.map((c) => syncContainer(c, containerStatusOf(pod, c.name), appEnv, prev.podIP));
  const statuses = current !== undefined ? apps.map((c) => initializing(c, containerStatusOf(pod, c.name))) : steps.map((s) => s.status);
  // The sandbox (and with it the pod IP) is created before the containers; its IP shows from the first status
  // written after a sync got past the first image pull, whether a container (init or app) then started or failed
  // to be created (CreateContainerConfigError) or pulled (ErrImagePull): kuberuntime_manager.go SyncPod creates
  // the sandbox first.
  const sandboxed = [...initSteps, ...steps].some((s) => s.status.state?.waiting?.reason !== 'ContainerCreating')
    || inits.some((c) => isDone(initStatusOf(pod, c.name)));
  const podIP = prev.podIP ?? (sandboxed ? ctx.allocatePodIp(nodeName) : undefined);
  const phase = current !== undefined ? (initFailedForGood ? 'Failed' : 'Pending') : phaseOf(pod, steps, false);
  let own = readinessConditions(prev, statuses, nowMs, phase === 'Succeeded' || phase === 'Failed');
  if (current !== undefined) {
    const incomplete = inits.filter((c) => !isDone(initStatuses.find((s) => s.name === c.name))).map((c) => c.name);
    own = [own[0]!, condition(prev, 'Initialized', 'False', nowMs, 'ContainersNotInitialized', `containers with incomplete status: [${incomplete.join(' ')}]`), ...own.slice(2)];
  }
  const next: PodStatus = {
    ...prev,
    ...host,
    ...podIPFields(podIP),
    phase,
    conditions: boundPodConditions(prev, own, nowMs),
    containerStatuses: statuses,
    ...(inits.length ? { initContainerStatuses: initStatuses } : {}),
    qosClass: prev.qosClass ?? 'BestEffort',
  };
  const allSteps = [...initSteps, ...steps];
  const times = allSteps.map((s) => s.nextAtMs).filter((t): t is number => t !== undefined);
  const steady = times.length > 0 && allSteps.every((s) => s.nextAtMs === undefined || s.steady === true);
  // An init container that just finished: the next one (or the app containers) starts at the next sync.
  const initAdvance = current !== undefined && isDone(current.step.status);
  if (initAdvance) times.push(nowMs + IMMEDIATE_RESTART_MS);
  const first = current?.step ?? steps[0];
  const readyNow = next.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
  const state = current !== undefined ? 'Initializing' : phase === 'Pending' ? 'Pending' : phase === 'Succeeded' || phase === 'Failed' ? phase : readyNow ? 'Ready' : 'NotReady';
  return {
    status: next,
    events: allSteps.flatMap((s) => s.events),
    nextAtMs: times.length ? Math.min(...times) : undefined,
    ...(steady && !initAdvance ? { steady: true } : {}),
    why: reason('kubelet.podStatus', {
      pod: name, state, what: first ? first.what : reason('kubelet.noContainers'),
      ...(current !== undefined ? { init: current.index + 1, inits: inits.length, initName: current.c.name } : {}),
      ...(!prev.podIP && podIP ? { ip: reason('kubelet.podIp', { ip: podIP }) } : {}),
    }),
  };
}
