// `kubectl apply -f` and `kubectl create -f`: one request with every decoded object; the render prints one line
// per object in document order (`service/nginx created`, `statefulset.apps/web configured`), then errors.
import type { KindName, RequestResult } from '../../sim/index';
import { kubectlKindPrefix } from '../../sim/index';
import { strs, type FlagSpec, type ParsedArgs } from '../args';
import { fail, formatApiError } from '../errors';
import { getObject } from '../resources';
import type { KubectlEnv, KubectlOutput, KubectlPlan } from '../types';
import { GLOBAL_FLAGS, scopeOf } from './common';
import { readManifests, type InputObject } from './manifestInput';

export const APPLY_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'validate', type: 'string' },
  { name: 'save-config', type: 'bool' },
  { name: 'server-side', type: 'bool' },
  { name: 'force-conflicts', type: 'bool' },
  { name: 'record', type: 'bool' },
  { name: 'wait', type: 'bool' },
];

export function planApply(verb: 'apply' | 'create', parsed: ParsedArgs, env: KubectlEnv): KubectlPlan {
  const files = strs(parsed.flags['filename']);
  if (files.length === 0) return { type: 'output', ...fail('must specify one of -f and -k') };
  const scope = scopeOf(parsed.flags);
  const input = readManifests(files, env, scope);
  if ('fatal' in input) return { type: 'output', ...fail(input.fatal) };
  const clientErrors = input.errors.map((e) => 'error: ' + e + '\n').join('');
  if (input.items.length === 0) {
    const stderr = clientErrors || `error: no objects passed to ${verb}\n`;
    return { type: 'output', stdout: '', stderr, exitCode: 1 };
  }
  // Whether each object existed decides kubectl's error wording (create vs. patch).
  const existed = input.items.map((it) =>
    getObject(env.snapshot, it.object.kind as KindName, it.object.metadata.namespace ?? '', it.object.metadata.name ?? '') !== undefined,
  );
  return {
    type: 'request',
    request: { type: verb, objects: input.items.map((i) => i.object) },
    render: (result) => renderApply(verb, input.items, existed, clientErrors, result),
  };
}

export function renderApply(
  verb: 'apply' | 'create',
  items: readonly InputObject[],
  existed: readonly boolean[],
  clientErrors: string,
  result: RequestResult,
): KubectlOutput {
  let stdout = '';
  let serverErrors = '';
  const ordered = result.items.map((r, i) => ({ r, i: r.index ?? i })).sort((a, b) => a.i - b.i);
  for (const { r, i } of ordered) {
    const source = items[i]?.source ?? 'STDIN';
    if (r.error) {
      const how = verb === 'create' || !existed[i] ? 'creating' : 'patching';
      serverErrors += formatApiError(r.error, how, source) + '\n';
    } else if (r.outcome) {
      stdout += `${kubectlKindPrefix(r.ref.kind)}/${r.ref.name} ${r.outcome}\n`;
    }
  }
  const warnings = result.warnings.map((w) => (w.startsWith('Warning: ') ? w : 'Warning: ' + w) + '\n').join('');
  const failed = clientErrors !== '' || serverErrors !== '';
  const rbac = result.items.some((r) => !r.error && RBAC_KINDS.has(r.ref.kind));
  return { stdout, stderr: warnings + clientErrors + serverErrors + (rbac ? RBAC_NOTICE : ''), exitCode: failed ? 1 : 0 };
}

const RBAC_KINDS: ReadonlySet<string> = new Set(['Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding']);
/** Not kubectl's: a learner must not think these objects change what is allowed here (docs/fidelity.md). */
const RBAC_NOTICE = 'Podium: RBAC is not enforced in this simulation: Roles and bindings are stored and listed, and every request is allowed with or without them\n';
