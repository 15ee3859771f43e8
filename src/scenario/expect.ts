// Evaluating an `expect:` check (DESIGN "Lessons") against the cluster at one moment: shared by the runner
// (`podium check`, `podium run`) and the page's lesson panel.
import type { ClusterSnapshot, KObject } from '../sim';
import { conditionHolds } from './conditions';
import type { KubectlPort } from './deps';
import { formatDuration } from './duration';
import type { ExpectSpec } from './types';
import { lookup } from './waitFor';

export interface ExpectResult {
  readonly met: boolean;
  /** What was seen, for a message when not met (the object's state, or the command's output). */
  readonly seen: string;
}

/** Evaluate the check on `snapshot` (no time passes). */
export function evaluateExpect(spec: ExpectSpec, snapshot: ClusterSnapshot, kubectl: KubectlPort): ExpectResult {
  if (spec.type === 'for') {
    const obj = lookup(snapshot, spec.wait);
    return { met: conditionHolds(obj, spec.wait.condition), seen: seenObject(obj, spec.wait.target) };
  }
  const plan = kubectl.planKubectl(spec.command, { snapshot });
  if (plan.type !== 'output') return { met: false, seen: `'${spec.command}' changes the cluster; an expect may only read (get, describe, logs…)` };
  const output = plan.stdout + plan.stderr;
  const met = spec.contains !== undefined ? output.includes(spec.contains) : new RegExp(spec.matches ?? '', 'm').test(output);
  return { met, seen: output.trimEnd() === '' ? 'no output' : output.trimEnd() };
}

/** What the check asks for, in one line: `pod/web-2 Ready`, `kubectl get pvc contains "Bound"`. */
export function expectText(spec: ExpectSpec): string {
  if (spec.type === 'for') {
    const ns = spec.wait.ref.namespace && spec.wait.ref.namespace !== 'default' ? ` -n ${spec.wait.ref.namespace}` : '';
    return `${spec.wait.target}${ns} ${spec.wait.condition}`;
  }
  return spec.contains !== undefined ? `${spec.command} contains ${JSON.stringify(spec.contains)}` : `${spec.command} matches /${spec.matches ?? ''}/`;
}

/** The time a check may wait for (the default `for` timeout, or the kubectl form's `timeout:`; 0 = now). */
export function expectTimeoutMs(spec: ExpectSpec): number {
  return spec.type === 'for' ? spec.wait.timeoutMs : spec.timeoutMs ?? 0;
}

/** The record message: the check when met; what was expected and what was seen otherwise. */
export function expectMessage(spec: ExpectSpec, result: ExpectResult): string {
  if (result.met) return expectText(spec);
  const timeout = expectTimeoutMs(spec);
  const within = timeout > 0 ? ` within ${formatDuration(timeout)}` : '';
  const seen = result.seen.includes('\n') ? `\n${indent(result.seen)}` : ` ${result.seen}`;
  return `${expectText(spec)}: expected${within}, saw:${seen}`;
}

function indent(text: string): string {
  const lines = text.split('\n');
  const shown = lines.slice(0, 12).map((l) => `    ${l}`);
  if (lines.length > 12) shown.push(`    … ${lines.length - 12} more lines`);
  return shown.join('\n');
}

/** A short description of an object's state for a failed `for` check. */
function seenObject(obj: KObject | undefined, target: string): string {
  if (!obj) return `${target} does not exist`;
  if (obj.metadata.deletionTimestamp !== undefined) return `${target} is Terminating`;
  const status = (obj.status ?? {}) as { phase?: string; readyReplicas?: number; conditions?: ReadonlyArray<{ type?: string; status?: string }> };
  const parts: string[] = [];
  if (status.phase) parts.push(`phase ${status.phase}`);
  const replicas = (obj.spec as { replicas?: number } | undefined)?.replicas;
  if (replicas !== undefined) parts.push(`${status.readyReplicas ?? 0}/${replicas} replicas ready`);
  const on = (status.conditions ?? []).filter((c) => c.status === 'True').map((c) => c.type);
  if (on.length) parts.push(`conditions ${on.join(', ')}`);
  return `${target}: ${parts.length ? parts.join('; ') : 'no status yet'}`;
}
