// `kubectl cordon|uncordon|drain NODE`. Mirrors kubectl pkg/cmd/drain/drain.go (RunCordonOrUncordon: cordoned /
// already cordoned; RunDrain: `evicting pod ns/name`, `pod/name evicted`, `node/name drained`, the abort text)
// and pkg/drain/filters.go (daemonSet, mirror, localStorage and unreplicated filters, their fatal and warning
// texts). After the cordon patch, the first round of evictions goes through the eviction subresource (budgets are
// honoured) in one request; then the command blocks (block/drain.ts) while refused evictions are retried every
// 5 s and evicted pods are waited for, until `node/NAME drained`, an error, or `--timeout`.
import type { ClientRequest, KObject, Pod, RequestResult } from '../../sim/index';
import { bool, int, str, type FlagSpec, type ParsedArgs } from '../args';
import { afterAttempt } from '../block/drain';
import { durationMs } from '../duration';
import type { FollowUp } from '../shell/session';
import { fail, formatApiError } from '../errors';
import { listObjects } from '../resources';
import type { KubectlEnv, KubectlOutput, KubectlPlan } from '../types';
import { GLOBAL_FLAGS } from './common';
import { resolveOne, warningsOf } from './target';

export const CORDON_FLAGS: readonly FlagSpec[] = [...GLOBAL_FLAGS, { name: 'selector', short: 'l', type: 'string' }, { name: 'dry-run', type: 'string' }];
export const DRAIN_FLAGS: readonly FlagSpec[] = [
  ...CORDON_FLAGS,
  { name: 'ignore-daemonsets', type: 'bool' },
  { name: 'delete-emptydir-data', type: 'bool' },
  { name: 'delete-local-data', type: 'bool' },
  { name: 'force', type: 'bool' },
  { name: 'grace-period', type: 'int' },
  { name: 'timeout', type: 'string' },
  { name: 'pod-selector', type: 'string' },
  { name: 'disable-eviction', type: 'bool' },
  { name: 'skip-wait-for-delete-timeout', type: 'int' },
];

const out = (o: KubectlOutput): KubectlPlan => ({ type: 'output', ...o });

function resolveNode(args: readonly string[], env: KubectlEnv): KObject | KubectlOutput {
  if (args.length === 0) return fail('USAGE: cordon NODE [flags]\nSee \'kubectl cordon -h\' for help and examples');
  const t = resolveOne(args[0]!.includes('/') ? args : ['nodes', ...args], '', env);
  return 'error' in t ? t.error : t.obj;
}

/** The cordon/uncordon step: a patch request when the node needs it, and its output line. */
function cordonStep(node: KObject, desired: boolean): { request?: ClientRequest; line: string } {
  const name = node.metadata.name ?? '';
  const current = (node.spec as { unschedulable?: boolean } | undefined)?.unschedulable === true;
  const verb = desired ? 'cordoned' : 'uncordoned';
  if (current === desired) return { line: `node/${name} already ${verb}\n` };
  const patch = { spec: { unschedulable: desired ? true : null } };
  return { request: { type: 'patch', target: { kind: 'Node', namespace: '', name }, patchType: 'merge', patch }, line: `node/${name} ${verb}\n` };
}

export function planCordon(desired: boolean, parsed: ParsedArgs, env: KubectlEnv): KubectlPlan {
  const node = resolveNode(parsed.args, env);
  if (!('metadata' in node)) return out(node);
  const step = cordonStep(node, desired);
  if (!step.request) return out({ stdout: step.line, stderr: '', exitCode: 0 });
  return {
    type: 'request',
    request: step.request,
    render: (r) => (r.items[0]?.error ? { stdout: '', stderr: `error: unable to ${desired ? 'cordon' : 'uncordon'} node "${node.metadata.name}": ${formatApiError(r.items[0].error)}\n`, exitCode: 1 } : { stdout: step.line, stderr: warningsOf(r), exitCode: 0 }),
  };
}

type Verdict = { delete: true; warning?: string } | { delete: false; error?: string; warning?: string };

/** filters.go, in order; the first filter that keeps the pod decides. */
function verdictOf(pod: Pod, flags: ParsedArgs['flags']): Verdict {
  const finished = pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
  const controller = pod.metadata?.ownerReferences?.find((r) => r.controller);
  if (controller?.kind === 'DaemonSet' && !finished) {
    return bool(flags['ignore-daemonsets']) ? { delete: false, warning: 'ignoring DaemonSet-managed Pods' } : { delete: false, error: 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)' };
  }
  if (pod.metadata?.annotations?.['kubernetes.io/config.mirror'] !== undefined) return { delete: false };
  if (pod.spec?.volumes?.some((v) => v.emptyDir) && !finished && !bool(flags['delete-emptydir-data']) && !bool(flags['delete-local-data'])) {
    return { delete: false, error: 'Pods with local storage (use --delete-emptydir-data to override)' };
  }
  if (!controller && !finished) {
    return bool(flags['force']) ? { delete: true, warning: 'deleting Pods that declare no controller' } : { delete: false, error: 'cannot delete Pods that declare no controller (use --force to override)' };
  }
  return { delete: true };
}

