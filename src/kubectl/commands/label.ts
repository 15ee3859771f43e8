// `kubectl label|annotate TYPE NAME k=v k2- [--overwrite]` (also TYPE/NAME). Mirrors kubectl
// pkg/cmd/label/label.go (parseLabels, validateNoOverwrites, updateDataChangeMsg: labeled / unlabeled /
// not labeled) and pkg/cmd/annotate/annotate.go (validateNoAnnotationOverwrites; always prints "annotated").
// Sent as a merge patch of metadata.labels / metadata.annotations (null removes a key).
import type { RequestResult } from '../../sim/index';
import { bool, str, type FlagSpec, type ParsedArgs } from '../args';
import { listObjects } from '../resources';
import { matchesSelector, parseSelector } from '../selector';
import { parseTargets } from './getTargets';
import { fail } from '../errors';
import type { KubectlEnv, KubectlPlan } from '../types';
import { GLOBAL_FLAGS, scopeOf } from './common';
import { idOf, patchPlan, resolveOne, warningsOf } from './target';
import { formatApiError } from '../errors';

export const LABEL_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'overwrite', type: 'bool' },
  { name: 'resource-version', type: 'string' },
  { name: 'list', type: 'bool' },
  { name: 'dry-run', type: 'string' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'all', type: 'bool' },
];

const isOp = (a: string): boolean => a.includes('=') || (a.endsWith('-') && !a.includes('/'));

export function planLabel(which: 'label' | 'annotate', parsed: ParsedArgs, env: KubectlEnv): KubectlPlan {
  const out = (o: { stdout: string; stderr: string; exitCode: number }): KubectlPlan => ({ type: 'output', ...o });
  const noun = which === 'label' ? 'label' : 'annotation';
  const resources = parsed.args.filter((a) => !isOp(a));
  const ops = parsed.args.filter(isOp);
  const selectorText = str(parsed.flags['selector']);
  if (selectorText !== undefined || bool(parsed.flags['all'])) return planLabelMany(which, parsed, env, resources, selectorText);
  const target = resolveOne(resources, scopeOf(parsed.flags).namespace, env);
  if ('error' in target) return out(target.error);
  const field = which === 'label' ? 'labels' : 'annotations';
  const current = (target.obj.metadata[field] ?? {}) as Record<string, string>;
  if (bool(parsed.flags['list'])) {
    return out({ stdout: Object.keys(current).sort().map((k) => `${k}=${current[k]}\n`).join(''), stderr: '', exitCode: 0 });
  }
  if (ops.length === 0) return out(fail(`at least one ${noun} update is required`));
  const add: Record<string, string> = {};
  const remove: string[] = [];
  for (const op of ops) {
    const eq = op.indexOf('=');
    if (eq < 0) remove.push(op.slice(0, -1));
    else add[op.slice(0, eq)] = op.slice(eq + 1);
  }
  if (remove.some((k) => k in add)) return out(fail(`can not both modify and remove ${which === 'label' ? 'a label' : 'an annotation'} in the same command`));
  if (!bool(parsed.flags['overwrite'])) {
    const clashes = Object.keys(add).filter((k) => k in current && current[k] !== add[k]).map((k) => `'${k}' already has a value (${current[k]})`);
    if (clashes.length > 0) {
      return out(fail(which === 'label' ? `${clashes[0]}, and --overwrite is false` : `--overwrite is false but found the following declared annotation(s): ${clashes.join('; ')}`));
    }
  }
  const warnings = which === 'label' ? remove.filter((k) => !(k in current)).map((k) => `label "${k}" not found.\n`).join('') : '';
  const patch: Record<string, string | null> = { ...add };
  for (const k of remove) patch[k] = null;
  const ref = { kind: target.kind, namespace: target.obj.metadata.namespace ?? '', name: target.name };
  const plan = patchPlan(ref, 'merge', { metadata: { [field]: patch } }, 'annotated');
  if (which === 'annotate' || plan.type !== 'request') return plan;
  const removesOnly = Object.keys(add).length === 0;
  return {
    ...plan,
    render: (result: RequestResult) => {
      const item = result.items[0];
      if (item?.error) return { stdout: '', stderr: warnings + warningsOf(result) + formatApiError(item.error) + '\n', exitCode: 1 };
      const msg = item?.outcome === 'patched (no change)' ? 'not labeled' : removesOnly && !bool(parsed.flags['overwrite']) ? 'unlabeled' : 'labeled';
      return { stdout: `${idOf(ref.kind, ref.name)} ${msg}\n`, stderr: warnings + warningsOf(result), exitCode: 0 };
    },
  };
}

/**
 * `kubectl label TYPE -l SELECTOR k=v` / `--all`: the same change on every selected object, one patch each, one
 * line each (label.go visits every object the selector finds; `No resources found` when none).
 */
function planLabelMany(which: 'label' | 'annotate', parsed: ParsedArgs, env: KubectlEnv, resources: readonly string[], selectorText: string | undefined): KubectlPlan {
  const out = (o: { stdout: string; stderr: string; exitCode: number }): KubectlPlan => ({ type: 'output', ...o });
  const targets = parseTargets(resources);
  if ('error' in targets) return out(fail(targets.error));
  if (targets.targets.some((t) => t.names)) return out(fail('only one of --all, resource names or --selector can be used at a time'));
  const selector = parseSelector(selectorText ?? '');
  if ('error' in selector) return out(fail(selector.error));
  const scope = scopeOf(parsed.flags);
  const objs = targets.targets.flatMap((t) => (t.type.kind === 'Event' ? [] : listObjects(env.snapshot, t.type.kind, scope.all ? undefined : scope.namespace)))
    .filter((o) => matchesSelector(selector, o.metadata.labels));
  if (objs.length === 0) return out({ stdout: '', stderr: `No resources found in ${scope.namespace} namespace.\n`, exitCode: 0 });
  const plans: Extract<KubectlPlan, { type: 'request' }>[] = [];
  for (const o of objs) {
    const p = planLabel(which, { ...parsed, flags: { ...parsed.flags, selector: undefined as never, all: false }, args: [`${o.kind.toLowerCase()}/${o.metadata.name}`, ...parsed.args.filter(isOp)] }, env);
    if (p.type !== 'request') return p;
    plans.push(p);
  }
  return {
    type: 'requests',
    requests: plans.map((p) => p.request),
    render: (results: readonly RequestResult[]) => {
      const outs = results.map((r, i) => plans[i]!.render(r));
      return { stdout: outs.map((o) => o.stdout).join(''), stderr: outs.map((o) => o.stderr).join(''), exitCode: outs.some((o) => o.exitCode !== 0) ? 1 : 0 };
    },
  };
}
