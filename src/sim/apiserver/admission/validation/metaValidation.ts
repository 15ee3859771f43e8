// Object metadata rules per kind. Mirrors kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/api/validation
// /objectmeta.go (ValidateObjectMeta, ValidateObjectMetaUpdate) and each kind's Validate*Name.
import type { FieldCause } from '../../../api/errors';
import type { KObject } from '../../../api/types';
import { invalid } from '../fieldErrors';
import { isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, validateLabels, validateObjectMeta, type NameRule } from '../names';

/** The name rule of a kind: DNS-1123 label (StatefulSet, Namespace), DNS-1035 label (Service), else subdomain. */
export function nameRuleFor(kind: string): NameRule {
  switch (kind) {
    case 'StatefulSet':
    case 'Namespace':
      return isDNS1123Label;
    case 'Service':
      return isDNS1035Label;
    default:
      return isDNS1123Subdomain;
  }
}

export function validateMetaCreate(obj: KObject): FieldCause[] {
  return validateObjectMeta(obj.metadata, nameRuleFor(obj.kind));
}

/** ValidateObjectMetaUpdate: name and namespace are immutable (labels must still be valid). */
export function validateMetaUpdate(obj: KObject, old: KObject): FieldCause[] {
  const out: FieldCause[] = [];
  if ((obj.metadata.name ?? '') !== (old.metadata.name ?? '')) out.push(invalid('metadata.name', obj.metadata.name ?? '', 'field is immutable'));
  if ((obj.metadata.namespace ?? '') !== (old.metadata.namespace ?? '')) {
    out.push(invalid('metadata.namespace', obj.metadata.namespace ?? '', 'field is immutable'));
  }
  out.push(...validateLabels(obj.metadata.labels, 'metadata.labels'));
  return out;
}
