// ConfigMap and Secret validation. Mirrors kubernetes/kubernetes pkg/apis/core/validation/validation.go
// (ValidateConfigMap, ValidateSecret) and apimachinery IsConfigMapKey.
import type { FieldCause } from '../../../api/errors';
import { invalid } from '../fieldErrors';
import { rec } from '../util';

const KEY_MSG =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or " +
  "'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

function keyErrors(key: string): string[] {
  const errs: string[] = [];
  if (key.length > 253) errs.push('must be no more than 253 characters');
  if (!/^[-._a-zA-Z0-9]+$/.test(key)) errs.push(KEY_MSG);
  if (key === '.') errs.push("must not be '.'");
  else if (key === '..') errs.push("must not be '..'");
  else if (key.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

/** Keys of `data` / `binaryData` (ConfigMap) or `data` / `stringData` (Secret). */
export function validateDataKeys(obj: Record<string, unknown>, fields: readonly string[]): FieldCause[] {
  const out: FieldCause[] = [];
  for (const f of fields) {
    for (const key of Object.keys(rec(obj[f]) ?? {})) {
      out.push(...keyErrors(key).map((m) => invalid(`${f}[${key}]`, key, m)));
    }
  }
  return out;
}

/** Which top-level maps hold user keys. */
export const configMapFields = ['data', 'binaryData'] as const;
export const secretFields = ['data', 'stringData'] as const;
