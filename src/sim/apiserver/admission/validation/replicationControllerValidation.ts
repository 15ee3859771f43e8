// ReplicationController validation. Mirrors kubernetes/kubernetes pkg/apis/core/validation/validation.go
// (ValidateReplicationControllerSpec, ValidateNonEmptySelector, ValidatePodTemplateSpecForRC): a non-empty
// selector (a plain label map), the template required and its labels matched by the selector, then the template,
// restartPolicy Always and no activeDeadlineSeconds.
import type { FieldCause } from '../../../api/errors';
import { forbidden, invalid, required, unsupported, validateNonnegative } from '../fieldErrors';
import { rec, str } from '../util';
import { validatePodTemplateSpec } from './podValidation';

export function validateReplicationControllerSpec(specIn: unknown): FieldCause[] {
  const spec = rec(specIn) ?? {};
  const out = validateNonnegative(spec['minReadySeconds'], 'spec.minReadySeconds');
  const selector = (rec(spec['selector']) ?? {}) as Record<string, unknown>;
  if (Object.keys(selector).length === 0) out.push(required('spec.selector'));
  out.push(...validateNonnegative(spec['replicas'], 'spec.replicas'));
  const template = rec(spec['template']);
  if (!template) {
    out.push(required('spec.template'));
    return out;
  }
  const labels = (rec(rec(template['metadata'])?.['labels']) ?? {}) as Record<string, unknown>;
  const matches = Object.entries(selector).every(([k, v]) => labels[k] === v);
  if (Object.keys(selector).length > 0 && !matches) {
    out.push(invalid('spec.template.metadata.labels', Object.keys(labels).length ? labels : null, '`selector` does not match template `labels`'));
  }
  out.push(...validatePodTemplateSpec(template, 'spec.template'));
  const podSpec = rec(template['spec']) ?? {};
  const restart = str(podSpec['restartPolicy']) ?? '';
  if (restart !== 'Always') out.push(unsupported('spec.template.spec.restartPolicy', restart, ['Always']));
  if (podSpec['activeDeadlineSeconds'] !== undefined && podSpec['activeDeadlineSeconds'] !== null) {
    out.push(forbidden('spec.template.spec.activeDeadlineSeconds', 'activeDeadlineSeconds in ReplicationController is not Supported'));
  }
  return out;
}
