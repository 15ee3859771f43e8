// `kubectl rollout status|history|undo|restart|pause|resume` for Deployments and StatefulSets.
// Mirrors kubectl pkg/cmd/rollout and polymorphichelpers (rollout_status.go DeploymentStatusViewer /
// StatefulSetStatusViewer, objectpauser.go, objectresumer.go, objectrestarter.go). `status` blocks (a follow-up,
// src/kubectl/block) printing the status on each change of the object until the rollout is done.
import type { Deployment, KObject, StatefulSet } from '../../sim/index';
import { bool, int, str, type FlagSpec, type ParsedArgs } from '../args';
import { durationMs } from '../duration';
import { fail, fail as failOut } from '../errors';
import { isoOfMs } from '../printers/duration';
import type { KubectlEnv, KubectlOutput, KubectlPlan } from '../types';
import { GLOBAL_FLAGS, scopeOf } from './common';
import { planUndo, runHistory } from './rolloutHistory';
import { patchPlan, resolveOne, type Resolved } from './target';

export const ROLLOUT_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'revision', type: 'int' },
  { name: 'to-revision', type: 'int' },
  { name: 'watch', short: 'w', type: 'bool' },
  { name: 'timeout', type: 'string' },
  { name: 'filename', short: 'f', type: 'strings' },
];

const SUBCOMMANDS = ['history', 'pause', 'restart', 'resume', 'status', 'undo'];
const out = (o: KubectlOutput): KubectlPlan => ({ type: 'output', ...o });

export function planRollout(parsed: ParsedArgs, env: KubectlEnv): KubectlPlan {
  const [sub, ...rest] = parsed.args;
  if (!sub || !SUBCOMMANDS.includes(sub)) {
    const usage = 'Manage the rollout of one or many resources.\n\nAvailable Commands:\n' + SUBCOMMANDS.map((s) => `  ${s}\n`).join('') + '\nUsage:\n  kubectl rollout SUBCOMMAND [options]\n';
    return sub ? out(fail(`unknown command "${sub}" for "kubectl rollout"`)) : out({ stdout: usage, stderr: '', exitCode: 0 });
  }
  const target = resolveOne(rest, scopeOf(parsed.flags).namespace, env);
  if ('error' in target) return out(target.error);
  if (target.kind !== 'Deployment' && target.kind !== 'StatefulSet') return out(fail(unsupported(sub, target)));
  switch (sub) {
    case 'status':
      return planStatus(parsed, target);
    case 'history':
      return out(runHistory(target, int(parsed.flags['revision']) ?? 0, env));
    case 'undo':
      return planUndo(target, int(parsed.flags['to-revision']) ?? 0, env);
    default:
      return pauseResumeRestart(sub, target, env);
  }
}

/**
 * `rollout status`: the status now; unless done (or `--watch=false`), block on the object's changes, printing the
 * status on each, until done or `--timeout` (default 0: no limit).
 */
function planStatus(parsed: ParsedArgs, target: Extract<Resolved, { kind: string }>): KubectlPlan {
  const first = rolloutStatus(target);
  const watch = parsed.flags['watch'] === undefined || bool(parsed.flags['watch']);
  const { done, ...o } = first;
  if (done || !watch) return out(o);
  const timeout = durationMs(str(parsed.flags['timeout']) ?? '0s');
  if (timeout === undefined) return out(failOut(`invalid argument "${str(parsed.flags['timeout'])}" for "--timeout" flag: time: invalid duration "${str(parsed.flags['timeout'])}"`));
  const m = target.obj.metadata;
  const blockTarget = { kind: target.kind, namespace: m.namespace ?? '', name: target.name, ...(m.uid ? { uid: m.uid } : {}) };
  return { type: 'output', ...o, follow: { type: 'block', block: { type: 'rollout', target: blockTarget, ...(timeout > 0 ? { timeoutMs: timeout } : {}) } } };
}

function unsupported(sub: string, t: Extract<Resolved, { kind: string }>): string {
  const gk = t.obj.apiVersion.includes('/') ? `${t.kind}.${t.obj.apiVersion.split('/')[0]}` : t.kind;
  if (sub === 'status') return `no status viewer has been implemented for ${gk}`;
  if (sub === 'history') return `no history viewer has been implemented for "${gk}"`;
  if (sub === 'undo') return `no rollbacker has been implemented for "${gk}"`;
  return `${sub === 'restart' ? 'restarting' : sub === 'pause' ? 'pausing' : 'resuming'} is not supported`;
}

