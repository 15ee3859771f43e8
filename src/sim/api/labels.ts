// Label selectors. Mirrors kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/helpers.go
// (LabelSelectorAsSelector) and pkg/labels/selector.go (Requirement.Matches, Selector.String).
// Deviations: no Gt/Lt operators (only valid in node affinity); no validation here (admission does that).
import type { LabelSelector } from './types';

export type Labels = Readonly<Record<string, string>> | undefined | null;

/** True when every key/value of `map` is present in `labels` (an empty or absent map matches everything). */
export function labelsMatch(map: Labels, labels: Labels): boolean {
  if (!map) return true;
  // for-in over own keys (no entry arrays): this runs for every pod on every sync of every selector.
  for (const k in map) {
    if (!Object.prototype.hasOwnProperty.call(map, k)) continue;
    if (!labels || !Object.prototype.hasOwnProperty.call(labels, k) || labels[k] !== map[k]) return false;
  }
  return true;
}

/** True when the selector is `{}` (no matchLabels and no matchExpressions): it selects everything. */
export function isEmptySelector(selector: LabelSelector | undefined | null): boolean {
  if (!selector) return false;
  return Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
}

function hasLabel(labels: Labels, key: string): boolean {
  return !!labels && Object.prototype.hasOwnProperty.call(labels, key);
}

/**
 * Whether `labels` satisfy `selector`, with LabelSelectorAsSelector semantics:
 * a nil selector selects nothing, an empty selector `{}` selects everything.
 * An unknown operator selects nothing (the real conversion fails, and callers treat that as no match).
 * @example selectorMatches({ matchLabels: { app: 'nginx' } }, { app: 'nginx', tier: 'web' }) // true
 */
export function selectorMatches(selector: LabelSelector | undefined | null, labels: Labels): boolean {
  if (!selector) return false;
  if (!labelsMatch(selector.matchLabels, labels)) return false;
  for (const req of selector.matchExpressions ?? []) {
    const values = req.values ?? [];
    const present = hasLabel(labels, req.key);
    const value = present ? labels![req.key]! : undefined;
    switch (req.operator) {
      case 'In':
        if (!present || !values.includes(value!)) return false;
        break;
      case 'NotIn':
        if (present && values.includes(value!)) return false;
        break;
      case 'Exists':
        if (!present) return false;
        break;
      case 'DoesNotExist':
        if (present) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/**
 * The selector as kubectl prints it (`-o wide` SELECTOR column): requirements sorted by key,
 * `app=nginx,tier in (a,b),!legacy`. A nil selector prints `<none>`, an empty one prints `` (everything).
 */
export function selectorToString(selector: LabelSelector | undefined | null): string {
  if (!selector) return '<none>';
  const parts: [string, string][] = [];
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) parts.push([k, `${k}=${v}`]);
  for (const req of selector.matchExpressions ?? []) {
    const vals = [...(req.values ?? [])].sort().join(',');
    const text =
      req.operator === 'In' ? `${req.key} in (${vals})`
      : req.operator === 'NotIn' ? `${req.key} notin (${vals})`
      : req.operator === 'Exists' ? req.key
      : req.operator === 'DoesNotExist' ? `!${req.key}`
      : `${req.key} ${req.operator} (${vals})`;
    parts.push([req.key, text]);
  }
  parts.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return parts.map((p) => p[1]).join(',');
}

/** A label map as kubectl prints it (`--show-labels`, Service SELECTOR): `app=nginx,tier=web`, sorted by key. */
export function labelsToString(labels: Labels): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.map((k) => `${k}=${labels![k]}`).join(',');
}
