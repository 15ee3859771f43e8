// `kubectl scale sts/web --replicas=5` / `kubectl scale statefulset web --replicas 5` -> `statefulset.apps/web scaled`.
import type { KindName } from '../../sim/index';
import { kubectlKindPrefix, qualifiedResource } from '../../sim/index';
import { int, type FlagSpec, type ParsedArgs } from '../args';
import { fail, formatApiError } from '../errors';
import { getObject } from '../resources';
import type { KubectlEnv, KubectlPlan } from '../types';
import { GLOBAL_FLAGS, scopeOf } from './common';
import { parseTargets } from './getTargets';

export const SCALE_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'replicas', type: 'int' },
  { name: 'current-replicas', type: 'int' },
  { name: 'resource-version', type: 'string' },
  { name: 'timeout', type: 'string' },
];

const SCALABLE: readonly KindName[] = ['ReplicationController', 'StatefulSet', 'Deployment', 'ReplicaSet'];

export function planScale(parsed: ParsedArgs, env: KubectlEnv): KubectlPlan {
  const replicas = int(parsed.flags['replicas']) ?? -1;
  if (replicas < 0) return { type: 'output', ...fail('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0') };
  if (parsed.args.length === 0) {
    return { type: 'output', ...fail("You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'") };
  }
  const targets = parseTargets(parsed.args);
  if ('error' in targets) return { type: 'output', ...fail(targets.error) };
  const t = targets.targets[0]!;
  if (!t.names) return { type: 'output', ...fail('resource(s) were provided, but no name was specified') };
  if (targets.targets.length > 1 || t.names.length > 1) return { type: 'output', ...fail('Podium scales one object per command') };
  const kind = t.type.kind;
  const name = t.names[0]!;
  if (kind === 'Event' || !SCALABLE.includes(kind)) {
    const group = kind === 'Event' || !kind.match(/Set$|Deployment/) ? '' : 'apps';
    return { type: 'output', ...fail(`no scaler has been implemented for {"${group}" "${kind}"}`) };
  }
  const ns = scopeOf(parsed.flags).namespace;
  if (!getObject(env.snapshot, kind, ns, name)) {
    const err = formatApiError({ reason: 'NotFound', resource: qualifiedResource(kind), name });
    return { type: 'output', stdout: '', stderr: err + '\n', exitCode: 1 };
  }
  return {
    type: 'request',
    request: { type: 'scale', target: { kind, namespace: ns, name }, replicas },
    render: (result) => {
      const item = result.items[0];
      const warnings = result.warnings.map((w) => (w.startsWith('Warning: ') ? w : 'Warning: ' + w) + '\n').join('');
      if (item?.error) return { stdout: '', stderr: warnings + formatApiError(item.error) + '\n', exitCode: 1 };
      return { stdout: `${kubectlKindPrefix(kind)}/${name} scaled\n`, stderr: warnings, exitCode: 0 };
    },
  };
}
