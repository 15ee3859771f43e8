// Helpers for commands that act on one named object (rollout, patch, label, annotate, set, cordon):
// resolve `TYPE NAME` / `TYPE/NAME`, and turn a patch into a request whose result prints kubectl's
// `<kind.group>/<name> <verb>` line (printers.NamePrinter with an operation).
import type { KObject, KindName, ObjectRef, RequestResult } from '../../sim/index';
import { kubectlKindPrefix, qualifiedResource } from '../../sim/index';
import { fail, formatApiError } from '../errors';
import { getObject } from '../resources';
import type { KubectlEnv, KubectlOutput, KubectlPlan } from '../types';
import { parseTargets } from './getTargets';

export type Resolved = { kind: KindName; name: string; obj: KObject } | { error: KubectlOutput };

const NO_RESOURCES =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

/** The one object named by `args` in `namespace`; a kubectl error when missing or not found. */
export function resolveOne(args: readonly string[], namespace: string, env: KubectlEnv): Resolved {
  if (args.length === 0) return { error: fail(NO_RESOURCES) };
  const parsed = parseTargets(args);
  if ('error' in parsed) return { error: fail(parsed.error) };
  const t = parsed.targets[0]!;
  if (t.type.kind === 'Event') return { error: fail('Podium does not store events as objects') };
  if (!t.names) return { error: fail('resource(s) were provided, but no name was specified') };
  const kind = t.type.kind;
  const name = t.names[0]!;
  const obj = getObject(env.snapshot, kind, namespace, name);
  if (!obj) return { error: notFound(kind, name) };
  return { kind, name, obj };
}

export function notFound(kind: KindName, name: string): KubectlOutput {
  return { stdout: '', stderr: formatApiError({ reason: 'NotFound', resource: qualifiedResource(kind), name }) + '\n', exitCode: 1 };
}

/** `statefulset.apps/web`. */
export const idOf = (kind: KindName, name: string): string => `${kubectlKindPrefix(kind)}/${name}`;

export function warningsOf(result: RequestResult): string {
  return result.warnings.map((w) => (w.startsWith('Warning: ') ? w : 'Warning: ' + w) + '\n').join('');
}

/**
 * A patch request printing `<id> <verb>` on success (`verbNoChange` when the server reports no change), or the
 * API error.
 */
export function patchPlan(
  ref: ObjectRef,
  patchType: 'strategic' | 'merge' | 'json',
  patch: unknown,
  verb: string,
  verbNoChange: string = verb,
): KubectlPlan {
  return {
    type: 'request',
    request: { type: 'patch', target: ref, patchType, patch },
    render: (result) => {
      const item = result.items[0];
      if (item?.error) return { stdout: '', stderr: warningsOf(result) + formatApiError(item.error) + '\n', exitCode: 1 };
      const v = item?.outcome === 'patched (no change)' ? verbNoChange : verb;
      return { stdout: `${idOf(ref.kind, ref.name)} ${v}\n`, stderr: warningsOf(result), exitCode: 0 };
    },
  };
}

/** JSON with object keys sorted, for comparing templates regardless of key order. */
export function canonical(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined).map((k) => [k, sort((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return JSON.stringify(sort(value));
}
