// `kubectl delete`: TYPE NAME..., TYPE/NAME..., -f, -l, --all, --cascade, --grace-period, --force, --now.
// v1.34 prints `pod "web-1" deleted from default namespace` (cluster-scoped: `persistentvolume "pv0001" deleted`).
// Mirrors kubectl pkg/cmd/delete/delete.go (Complete: grace-period rules; PrintObj).
import type { KindName, ObjectRef, RequestResult } from '../../sim/index';
import { kubectlKindPrefix, qualifiedResource } from '../../sim/index';
import { bool, int, str, strs, type FlagSpec, type ParsedArgs } from '../args';
import { durationMs } from '../duration';
import { fail, formatApiError } from '../errors';
import { getObject, isNamespaced, listObjects } from '../resources';
import { matchesSelector, parseSelector } from '../selector';
import type { KubectlEnv, KubectlOutput, KubectlPlan } from '../types';
import { ALL_NAMESPACES_FLAG, GLOBAL_FLAGS, scopeOf } from './common';
import { parseTargets } from './getTargets';
import { readManifests } from './manifestInput';

export const DELETE_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  ALL_NAMESPACES_FLAG,
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'all', type: 'bool' },
  { name: 'cascade', type: 'string' },
  { name: 'grace-period', type: 'int' },
  { name: 'force', type: 'bool' },
  { name: 'now', type: 'bool' },
  { name: 'wait', type: 'bool' },
  { name: 'timeout', type: 'string' },
  { name: 'ignore-not-found', type: 'bool' },
];

export const FORCE_WARNING =
  'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n';

const NO_RESOURCES =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

interface DeleteTarget {
  readonly ref: ObjectRef;
  readonly source: string;
}

