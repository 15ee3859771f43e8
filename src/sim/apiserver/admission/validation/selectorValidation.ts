// Label selector validation and the selector/template check shared by the workload kinds. Mirrors
// kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go
// (ValidateLabelSelector) and pkg/apis/apps/validation/validation.go (the `selector` does not match check).
import type { FieldCause } from '../../../api/errors';
import type { LabelSelector } from '../../../api/types';
import { selectorMatches } from '../../../api/labels';
import { forbidden, invalid, required, rendered, renderValue } from '../fieldErrors';
import { validateLabels } from '../names';
import { objects, rec, str } from '../util';

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** ValidateLabelSelector (matchLabels keys/values, operators and their values). */
export function validateLabelSelector(selector: unknown, path: string): FieldCause[] {
  const sel = rec(selector);
  if (!sel) return [];
  const out = validateLabels(rec(sel['matchLabels']) as Record<string, unknown> | undefined, `${path}.matchLabels`);
  objects(sel['matchExpressions']).forEach((e, i) => {
    const at = `${path}.matchExpressions[${i}]`;
    const op = str(e['operator']) ?? '';
    const values = Array.isArray(e['values']) ? e['values'] : [];
    if (op === 'In' || op === 'NotIn') {
      if (values.length === 0) out.push(required(`${at}.values`, 'must be specified when `operator` is \'In\' or \'NotIn\''));
    } else if (op === 'Exists' || op === 'DoesNotExist') {
      if (values.length > 0) out.push(forbidden(`${at}.values`, 'may not be specified when `operator` is \'Exists\' or \'DoesNotExist\''));
    } else {
      out.push(invalid(`${at}.operator`, op, 'not a valid selector operator'));
    }
    if (!str(e['key'])) out.push(invalid(`${at}.key`, '', 'name part must be non-empty'));
  });
  return out;
}

/** A metav1.LabelSelector rendered as JSON (struct field order, empty fields omitted). */
export function renderSelector(selector: unknown): ReturnType<typeof rendered> {
  const sel = rec(selector) ?? {};
  const parts: string[] = [];
  const ml = rec(sel['matchLabels']);
  if (ml && Object.keys(ml).length) parts.push(`"matchLabels":${renderValue(ml)}`);
  const me = objects(sel['matchExpressions']);
  if (me.length) {
    const exprs = me.map((e) => {
      const fields = [`"key":${JSON.stringify(str(e['key']) ?? '')}`, `"operator":${JSON.stringify(str(e['operator']) ?? '')}`];
      if (Array.isArray(e['values']) && e['values'].length) fields.push(`"values":${JSON.stringify(e['values'])}`);
      return '{' + fields.join(',') + '}';
    });
    parts.push(`"matchExpressions":[${exprs.join(',')}]`);
  }
  return rendered('{' + parts.join(',') + '}');
}

/** Whether the selector is unusable (bad operator) — then the template check is replaced by `selector: Invalid`. */
function selectorConvertible(selector: unknown): boolean {
  return objects(rec(selector)?.['matchExpressions']).every((e) => OPERATORS.includes(str(e['operator']) ?? ''));
}

/**
 * The selector checks of ValidateStatefulSetSpec / ValidateDeploymentSpec / ValidateReplicaSetSpec:
 * required, valid, not empty (`empty selector is invalid for <what>`), and matching the template labels.
 */
export function validateWorkloadSelector(spec: Record<string, unknown>, what: string, invalidDetail: string): FieldCause[] {
  const out: FieldCause[] = [];
  const selector = spec['selector'];
  const sel = rec(selector);
  if (selector === undefined || selector === null) out.push(required('spec.selector'));
  else {
    out.push(...validateLabelSelector(selector, 'spec.selector'));
    const n = Object.keys(rec(sel?.['matchLabels']) ?? {}).length + objects(sel?.['matchExpressions']).length;
    if (n === 0) out.push(invalid('spec.selector', renderSelector(selector), `empty selector is invalid for ${what}`));
  }
  if (!selectorConvertible(selector)) {
    out.push(invalid('spec.selector', renderSelector(selector), invalidDetail));
    return out;
  }
  const labels = rec(rec(rec(spec['template'])?.['metadata'])?.['labels']);
  const empty = !!sel && Object.keys(rec(sel['matchLabels']) ?? {}).length + objects(sel['matchExpressions']).length === 0;
  if (!empty && !selectorMatches(sel as LabelSelector | undefined, labels as Record<string, string> | undefined)) {
    out.push(invalid('spec.template.metadata.labels', labels ?? null, '`selector` does not match template `labels`'));
  }
  return out;
}
