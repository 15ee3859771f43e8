// Field errors as apimachinery renders them. Mirrors kubernetes/kubernetes
// staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors.go (Error.ErrorBody, Required, Invalid,
// NotSupported, Forbidden, Duplicate, NotFound). Values use the newer JSON-like rendering: `{"app":"nginx"}`.
import type { FieldCause } from '../../api/errors';

/** A value already rendered (e.g. an internal Go struct printed with its Go field names). */
export interface RenderedValue {
  readonly rendered: string;
}

export function rendered(text: string): RenderedValue {
  return { rendered: text };
}

function isRendered(v: unknown): v is RenderedValue {
  return typeof v === 'object' && v !== null && 'rendered' in v && typeof (v as RenderedValue).rendered === 'string';
}

/** JSON with object keys sorted, as Go's json.Marshal prints maps. */
function stableJson(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (Array.isArray(v)) return '[' + v.map(stableJson).join(',') + ']';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
    return '{' + keys.map((k) => JSON.stringify(k) + ':' + stableJson(o[k])).join(',') + '}';
  }
  return JSON.stringify(v);
}

/** A bad value as `field.Error.ErrorBody` prints it: strings quoted, numbers plain, the rest JSON. */
export function renderValue(v: unknown): string {
  if (isRendered(v)) return v.rendered;
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  return stableJson(v);
}

export function required(field: string, detail = ''): FieldCause {
  return { field, type: 'Required', message: `${field}: Required value${detail ? ': ' + detail : ''}` };
}

export function invalid(field: string, value: unknown, detail: string): FieldCause {
  return { field, type: 'Invalid', message: `${field}: Invalid value: ${renderValue(value)}${detail ? ': ' + detail : ''}` };
}

export function unsupported(field: string, value: unknown, supported: readonly string[]): FieldCause {
  const detail = supported.length ? ': supported values: ' + supported.map((s) => JSON.stringify(s)).join(', ') : '';
  return { field, type: 'Unsupported', message: `${field}: Unsupported value: ${renderValue(value)}${detail}` };
}

export function forbidden(field: string, detail: string): FieldCause {
  return { field, type: 'Forbidden', message: `${field}: Forbidden: ${detail}` };
}

export function duplicate(field: string, value: unknown): FieldCause {
  return { field, type: 'Duplicate', message: `${field}: Duplicate value: ${renderValue(value)}` };
}

export function notFound(field: string, value: unknown): FieldCause {
  return { field, type: 'NotFound', message: `${field}: Not found: ${renderValue(value)}` };
}

export function tooMany(field: string, actual: number, max: number): FieldCause {
  return { field, type: 'TooMany', message: `${field}: Too many: ${actual}: must have at most ${max} item${max === 1 ? '' : 's'}` };
}

/** `>= 0` checks are everywhere: `spec.replicas: Invalid value: -1: must be greater than or equal to 0`. */
export function validateNonnegative(value: unknown, field: string): FieldCause[] {
  return typeof value === 'number' && value < 0 ? [invalid(field, value, 'must be greater than or equal to 0')] : [];
}