/** Messages grouped as `msg: ns/a, ns/b`, in first-seen order. */
function grouped(entries: readonly { msg: string; pod: string }[]): string[] {
  const by = new Map<string, string[]>();
  for (const e of entries) by.set(e.msg, [...(by.get(e.msg) ?? []), e.pod]);
  return [...by].map(([msg, pods]) => `${msg}: ${pods.join(', ')}`);
}

export function planDrain(parsed: ParsedArgs, env: KubectlEnv): KubectlPlan {
  const node = resolveNode(parsed.args, env);
  if (!('metadata' in node)) return out(node);
  const name = node.metadata.name ?? '';
  const cordon = cordonStep(node, true);
  const pods = (listObjects(env.snapshot, 'Pod', undefined) as unknown as Pod[]).filter((p) => p.spec?.nodeName === name);
  const errors: { msg: string; pod: string }[] = [];
  const warnings: { msg: string; pod: string }[] = [];
  const victims: Pod[] = [];
  for (const p of pods) {
    const v = verdictOf(p, parsed.flags);
    const id = `${p.metadata?.namespace}/${p.metadata?.name}`;
    if (v.delete) victims.push(p);
    if ('error' in v && v.error) errors.push({ msg: v.error.toLowerCase().startsWith('cannot delete') ? v.error : `cannot delete ${v.error}`, pod: id });
    if (v.warning) warnings.push({ msg: v.warning, pod: id });
  }
  const requests: ClientRequest[] = cordon.request ? [cordon.request] : [];
  if (errors.length > 0) {
    const errs = grouped(errors);
    const text = errs.length === 1 ? errs[0]! : `[${errs.join(', ')}]`;
    const stderr = `error: unable to drain node "${name}", aborting command...\n\nThere are pending nodes to be drained:\n ${name}\nerror: ${text}\n`;
    if (requests.length === 0) return out({ stdout: cordon.line, stderr, exitCode: 1 });
    return { type: 'requests', requests, render: () => ({ stdout: cordon.line, stderr, exitCode: 1 }) };
  }
  const grace = int(parsed.flags['grace-period']) ?? -1;
  if (victims.length > 0) {
    const targets = victims.map((p) => ({ kind: 'Pod' as const, namespace: p.metadata?.namespace ?? '', name: p.metadata?.name ?? '' }));
    requests.push({ type: 'delete', targets, eviction: !bool(parsed.flags['disable-eviction']), ...(grace >= 0 ? { gracePeriodSeconds: grace } : {}) });
  }
  const warningText = warnings.length > 0 ? `Warning: ${grouped(warnings).join('; ')}\n` : '';
  const timeoutFlag = str(parsed.flags['timeout']);
  const timeoutMs = timeoutFlag === undefined ? 0 : durationMs(timeoutFlag);
  if (timeoutMs === undefined) return out(fail(`invalid argument "${timeoutFlag}" for "--timeout" flag: time: invalid duration "${timeoutFlag}"`));
  const render = (results: readonly RequestResult[]): KubectlOutput & { follow?: FollowUp } => {
    let stdout = cordon.line;
    let stderr = warningText;
    if (victims.length === 0) return { stdout: stdout + `node/${name} drained\n`, stderr, exitCode: 0 };
    for (const p of victims) stdout += `evicting pod ${p.metadata?.namespace}/${p.metadata?.name}\n`;
    // The first round of evictions; what is refused is retried, what is evicted is waited for (block/drain.ts).
    const pods = victims.map((p) => ({ kind: 'Pod', namespace: p.metadata?.namespace ?? '', name: p.metadata?.name ?? '', ...(p.metadata?.uid ? { uid: p.metadata.uid } : {}) }));
    const first = afterAttempt({ waiting: [], retries: [], errors: [] }, pods, results[results.length - 1], env.snapshot.nowMs);
    stderr += first.stderr;
    const block = { type: 'drain' as const, node: name, pods, first: first.progress, ...(grace >= 0 ? { gracePeriodSeconds: grace } : {}), ...(timeoutMs > 0 ? { timeoutMs } : {}) };
    return { stdout, stderr, exitCode: 0, follow: { type: 'block', block } };
  };
  if (requests.length === 0) return out(render([]));
  return { type: 'requests', requests, render };
}
