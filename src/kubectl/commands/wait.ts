// `kubectl wait (TYPE NAME | TYPE/NAME | TYPE -l SEL | TYPE --all) --for=condition=C[=V]|delete|create|jsonpath=…
// [--timeout=30s]`. Mirrors kubectl pkg/cmd/wait (wait.go: flags and conditionFuncFor; condition.go,
// delete.go, json.go): the objects are found when the command starts, then waited for one after another; the
// blocking part is a follow-up (src/kubectl/block). Deviation: `--for=create` waits only for objects named
// explicitly.
import type { KindName } from '../../sim/index';
import { bool, str, strs, type FlagSpec, type ParsedArgs } from '../args';
import { durationMs } from '../duration';
import { fail } from '../errors';
import { getObject, listObjects } from '../resources';
import { matchesSelector, parseSelector } from '../selector';
import type { BlockSpec, BlockTarget } from '../shell/session';
import type { KubectlEnv, KubectlPlan } from '../types';
import { ALL_NAMESPACES_FLAG, GLOBAL_FLAGS, scopeOf } from './common';
import { parseTargets } from './getTargets';
import { readManifests } from './manifestInput';
import { notFound } from './target';

export const WAIT_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  ALL_NAMESPACES_FLAG,
  { name: 'for', type: 'string' },
  { name: 'timeout', type: 'string' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'all', type: 'bool' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'field-selector', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
];

const WEEK_MS = 7 * 24 * 3_600_000;
const out = (o: { stdout: string; stderr: string; exitCode: number }): KubectlPlan => ({ type: 'output', ...o });

type For = Extract<BlockSpec, { type: 'wait' }>['for'] | { type: 'create' };

/** conditionFuncFor: `delete`, `create`, `condition=Ready[=false]`, `jsonpath='{.status.phase}'=Running`. */
function parseFor(text: string): For | { error: string } {
  const lower = text.toLowerCase();
  if (lower === 'delete') return { type: 'delete' };
  if (lower === 'create') return { type: 'create' };
  if (lower.startsWith('condition=')) {
    const rest = text.slice('condition='.length);
    const eq = rest.indexOf('=');
    const name = eq < 0 ? rest : rest.slice(0, eq);
    const value = eq < 0 ? 'true' : rest.slice(eq + 1);
    if (name === '') return { error: `unrecognized condition: "${text}"` };
    return { type: 'condition', name, value };
  }
  if (lower.startsWith('jsonpath=')) {
    const rest = text.slice('jsonpath='.length);
    const m = /^\{(.*)\}(?:=(.*))?$/s.exec(rest);
    if (!m) return { error: `unrecognized condition: "${text}"` };
    const path = m[1]!.trim();
    if (path === '') return { error: 'jsonpath expression cannot be empty' };
    return { type: 'jsonpath', path, ...(m[2] !== undefined ? { value: m[2] } : {}) };
  }
  return { error: `unrecognized condition: "${text}"` };
}

export function planWait(parsed: ParsedArgs, env: KubectlEnv): KubectlPlan {
  const { flags, args } = parsed;
  const forText = str(flags['for']);
  if (forText === undefined || forText === '') return out(fail('--for must be specified'));
  const cond = parseFor(forText);
  if ('error' in cond) return out(fail(cond.error));
  const timeoutText = str(flags['timeout']) ?? '30s';
  let timeoutMs = durationMs(timeoutText);
  if (timeoutMs === undefined) return out(fail(`invalid argument "${timeoutText}" for "--timeout" flag: time: invalid duration "${timeoutText}"`));
  if (timeoutMs < 0) timeoutMs = WEEK_MS;
  const scope = scopeOf(flags);
  const targets: BlockTarget[] = [];
  const files = strs(flags['filename']);
  const selectorText = str(flags['selector']);
  if (files.length > 0) {
    const input = readManifests(files, env, scope);
    if ('fatal' in input) return out(fail(input.fatal));
    for (const it of input.items) targets.push({ kind: it.object.kind, namespace: it.object.metadata.namespace ?? '', name: it.object.metadata.name ?? '' });
  } else {
    if (args.length === 0) return out(fail("resource(s) were provided, but no name was specified"));
    const parsedTargets = parseTargets(args);
    if ('error' in parsedTargets) return out(fail(parsedTargets.error));
    const selector = parseSelector(selectorText ?? '');
    if ('error' in selector) return out(fail(selector.error));
    for (const t of parsedTargets.targets) {
      if (t.type.kind === 'Event') return out(fail('Podium does not store events as objects'));
      const kind: KindName = t.type.kind;
      if (t.names) {
        for (const name of t.names) targets.push({ kind, namespace: scope.namespace, name });
      } else if (selectorText !== undefined || bool(flags['all'])) {
        for (const o of listObjects(env.snapshot, kind, scope.all ? undefined : scope.namespace)) {
          if (matchesSelector(selector, o.metadata.labels)) targets.push({ kind, namespace: o.metadata.namespace ?? '', name: o.metadata.name ?? '' });
        }
      } else return out(fail('resource(s) were provided, but no name was specified'));
    }
  }
  if (targets.length === 0) return out(fail('no matching resources found'));
  if (cond.type === 'create') {
    // Waiting for named objects to exist: the same as waiting for a condition that any object meets.
    return block({ type: 'wait', targets, for: { type: 'jsonpath', path: '.metadata.name' }, timeoutMs });
  }
  if (cond.type === 'delete') {
    // Objects already gone are fine; the others are pinned to the instance that exists now.
    const pinned = targets.map((t) => {
      const uid = getObject(env.snapshot, t.kind as KindName, t.namespace, t.name)?.metadata.uid;
      return uid ? { ...t, uid } : t;
    });
    return block({ type: 'wait', targets: pinned, for: cond, timeoutMs });
  }
  const missing = targets.find((t) => !getObject(env.snapshot, t.kind as KindName, t.namespace, t.name));
  if (missing) return out(notFound(missing.kind as KindName, missing.name));
  return block({ type: 'wait', targets, for: cond, timeoutMs });
}

function block(spec: BlockSpec): KubectlPlan {
  return { type: 'output', stdout: '', stderr: '', exitCode: 0, follow: { type: 'block', block: spec } };
}
