// IntOrString helpers for rolling-update fields. Mirrors kubernetes/kubernetes pkg/apis/apps/validation/validation.go
// (ValidatePositiveIntOrPercent, IsNotMoreThan100Percent, getIntOrPercentValue) and apimachinery IsValidPercent.
import type { FieldCause } from '../../../api/errors';
import { invalid, validateNonnegative } from '../fieldErrors';

const PERCENT_RE = /^[0-9]+%$/;

/** The number in `25%` or `3`, as upstream reads it (bad strings count as 0). */
export function intOrPercentValue(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && PERCENT_RE.test(v)) return Number(v.slice(0, -1));
  return 0;
}

/** ValidatePositiveIntOrPercent: a non-negative int, or a string like `25%`. */
export function validatePositiveIntOrPercent(v: unknown, path: string): FieldCause[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') {
    return PERCENT_RE.test(v) ? [] : [invalid(path, v, "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')")];
  }
  if (typeof v === 'number') return validateNonnegative(v, path);
  return [invalid(path, v, "must be an integer or percentage (e.g '5%')")];
}

/** IsNotMoreThan100Percent. */
export function validateNotMoreThan100Percent(v: unknown, path: string): FieldCause[] {
  if (typeof v !== 'string' || !PERCENT_RE.test(v)) return [];
  return intOrPercentValue(v) > 100 ? [invalid(path, v, 'must not be greater than 100%')] : [];
}
