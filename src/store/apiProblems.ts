// Turn API errors from an apply/delete of the editor text into problems on the offending lines.
import type { ApiError, RequestResult } from '../sim';
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

export function problemsFromResult(
  text: string,
  result: RequestResult,
  docIndexOfObject: readonly number[],
  deps: Pick<Deps, 'locateField' | 'apiErrorMessage'>,
): Problem[] {
  const problems: Problem[] = [];
  for (const item of result.items) {
    if (!item.error) continue;
    const docIndex = item.index === undefined ? undefined : docIndexOfObject[item.index] ?? item.index;
    for (const { field, message } of fieldsOf(item.error, deps.apiErrorMessage)) {
      const where = locate(text, docIndex, field, deps.locateField);
      problems.push({ ...where, message, severity: 'error', source: 'kubectl', owner: PODIUM_OWNER });
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
