// `kubectl logs POD|TYPE/NAME [-c CONTAINER] [--tail N] [--timestamps] [-p] [-f]`. Mirrors kubectl
// pkg/cmd/logs/logs.go (default container and its `Defaulted container` notice, `Found N pods, using pod/x`) and
// the kubelet's answers for containers that are not running. What a container printed is modelled only for the
// images whose start-up output is well known: the official nginx image from 1.19 on (docker-entrypoint.sh lines,
// then nginx's `[notice]` lines, timestamped from the container's simulated start). Older nginx images, nginx-slim,
// busybox and the databases print nothing at start-up. Requests are not modelled, so there are no access-log
// lines. `-f` prints what is there, then follows the container (a follow-up: the page console stays attached
// until the container stops or the pod goes; a scenario returns at once, as for any endless command).
import type { Container, ContainerStatus, Node, Pod } from 'kubernetes-types/core/v1';
import type { KObject } from '../../sim/index';
import { processLog, refOfKey } from '../../sim/index';
import { bool, int, str, type FlagSpec, type ParsedArgs } from '../args';
import { fail } from '../errors';
import { msOfIso } from '../printers/duration';
import { getObject, listObjects } from '../resources';
import { matchesSelector } from '../selector';
import type { KubectlEnv, KubectlOutput } from '../types';
import type { FollowUp } from '../shell/session';
import { GLOBAL_FLAGS, scopeOf } from './common';
import { nginxStartupLines } from './logLines';
import { SIM_EPOCH_UNIX_MS } from '../printers/duration';
import { notFound, resolveOne } from './target';

export const LOGS_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'container', short: 'c', type: 'string' },
  { name: 'tail', type: 'int' },
  { name: 'timestamps', type: 'bool' },
  { name: 'previous', short: 'p', type: 'bool' },
  { name: 'follow', short: 'f', type: 'bool' },
  { name: 'all-containers', type: 'bool' },
  { name: 'since', type: 'string' },
  { name: 'prefix', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
];

const badRequest = (msg: string): KubectlOutput => ({ stdout: '', stderr: `Error from server (BadRequest): ${msg}\n`, exitCode: 1 });

/** The pod a `logs` argument names: a pod, or the first pod selected by a workload (`sts/web`, `deploy/x`). */
function podOf(args: readonly string[], ns: string, env: KubectlEnv): { pod: Pod; notice: string } | { error: KubectlOutput } {
  const arg = args[0] ?? '';
  if (!arg.includes('/')) {
    const pod = getObject(env.snapshot, 'Pod', ns, arg);
    return pod ? { pod: pod as unknown as Pod, notice: '' } : { error: notFound('Pod', arg) };
  }
  const t = resolveOne([arg], ns, env);
  if ('error' in t) return t;
  if (t.kind === 'Pod') return { pod: t.obj as unknown as Pod, notice: '' };
  // A ReplicationController's selector is a plain label map (polymorphichelpers SelectorsForObject).
  const spec = t.obj.spec as { selector?: { matchLabels?: Record<string, string> } & Record<string, unknown> } | undefined;
  const sel = t.kind === 'ReplicationController' ? (spec?.selector as Record<string, string> | undefined) : spec?.selector?.matchLabels;
  if (!sel) return { error: fail(`cannot get the logs from ${t.obj.apiVersion}, Kind=${t.kind}`) };
  const reqs = Object.entries(sel).map(([key, v]) => ({ key, op: 'eq' as const, values: [v] }));
  const pods = listObjects(env.snapshot, 'Pod', ns).filter((p: KObject) => matchesSelector(reqs, p.metadata.labels));
  if (pods.length === 0) return { error: fail(`timed out waiting for the condition`) };
  const first = pods[0]!;
  return { pod: first as unknown as Pod, notice: pods.length > 1 ? `Found ${pods.length} pods, using pod/${first.metadata.name}\n` : '' };
}

