// Pod rows. Mirrors kubernetes/kubernetes pkg/printers/internalversion/printers.go (printPod):
// the STATUS column algorithm, READY, RESTARTS `N (Xs ago)`, and the wide columns.
import type { KObject, Pod } from '../../sim/index';
import { humanDuration, msOfIso, since } from './duration';
import type { KindPrinter, PrintContext } from './types';

type ContainerStatus = NonNullable<NonNullable<Pod['status']>['containerStatuses']>[number];

/** The STATUS cell, READY and RESTARTS of a pod. */
export function podStatus(obj: KObject, nowMs: number): { status: string; ready: string; restarts: string } {
  const pod = obj as unknown as Pod;
  const st = pod.status ?? {};
  const total = pod.spec?.containers?.length ?? 0;
  let reason: string = st.phase ?? '';
  if (st.reason) reason = st.reason;
  if (st.conditions?.some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) reason = 'SchedulingGated';

  let restarts = 0;
  let lastRestartMs: number | undefined;
  const noteRestart = (cs: ContainerStatus): void => {
    restarts += cs.restartCount ?? 0;
    const t = msOfIso(cs.lastState?.terminated?.finishedAt);
    if (t !== undefined && (lastRestartMs === undefined || t > lastRestartMs)) lastRestartMs = t;
  };

  let initializing = false;
  const inits = st.initContainerStatuses ?? [];
  for (let i = 0; i < inits.length; i++) {
    const cs = inits[i]!;
    noteRestart(cs);
    const term = cs.state?.terminated;
    if (term && term.exitCode === 0) continue;
    if (term) {
      if (term.reason) reason = 'Init:' + term.reason;
      else if (term.signal) reason = `Init:Signal:${term.signal}`;
      else reason = `Init:ExitCode:${term.exitCode}`;
    } else if (cs.state?.waiting?.reason && cs.state.waiting.reason !== 'PodInitializing') {
      reason = 'Init:' + cs.state.waiting.reason;
    } else {
      reason = `Init:${i}/${pod.spec?.initContainers?.length ?? inits.length}`;
    }
    initializing = true;
    break;
  }

  let ready = 0;
  const initialized = st.conditions?.some((c) => c.type === 'Initialized' && c.status === 'True') ?? false;
  if (!initializing || initialized) {
    // Only restartable (sidecar) init containers count from here on; Podium has none.
    restarts = 0;
    lastRestartMs = undefined;
    let hasRunning = false;
    const statuses = st.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const cs = statuses[i]!;
      noteRestart(cs);
      const { waiting, terminated, running } = cs.state ?? {};
      if (waiting?.reason) reason = waiting.reason;
      else if (terminated?.reason) reason = terminated.reason;
      else if (terminated) reason = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode}`;
      else if (running && cs.ready) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      reason = st.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
    }
  }

  if (pod.metadata?.deletionTimestamp && st.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata?.deletionTimestamp && st.phase !== 'Succeeded' && st.phase !== 'Failed') reason = 'Terminating';

  let restartsCell = String(restarts);
  if (restarts !== 0 && lastRestartMs !== undefined) restartsCell = `${restarts} (${humanDuration(nowMs - lastRestartMs)} ago)`;
  return { status: reason, ready: `${ready}/${total}`, restarts: restartsCell };
}

export const podPrinter: KindPrinter = {
  headers: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
  wideHeaders: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
  row(obj: KObject, ctx: PrintContext): string[] {
    const pod = obj as unknown as Pod;
    const s = podStatus(obj, ctx.nowMs);
    const cells = [obj.metadata.name ?? '', s.ready, s.status, s.restarts, since(obj.metadata.creationTimestamp, ctx.nowMs)];
    if (!ctx.wide) return cells;
    const ip = pod.status?.podIPs?.[0]?.ip || pod.status?.podIP || '<none>';
    const gates = pod.spec?.readinessGates ?? [];
    let gatesCell = '<none>';
    if (gates.length > 0) {
      const ok = gates.filter((g) => pod.status?.conditions?.some((c) => c.type === g.conditionType && c.status === 'True'));
      gatesCell = `${ok.length}/${gates.length}`;
    }
    return [...cells, ip, pod.spec?.nodeName || '<none>', pod.status?.nominatedNodeName || '<none>', gatesCell];
  },
};
