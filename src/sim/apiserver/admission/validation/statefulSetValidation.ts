// StatefulSet validation. Mirrors kubernetes/kubernetes pkg/apis/apps/validation/validation.go
// (ValidateStatefulSetSpec, validateRollingUpdateStatefulSet, ValidatePodTemplateSpecForStatefulSet,
// ValidateStatefulSetUpdate). As upstream, the template's PodSpec and the volumeClaimTemplates are NOT validated.
import type { FieldCause } from '../../../api/errors';
import { forbidden, invalid, rendered, renderValue, required, unsupported, validateNonnegative } from '../fieldErrors';
import { validateLabels } from '../names';
import { clone, deepEqual, num, rec, str, type Json } from '../util';
import { intOrPercentValue, validateNotMoreThan100Percent, validatePositiveIntOrPercent } from './intOrPercent';
import { validateWorkloadSelector } from './selectorValidation';

const RETENTION = ['Retain', 'Delete'];

/** The internal apps.RollingUpdateStatefulSetStrategy as the newer field errors print it. */
function renderRollingUpdate(ru: Json): ReturnType<typeof rendered> {
  const mu = ru['maxUnavailable'];
  return rendered(`{"Partition":${num(ru['partition']) ?? 0},"MaxUnavailable":${mu === undefined ? 'null' : renderValue(mu)}}`);
}

function renderStrategy(strategy: Json): ReturnType<typeof rendered> {
  const ru = rec(strategy['rollingUpdate']);
  return rendered(`{"Type":${JSON.stringify(str(strategy['type']) ?? '')},"RollingUpdate":${ru ? renderRollingUpdate(ru).rendered : 'null'}}`);
}

function validateRollingUpdate(ru: Json, path: string): FieldCause[] {
  const out = validateNonnegative(num(ru['partition']) ?? 0, `${path}.partition`);
  const mu = ru['maxUnavailable'];
  if (mu !== undefined && mu !== null) {
    out.push(...validatePositiveIntOrPercent(mu, `${path}.maxUnavailable`));
    if (intOrPercentValue(mu) === 0) out.push(invalid(`${path}.maxUnavailable`, mu, 'cannot be 0'));
    out.push(...validateNotMoreThan100Percent(mu, `${path}.maxUnavailable`));
  }
  return out;
}

function validateUpdateStrategy(strategy: Json): FieldCause[] {
  const type = str(strategy['type']) ?? '';
  const ru = rec(strategy['rollingUpdate']);
  switch (type) {
    case '':
      return [required('spec.updateStrategy')];
    case 'OnDelete':
      return ru ? [invalid('spec.updateStrategy.rollingUpdate', renderRollingUpdate(ru), "only allowed for updateStrategy 'RollingUpdate'")] : [];
    case 'RollingUpdate':
      return ru ? validateRollingUpdate(ru, 'spec.updateStrategy.rollingUpdate') : [];
    default:
      return [invalid('spec.updateStrategy', renderStrategy(strategy), "must be 'RollingUpdate' or 'OnDelete'")];
  }
}

/** ValidateStatefulSetSpec, in upstream order. */
export function validateStatefulSetSpec(specIn: unknown): FieldCause[] {
  const spec = rec(specIn) ?? {};
  const out: FieldCause[] = [];
  const pmp = str(spec['podManagementPolicy']) ?? '';
  if (!pmp) out.push(required('spec.podManagementPolicy'));
  else if (pmp !== 'OrderedReady' && pmp !== 'Parallel') {
    out.push(invalid('spec.podManagementPolicy', pmp, "must be 'OrderedReady' or 'Parallel'"));
  }
  out.push(...validateUpdateStrategy(rec(spec['updateStrategy']) ?? {}));
  const retention = rec(spec['persistentVolumeClaimRetentionPolicy']);
  if (retention) {
    for (const k of ['whenDeleted', 'whenScaled'] as const) {
      const v = str(retention[k]) ?? '';
      if (!RETENTION.includes(v)) out.push(unsupported(`spec.persistentVolumeClaimRetentionPolicy.${k}`, v, RETENTION));
    }
  }
  out.push(...validateNonnegative(spec['replicas'], 'spec.replicas'));
  out.push(...validateNonnegative(spec['minReadySeconds'], 'spec.minReadySeconds'));
  const ordinals = rec(spec['ordinals']);
  if (ordinals) out.push(...validateNonnegative(ordinals['start'], 'spec.ordinals.start'));
  out.push(...validateWorkloadSelector(spec, 'statefulset', ''));
  const template = rec(spec['template']);
  const meta = rec(template?.['metadata']);
  out.push(...validateLabels(rec(meta?.['labels']) as Record<string, unknown> | undefined, 'spec.template.labels'));
  const podSpec = rec(template?.['spec']) ?? {};
  const restart = str(podSpec['restartPolicy']) ?? '';
  if (restart !== 'Always') out.push(unsupported('spec.template.spec.restartPolicy', restart, ['Always']));
  if (podSpec['activeDeadlineSeconds'] !== undefined && podSpec['activeDeadlineSeconds'] !== null) {
    out.push(forbidden('spec.template.spec.activeDeadlineSeconds', 'activeDeadlineSeconds in StatefulSet is not Supported'));
  }
  return out;
}

export const STS_FORBIDDEN_UPDATE =
  "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', " +
  "'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

const MUTABLE = ['replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds'];

/** ValidateStatefulSetUpdate (spec part): the spec validation, then the forbidden-fields check. */
export function validateStatefulSetUpdate(specIn: unknown, oldSpecIn: unknown): FieldCause[] {
  const out = validateStatefulSetSpec(specIn);
  const spec = clone(rec(specIn) ?? {});
  const old = rec(oldSpecIn) ?? {};
  for (const k of MUTABLE) spec[k] = old[k];
  if (!deepEqual(spec, old)) out.push(forbidden('spec', STS_FORBIDDEN_UPDATE));
  return out;
}