/** RFC 3339 with nanoseconds of a sim time, as `--timestamps` prints it. */
const isoNanos = (ms: number): string => new Date(SIM_EPOCH_UNIX_MS + ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');

export function runLogs(parsed: ParsedArgs, env: KubectlEnv): KubectlOutput & { follow?: FollowUp } {
  const { flags, args } = parsed;
  if (args.length === 0) return fail("expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples");
  const found = podOf(args, scopeOf(flags).namespace, env);
  if ('error' in found) return found.error;
  const { pod } = found;
  let stderr = found.notice;
  const containers: Container[] = pod.spec?.containers ?? [];
  const name = pod.metadata?.name ?? '';
  let cname = str(flags['container']) ?? args[1];
  if (!cname) {
    cname = pod.metadata?.annotations?.['kubectl.kubernetes.io/default-container'] ?? containers[0]?.name ?? '';
    if (containers.length > 1) stderr += `Defaulted container "${cname}" out of: ${containers.map((c) => c.name).join(', ')}\n`;
  }
  const container = containers.find((c) => c.name === cname) ?? pod.spec?.initContainers?.find((c) => c.name === cname);
  if (!container) return { ...badRequest(`container ${cname} is not valid for pod ${name}`), stderr: stderr + `Error from server (BadRequest): container ${cname} is not valid for pod ${name}\n` };
  const status: ContainerStatus | undefined = pod.status?.containerStatuses?.find((s) => s.name === cname) ?? pod.status?.initContainerStatuses?.find((s) => s.name === cname);
  const previous = bool(flags['previous']);
  // A container waiting to restart (CrashLoopBackOff) still has its last run's log: the runtime keeps it.
  const state = previous ? status?.lastState : status?.state?.waiting && status.lastState?.terminated ? status.lastState : status?.state;
  if (previous && !state?.terminated) return { ...badRequest(`previous terminated container "${cname}" in pod "${name}" not found`), stderr: stderr + `Error from server (BadRequest): previous terminated container "${cname}" in pod "${name}" not found\n` };
  if (!state?.running && !state?.terminated) {
    const reason = state?.waiting?.reason ?? 'ContainerCreating';
    return { stdout: '', stderr: stderr + `Error from server (BadRequest): container "${cname}" in pod "${name}" is waiting to start: ${reason}\n`, exitCode: 1 };
  }
  const startedMs = msOfIso(state.running?.startedAt ?? state.terminated?.startedAt) ?? 0;
  const node = pod.spec?.nodeName ? (getObject(env.snapshot, 'Node', '', pod.spec.nodeName) as unknown as Node | undefined) : undefined;
  const endMs = msOfIso(state.terminated?.finishedAt) ?? env.snapshot.nowMs;
  const printed = processLog(pod, container, { get: (key) => { const r = refOfKey(key); return getObject(env.snapshot, r.kind, r.namespace, r.name); } }, startedMs, Math.max(0, endMs - startedMs + 999));
  let lines = [...nginxStartupLines(container.image ?? '', startedMs, node), ...printed.map((text, i) => ({ timestamp: isoNanos(startedMs + i), text }))];
  const tail = int(flags['tail']) ?? -1;
  if (tail >= 0) lines = tail === 0 ? [] : lines.slice(-tail);
  const text = lines.map((l) => (bool(flags['timestamps']) ? `${l.timestamp} ${l.text}` : l.text) + '\n').join('');
  return { stdout: text, stderr, exitCode: 0, ...(bool(flags['follow']) && state.running ? { follow: followOf(pod, cname) } : {}) };
}

function followOf(pod: Pod, container: string): FollowUp {
  const m = pod.metadata ?? {};
  return { type: 'block', block: { type: 'logs', container, target: { kind: 'Pod', namespace: m.namespace ?? '', name: m.name ?? '', ...(m.uid ? { uid: m.uid } : {}) } } };
}