export function planDelete(parsed: ParsedArgs, env: KubectlEnv): KubectlPlan {
  const out = (o: KubectlOutput): KubectlPlan => ({ type: 'output', ...o });
  const { flags, args } = parsed;
  const scope = scopeOf(flags);
  const cascade = (str(flags['cascade']) ?? 'background').toLowerCase();
  const propagation = ({ background: 'Background', true: 'Background', foreground: 'Foreground', orphan: 'Orphan', false: 'Orphan' } as const)[
    cascade as 'background'
  ];
  if (!propagation) return out(fail(`invalid cascade value (${cascade}). Must be "background", "foreground", or "orphan".`));
  let grace = int(flags['grace-period']) ?? -1;
  const force = bool(flags['force']);
  if (bool(flags['now'])) {
    if (grace !== -1) return out(fail('--now and --grace-period cannot be specified together'));
    grace = 1;
  }
  if (grace === 0 && !force) grace = 1;
  if (force && grace < 0) grace = 0;
  if (force && grace > 0) return out(fail('--force and --grace-period greater than 0 cannot be specified together'));
  const warning = force && grace === 0 ? FORCE_WARNING : '';

  const files = strs(flags['filename']);
  const selectorText = str(flags['selector']);
  const targets: DeleteTarget[] = [];
  const clientErrors: string[] = [];
  const missing: string[] = [];
  const ignoreMissing = bool(flags['ignore-not-found']);
  if (files.length > 0) {
    const input = readManifests(files, env, scope);
    if ('fatal' in input) return out(fail(input.fatal));
    clientErrors.push(...input.errors.map((e) => 'error: ' + e));
    for (const it of input.items) {
      const ref = { kind: it.object.kind as KindName, namespace: it.object.metadata.namespace ?? '', name: it.object.metadata.name ?? '' };
      if (getObject(env.snapshot, ref.kind, ref.namespace, ref.name)) targets.push({ ref, source: it.source });
      else if (!ignoreMissing) missing.push(formatApiError({ reason: 'NotFound', resource: qualifiedResource(ref.kind), name: ref.name }, 'deleting', it.source));
    }
  } else {
    if (args.length === 0) return out(fail(NO_RESOURCES));
    const parsedTargets = parseTargets(args);
    if ('error' in parsedTargets) return out(fail(parsedTargets.error));
    const selector = parseSelector(selectorText ?? '');
    if ('error' in selector) return out(fail(selector.error));
    for (const t of parsedTargets.targets) {
      if (t.type.kind === 'Event') return out(fail('Podium does not store events as objects; they cannot be deleted'));
      const kind = t.type.kind;
      if (t.names) {
        if (selectorText || bool(flags['all'])) return out(fail('name cannot be provided when a selector is specified'));
        for (const name of t.names) {
          if (getObject(env.snapshot, kind, scope.namespace, name)) targets.push({ ref: { kind, namespace: scope.namespace, name }, source: '' });
          else if (!ignoreMissing) missing.push(formatApiError({ reason: 'NotFound', resource: qualifiedResource(kind), name }));
        }
      } else if (selectorText !== undefined || bool(flags['all'])) {
        for (const o of listObjects(env.snapshot, kind, scope.all ? undefined : scope.namespace)) {
          if (matchesSelector(selector, o.metadata.labels)) {
            targets.push({ ref: { kind, namespace: o.metadata.namespace ?? '', name: o.metadata.name ?? '' }, source: '' });
          }
        }
      } else return out(fail('resource(s) were provided, but no name was specified'));
    }
  }

  const errText = [...clientErrors, ...missing].map((e) => e + '\n').join('');
  if (targets.length === 0) {
    const none = errText === '' ? 'No resources found\n' : '';
    return out({ stdout: none, stderr: warning + errText, exitCode: errText === '' ? 0 : 1 });
  }
  // --wait (default true): block until the deleted objects are gone (delete.go: WaitForDeletion, --timeout 0 =
  // a week). The follow-up pins each object's uid, so a pod its controller recreates under the same name counts.
  const wait = flags['wait'] === undefined || bool(flags['wait']);
  const timeoutText = str(flags['timeout']) ?? '0s';
  const timeoutMs = durationMs(timeoutText);
  if (timeoutMs === undefined) return out(fail(`invalid argument "${timeoutText}" for "--timeout" flag: time: invalid duration "${timeoutText}"`));
  const blockTargets = targets.map((t) => {
    const uid = getObject(env.snapshot, t.ref.kind, t.ref.namespace, t.ref.name)?.metadata.uid;
    return { kind: t.ref.kind, namespace: t.ref.namespace, name: t.ref.name, ...(uid ? { uid } : {}) };
  });
  return {
    type: 'request',
    request: { type: 'delete', targets: targets.map((t) => t.ref), propagation, ...(grace >= 0 ? { gracePeriodSeconds: grace } : {}), ...(force ? { force } : {}) },
    render: (result) => renderDelete(result, targets, warning, errText, grace === 0),
    ...(wait ? { follow: { type: 'block' as const, block: { type: 'gone' as const, targets: blockTargets, ...(timeoutMs > 0 ? { timeoutMs } : {}) } } } : {}),
  };
}

export function renderDelete(result: RequestResult, targets: readonly DeleteTarget[], warning: string, errText: string, forced: boolean): KubectlOutput {
  let stdout = '';
  let stderr = warning + result.warnings.map((w) => (w.startsWith('Warning: ') ? w : 'Warning: ' + w) + '\n').join('');
  let failed = errText !== '';
  result.items.forEach((r, i) => {
    const source = targets[r.index ?? i]?.source ?? '';
    if (r.error) {
      failed = true;
      stderr += formatApiError(r.error, 'deleting', source) + '\n';
      return;
    }
    const outcome = r.outcome === 'force deleted' || r.outcome === 'deleted' ? r.outcome : forced ? 'force deleted' : 'deleted';
    const where = isNamespaced(r.ref.kind) ? ` from ${r.ref.namespace} namespace` : '';
    stdout += `${kubectlKindPrefix(r.ref.kind)} "${r.ref.name}" ${outcome}${where}\n`;
  });
  return { stdout, stderr: stderr + errText, exitCode: failed ? 1 : 0 };
}
