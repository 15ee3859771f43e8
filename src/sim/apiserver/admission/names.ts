// Name and metadata validation. Mirrors kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/util/validation
// /validation.go (IsDNS1123Label, IsDNS1123Subdomain, IsDNS1035Label, IsQualifiedName, IsValidLabelValue) and
// staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go (ValidateObjectMeta).
// Deviations: annotations size limits and ownerReference checks are not modelled.
import type { FieldCause } from '../../api/errors';
import type { ObjectMeta } from '../../api/types';
import { invalid, required } from './fieldErrors';

const LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const SUBDOMAIN_FMT = `${LABEL_FMT}(\\.${LABEL_FMT})*`;
const DNS1035_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';

const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end " +
  `with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '${LABEL_FMT}')`;
const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start " +
  `and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '${SUBDOMAIN_FMT}')`;
const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, " +
  `and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '${DNS1035_FMT}')`;

const maxLen = (n: number) => `must be no more than ${n} characters`;

// Compiled once (no g/y flag: test() keeps no state between calls).
const LABEL_RE = new RegExp(`^${LABEL_FMT}$`);
const SUBDOMAIN_RE = new RegExp(`^${SUBDOMAIN_FMT}$`);
const DNS1035_RE = new RegExp(`^${DNS1035_FMT}$`);

/** Problems with `value` as a DNS-1123 label (StatefulSet, Namespace names); empty when valid. */
export function isDNS1123Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLen(63));
  if (!LABEL_RE.test(value)) errs.push(LABEL_MSG);
  return errs;
}

/** Problems with `value` as a DNS-1123 subdomain (Deployment, Pod, PVC, PV, ConfigMap... names). */
export function isDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 253) errs.push(maxLen(253));
  if (!SUBDOMAIN_RE.test(value)) errs.push(SUBDOMAIN_MSG);
  return errs;
}

/** Problems with `value` as a DNS-1035 label (Service names). */
export function isDNS1035Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLen(63));
  if (!DNS1035_RE.test(value)) errs.push(DNS1035_MSG);
  return errs;
}

export type NameRule = (name: string) => string[];

/** Invalid causes for a name at `field`, one per problem (as ValidateObjectMeta appends them). */
export function validateName(name: string, rule: NameRule, field = 'metadata.name'): FieldCause[] {
  return rule(name).map((msg) => invalid(field, name, msg));
}

const QUALIFIED_NAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const QUALIFIED_NAME_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric " +
  `character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '${QUALIFIED_NAME_FMT}')`;
const QUALIFIED_NAME_RE = new RegExp(`^${QUALIFIED_NAME_FMT}$`);
const LABEL_VALUE_RE = new RegExp(`^(${QUALIFIED_NAME_FMT})?$`);
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and " +
  `end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(${QUALIFIED_NAME_FMT})?')`;

/** Problems with a label or annotation key (`prefix/name`). */
export function isQualifiedName(key: string): string[] {
  const parts = key.split('/');
  let name = key;
  const errs: string[] = [];
  if (parts.length === 2) {
    const prefix = parts[0]!;
    name = parts[1]!;
    if (prefix.length === 0) errs.push('prefix part must be non-empty');
    else errs.push(...isDNS1123Subdomain(prefix).map((m) => 'prefix part ' + m));
  } else if (parts.length > 2) {
    return [QUALIFIED_NAME_MSG.replace('name part must', 'a qualified name must')];
  }
  if (name.length === 0) errs.push('name part must be non-empty');
  else if (name.length > 63) errs.push('name part ' + maxLen(63));
  if (name.length > 0 && !QUALIFIED_NAME_RE.test(name)) errs.push(QUALIFIED_NAME_MSG);
  return errs;
}

/** Problems with a label value. */
export function isValidLabelValue(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLen(63));
  if (!LABEL_VALUE_RE.test(value)) errs.push(LABEL_VALUE_MSG);
  return errs;
}

/** Label keys and values under `field` (`metadata.labels`, `spec.template.metadata.labels`). */
export function validateLabels(labels: Readonly<Record<string, unknown>> | undefined, field: string): FieldCause[] {
  const out: FieldCause[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    for (const m of isQualifiedName(k)) out.push(invalid(field, k, m));
    const value = typeof v === 'string' ? v : String(v);
    for (const m of isValidLabelValue(value)) out.push(invalid(field, value, m));
  }
  return out;
}

/** ValidateObjectMeta: name (or generateName) with `rule`, and labels. Namespace is filled in by the caller. */
export function validateObjectMeta(meta: ObjectMeta | undefined, rule: NameRule, field = 'metadata'): FieldCause[] {
  const out: FieldCause[] = [];
  const name = meta?.name ?? '';
  if (name === '') {
    if (!meta?.generateName) out.push(required(`${field}.name`, 'name or generateName is required'));
  } else {
    out.push(...validateName(name, rule, `${field}.name`));
  }
  out.push(...validateLabels(meta?.labels, `${field}.labels`));
  return out;
}
