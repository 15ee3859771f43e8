// `wait:` steps: a duration (`30s`), `stable`, or `{for: kind/name, condition: X, timeout: 5m, namespace: ns}`.
import { isMap, isScalar } from 'yaml';
import { findResource } from '../sim';
import { CONDITIONS } from './conditions';
import { parseDuration } from './duration';
import type { WaitSpec } from './types';
import { describe, unknownName, type Reader } from './yamlReader';

/** kubectl wait's default is 30s; simulated time is cheap, so scenarios default to 5m. */
export const DEFAULT_WAIT_TIMEOUT_MS = 5 * 60_000;

const WAIT_KEYS = ['for', 'condition', 'timeout', 'namespace'] as const;

export function parseWait(r: Reader, node: unknown, line: number): WaitSpec | undefined {
  if (isMap(node)) return parseWaitFor(r, node, line);
  if (isScalar(node) && typeof node.value === 'number') {
    return r.fail(r.lineOf(node, line), `wait: duration '${node.value}' needs a unit: ms, s, m or h (e.g. ${node.value}s)`);
  }
  if (!isScalar(node) || typeof node.value !== 'string') {
    return r.fail(r.lineOf(node, line), `wait must be a duration (30s), 'stable' or {for: pod/web-0, condition: Ready}, found ${describe(node)}`);
  }
  if (node.value.trim() === 'stable') return { type: 'stable' };
  const ms = parseDuration(node.value);
  return typeof ms === 'string' ? r.fail(r.lineOf(node, line), `wait: ${ms}`) : { type: 'duration', ms };
}

function parseWaitFor(r: Reader, node: Parameters<Reader['entries']>[0], line: number): WaitSpec | undefined {
  const got: Partial<Record<(typeof WAIT_KEYS)[number], [unknown, number]>> = {};
  for (const [key, value, keyLine] of r.entries(node, WAIT_KEYS, 'wait')) got[key as (typeof WAIT_KEYS)[number]] = [value, keyLine];
  const errorsBefore = r.errors.length;
  if (!got.for) r.fail(line, "wait needs 'for: <kind>/<name>' (e.g. for: pod/web-2)");
  if (!got.condition) r.fail(line, `wait needs 'condition' (one of: ${CONDITIONS.join(', ')})`);
  if (!got.for || !got.condition) return undefined;
  const target = r.string(got.for[0], 'wait.for', got.for[1]);
  const condition = r.string(got.condition[0], 'wait.condition', got.condition[1]);
  const namespace = got.namespace ? r.string(got.namespace[0], 'wait.namespace', got.namespace[1]) : 'default';
  let timeoutMs = DEFAULT_WAIT_TIMEOUT_MS;
  if (got.timeout) {
    const text = r.string(got.timeout[0], 'wait.timeout', got.timeout[1]);
    const ms = text === undefined ? undefined : parseDuration(text);
    if (typeof ms === 'string') r.fail(got.timeout[1], `wait.timeout: ${ms}`);
    else if (ms !== undefined) timeoutMs = ms;
  }
  if (condition !== undefined && !CONDITIONS.includes(condition)) {
    r.fail(got.condition[1], unknownName(`condition '${condition}'`, condition, CONDITIONS));
  }
  const ref = target === undefined ? undefined : parseTarget(r, target, got.for[1], namespace ?? 'default');
  if (r.errors.length > errorsBefore || !ref || target === undefined || condition === undefined) return undefined;
  return { type: 'for', target, ref, condition, timeoutMs };
}

/** `pod/web-2`, `pvc/www-web-0`, `statefulset.apps/web` → an object reference. */
function parseTarget(r: Reader, target: string, line: number, namespace: string) {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(target.trim());
  if (!m || !m[1] || !m[2]) return r.fail(line, `wait.for must be <kind>/<name> such as pod/web-2, found '${target}'`);
  const info = findResource(m[1]);
  if (!info) return r.fail(line, `wait.for: unknown resource type '${m[1]}' in '${target}'`);
  return { kind: info.kind, namespace: info.namespaced ? namespace : '', name: m[2] };
}