export interface RolloutStatus extends KubectlOutput {
  readonly done: boolean;
}

/** The status line and whether the rollout is complete (polymorphichelpers rollout_status.go). */
export function rolloutStatus(t: { kind: string; name: string; obj: KObject }): RolloutStatus {
  const line = (s: string, done = false): RolloutStatus => ({ stdout: s + '\n', stderr: '', exitCode: 0, done });
  const fail = (s: string): RolloutStatus => ({ ...failOut(s), done: true });
  const gen = t.obj.metadata.generation ?? 0;
  if (t.kind === 'Deployment') {
    const d = t.obj as unknown as Deployment;
    const st = d.status ?? {};
    const replicas = d.spec?.replicas ?? 1;
    if (gen > (st.observedGeneration ?? 0)) return line('Waiting for deployment spec update to be observed...');
    const progressing = st.conditions?.find((c) => c.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded') return fail(`deployment "${t.name}" exceeded its progress deadline`);
    const updated = st.updatedReplicas ?? 0;
    const waiting = `Waiting for deployment "${t.name}" rollout to finish: `;
    if (updated < replicas) return line(`${waiting}${updated} out of ${replicas} new replicas have been updated...`);
    if ((st.replicas ?? 0) > updated) return line(`${waiting}${(st.replicas ?? 0) - updated} old replicas are pending termination...`);
    if ((st.availableReplicas ?? 0) < updated) return line(`${waiting}${st.availableReplicas ?? 0} of ${updated} updated replicas are available...`);
    return line(`deployment "${t.name}" successfully rolled out`, true);
  }
  const s = t.obj as unknown as StatefulSet;
  const st: Partial<NonNullable<StatefulSet['status']>> = s.status ?? {};
  const strategy = s.spec?.updateStrategy;
  if ((strategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') return fail('rollout status is only available for RollingUpdate strategy type');
  if (!st.observedGeneration || gen > st.observedGeneration) return line('Waiting for statefulset spec update to be observed...');
  const replicas = s.spec?.replicas ?? 1;
  if ((st.readyReplicas ?? 0) < replicas) return line(`Waiting for ${replicas - (st.readyReplicas ?? 0)} pods to be ready...`);
  const updated = st.updatedReplicas ?? 0;
  if (strategy?.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition ?? 0;
    if (updated < replicas - partition) return line(`Waiting for partitioned roll out to finish: ${updated} out of ${replicas - partition} new pods have been updated...`);
    return line(`partitioned roll out complete: ${updated} new pods have been updated...`, true);
  }
  if (st.updateRevision !== st.currentRevision) return line(`waiting for statefulset rolling update to complete ${updated} pods at revision ${st.updateRevision}...`);
  return line(`statefulset rolling update complete ${st.currentReplicas ?? 0} pods at revision ${st.currentRevision}...`, true);
}

function pauseResumeRestart(sub: string, t: Extract<Resolved, { kind: string }>, env: KubectlEnv): KubectlPlan {
  const ref = { kind: t.kind, namespace: t.obj.metadata.namespace ?? '', name: t.name };
  const resource = t.kind === 'Deployment' ? 'deployments.apps' : 'statefulsets.apps';
  const err = (msg: string): KubectlPlan => out(fail(`${resource} "${t.name}" ${msg}`));
  const paused = (t.obj.spec as { paused?: boolean } | undefined)?.paused === true;
  if (sub === 'restart') {
    if (paused) return err("can't restart paused deployment (run rollout resume first)");
    const patch = { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': isoOfMs(env.snapshot.nowMs) } } } } };
    return patchPlan(ref, 'strategic', patch, 'restarted');
  }
  if (t.kind === 'StatefulSet') return err(sub === 'pause' ? 'pausing is not supported' : 'resuming is not supported');
  if (sub === 'pause') return paused ? err('is already paused') : patchPlan(ref, 'strategic', { spec: { paused: true } }, 'paused');
  return paused ? patchPlan(ref, 'strategic', { spec: { paused: null } }, 'resumed') : err('is not paused');
}
