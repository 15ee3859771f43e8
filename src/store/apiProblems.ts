// Turn API errors from an apply/delete of the editor text into problems on the offending lines.
import type { ApiError, KObject, RequestResult } from '../sim';
import { t } from '../ui/i18n';
import { suggestField } from '../sim';
import type { Deps, FieldLocation } from './deps';
import type { Problem } from './types';

export const PODIUM_OWNER = 'podium';

const UNKNOWN_FIELD = /unknown field "([^"]+)"/g;
/** A decode error names its field as Go does: `Go struct field StatefulSetSpec.spec.replicas of type int32`. */
const GO_FIELD = /Go struct field \w+\.([\w.[\]]+) of type/;

/** Field paths an error is about, in the order they should be reported. */
function fieldsOf(err: ApiError, apiErrorMessage: Deps['apiErrorMessage']): { field: string; message: string }[] {
  if (err.reason === 'Invalid') return err.causes.map((c) => ({ field: c.field, message: `${err.kind} "${err.name}" is invalid: ${c.message}` }));
  const message = apiErrorMessage(err);
  const fields = [...message.matchAll(UNKNOWN_FIELD)].map((m) => ({ field: m[1]!, message }));
  const goField = GO_FIELD.exec(message)?.[1];
  if (!fields.length && goField) return [{ field: goField, message }];
  return fields.length ? fields : [{ field: '', message }];
}

/** What the request sent and what the cluster holds: lets a forbidden StatefulSet update point at the field that
 * changed (the API names only `spec`). */
export interface UpdateContext {
  readonly sent: readonly KObject[];
  readonly live: (kind: string, namespace: string, name: string) => KObject | undefined;
}

const FORBIDDEN_STS = 'updates to statefulset spec for fields other than';
const STS_MUTABLE = new Set(['replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds']);

/** The first path under `path` where `sent` says something `live` does not (live also holds defaults), or undefined. */
export function firstDifference(sent: unknown, live: unknown, path: string): string | undefined {
  if (Array.isArray(sent)) {
    if (!Array.isArray(live) || live.length !== sent.length) return path;
    for (let i = 0; i < sent.length; i++) { const d = firstDifference(sent[i], live[i], `${path}[${i}]`); if (d) return d; }
    return undefined;
  }
  if (sent && typeof sent === 'object') {
    if (!live || typeof live !== 'object' || Array.isArray(live)) return path;
    for (const [k, v] of Object.entries(sent)) { const d = firstDifference(v, (live as Record<string, unknown>)[k], path ? `${path}.${k}` : k); if (d) return d; }
    return undefined;
  }
  return sent === live || (sent === null && live === undefined) ? undefined : path;
}

function forbiddenStsField(obj: KObject | undefined, ctx: UpdateContext | undefined): string | undefined {
  if (!obj || !ctx || obj.kind !== 'StatefulSet') return undefined;
  const live = ctx.live('StatefulSet', obj.metadata.namespace ?? 'default', obj.metadata.name ?? '');
  const sent = (obj as { spec?: Record<string, unknown> }).spec ?? {};
  const was = (live as { spec?: Record<string, unknown> } | undefined)?.spec ?? {};
  for (const [k, v] of Object.entries(sent)) {
    if (STS_MUTABLE.has(k)) continue;
    const d = firstDifference(v, was[k], `spec.${k}`);
    if (d) return d;
  }
  return undefined;
}

export function problemsFromResult(
  text: string,
  result: RequestResult,
  docIndexOfObject: readonly number[],
  deps: Pick<Deps, 'locateField' | 'apiErrorMessage'>,
  ctx?: UpdateContext,
): Problem[] {
  const problems: Problem[] = [];
  for (const item of result.items) {
    if (!item.error) continue;
    const docIndex = item.index === undefined ? undefined : docIndexOfObject[item.index] ?? item.index;
    for (const { field, message } of fieldsOf(item.error, deps.apiErrorMessage)) {
      // A forbidden StatefulSet update: point at what changed, and say how to proceed.
      const changed = message.includes(FORBIDDEN_STS) ? forbiddenStsField(item.index === undefined ? undefined : ctx?.sent[item.index], ctx) : undefined;
      const where = locate(text, docIndex, changed ?? field, deps.locateField);
      const name = item.error.reason === 'Invalid' ? item.error.name : '';
      const guess = field && message.includes(`unknown field "${field}"`) ? suggestField(ctx?.sent[item.index ?? -1]?.kind ?? '', field) : undefined;
      const hint = message.includes(FORBIDDEN_STS) ? `\n${t('stsForbiddenHint', { field: changed ?? 'spec', name })}`
        : guess ? `\n${t('didYouMean', { field, guess })}` : '';
      problems.push({ ...where, message: message + hint, severity: 'error', source: 'kubectl', owner: PODIUM_OWNER });
    }
  }
  return problems;
}

function locate(text: string, docIndex: number | undefined, field: string, locateField: Deps['locateField']): FieldLocation {
  const fallback = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if (docIndex === undefined) return fallback;
  // Walk up the path until something is found: `spec.template.spec.containers[0].imagez` → `...containers[0]` → ...
  let path = field;
  for (;;) {
    const found = safeLocate(text, docIndex, path, locateField);
    if (found) return found;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (cut <= 0) break;
    path = path.slice(0, cut);
  }
  return safeLocate(text, docIndex, 'kind', locateField) ?? safeLocate(text, docIndex, '', locateField) ?? fallback;
}

function safeLocate(text: string, docIndex: number, path: string, locateField: Deps['locateField']): FieldLocation | undefined {
  try {
    return locateField(text, docIndex, path) ?? undefined;
  } catch {
    return undefined;
  }
}
