// Deployment and ReplicaSet validation. Mirrors kubernetes/kubernetes pkg/apis/apps/validation/validation.go
// (ValidateDeploymentSpec, ValidateDeploymentStrategy, ValidateRollingUpdateDeployment, ValidateReplicaSetSpec,
// ValidatePodTemplateSpecForReplicaSet) and pkg/registry/apps/deployment/strategy.go (selector immutability).
import type { FieldCause } from '../../../api/errors';
import { forbidden, invalid, required, unsupported, validateNonnegative } from '../fieldErrors';
import { deepEqual, num, rec, str, type Json } from '../util';
import { intOrPercentValue, validateNotMoreThan100Percent, validatePositiveIntOrPercent } from './intOrPercent';
import { validatePodTemplateSpec } from './podValidation';
import { renderSelector, validateWorkloadSelector } from './selectorValidation';

/** ValidatePodTemplateSpecForReplicaSet (after the selector check): the full template, restartPolicy Always. */
function validateTemplateForReplicaSet(spec: Json): FieldCause[] {
  const template = spec['template'];
  const out = validatePodTemplateSpec(template, 'spec.template');
  const podSpec = rec(rec(template)?.['spec']) ?? {};
  const restart = str(podSpec['restartPolicy']) ?? '';
  if (restart !== 'Always') out.push(unsupported('spec.template.spec.restartPolicy', restart, ['Always']));
  if (podSpec['activeDeadlineSeconds'] !== undefined && podSpec['activeDeadlineSeconds'] !== null) {
    out.push(forbidden('spec.template.spec.activeDeadlineSeconds', 'activeDeadlineSeconds in ReplicaSet is not Supported'));
  }
  return out;
}

function validateStrategy(strategy: Json): FieldCause[] {
  const type = str(strategy['type']) ?? '';
  const ru = rec(strategy['rollingUpdate']);
  if (type === 'Recreate') {
    return ru ? [forbidden('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'")] : [];
  }
  if (type !== 'RollingUpdate') return [unsupported('spec.strategy.type', type, ['Recreate', 'RollingUpdate'])];
  if (!ru) return [required('spec.strategy.rollingUpdate', 'this should be defaulted and never be nil')];
  const path = 'spec.strategy.rollingUpdate';
  const out = [
    ...validatePositiveIntOrPercent(ru['maxUnavailable'], `${path}.maxUnavailable`),
    ...validatePositiveIntOrPercent(ru['maxSurge'], `${path}.maxSurge`),
  ];
  if (intOrPercentValue(ru['maxUnavailable']) === 0 && intOrPercentValue(ru['maxSurge']) === 0) {
    out.push(invalid(`${path}.maxUnavailable`, ru['maxUnavailable'] ?? 0, 'may not be 0 when `maxSurge` is 0'));
  }
  out.push(...validateNotMoreThan100Percent(ru['maxUnavailable'], `${path}.maxUnavailable`));
  return out;
}

/** ValidateDeploymentSpec, in upstream order. */
export function validateDeploymentSpec(specIn: unknown): FieldCause[] {
  const spec = rec(specIn) ?? {};
  const out = validateNonnegative(spec['replicas'], 'spec.replicas');
  out.push(...validateWorkloadSelector(spec, 'deployment', 'invalid label selector'));
  out.push(...validateTemplateForReplicaSet(spec));
  out.push(...validateStrategy(rec(spec['strategy']) ?? {}));
  out.push(...validateNonnegative(spec['minReadySeconds'], 'spec.minReadySeconds'));
  out.push(...validateNonnegative(spec['revisionHistoryLimit'], 'spec.revisionHistoryLimit'));
  const pds = num(spec['progressDeadlineSeconds']);
  if (pds !== undefined) {
    out.push(...validateNonnegative(pds, 'spec.progressDeadlineSeconds'));
    if (pds <= (num(spec['minReadySeconds']) ?? 0)) {
      out.push(invalid('spec.progressDeadlineSeconds', pds, 'must be greater than minReadySeconds'));
    }
  }
  return out;
}

/** ValidateReplicaSetSpec. (The empty-selector text says "for deployment" upstream too.) */
export function validateReplicaSetSpec(specIn: unknown): FieldCause[] {
  const spec = rec(specIn) ?? {};
  const out = validateNonnegative(spec['replicas'], 'spec.replicas');
  out.push(...validateNonnegative(spec['minReadySeconds'], 'spec.minReadySeconds'));
  out.push(...validateWorkloadSelector(spec, 'deployment', 'invalid label selector'));
  out.push(...validateTemplateForReplicaSet(spec));
  return out;
}

/** apps/v1 selector immutability (Deployment, ReplicaSet): `spec.selector: Invalid value: {...}: field is immutable`. */
export function validateSelectorImmutable(specIn: unknown, oldSpecIn: unknown): FieldCause[] {
  const selector = rec(specIn)?.['selector'];
  const old = rec(oldSpecIn)?.['selector'];
  return deepEqual(selector, old) ? [] : [invalid('spec.selector', renderSelector(selector), 'field is immutable')];
}
