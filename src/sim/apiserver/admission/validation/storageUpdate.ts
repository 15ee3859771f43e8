// Storage update rules. Mirrors kubernetes/kubernetes pkg/apis/core/validation/validation.go
// (ValidatePersistentVolumeClaimUpdate, ValidatePersistentVolumeUpdate), pkg/apis/storage/validation/validation.go
// (ValidateStorageClassUpdate) and plugin/pkg/admission/storage/persistentvolume/resize (PersistentVolumeClaimResize).
// Deviations: the struct diff that upstream appends to the Forbidden messages is abbreviated to the changed fields.
import type { ApiError, FieldCause } from '../../../api/errors';
import type { KObject } from '../../../api/types';
import { parseQuantity } from '../../../api/quantity';
import { forbidden, invalid } from '../fieldErrors';
import { clone, deepEqual, rec, str, type Json } from '../util';
import { pvSources } from './storageValidation';

/** A short `- old / + new` listing of the changed top-level fields, in the spirit of cmp.Diff. */
function specDiff(typeName: string, oldSpec: Json, newSpec: Json): string {
  const keys = [...new Set([...Object.keys(oldSpec), ...Object.keys(newSpec)])].sort();
  const lines = [`  ${typeName}{`];
  for (const k of keys) {
    if (deepEqual(oldSpec[k], newSpec[k])) continue;
    const field = k.charAt(0).toUpperCase() + k.slice(1);
    if (oldSpec[k] !== undefined) lines.push(`- \t${field}: ${JSON.stringify(oldSpec[k])},`);
    if (newSpec[k] !== undefined) lines.push(`+ \t${field}: ${JSON.stringify(newSpec[k])},`);
  }
  lines.push('  }');
  return lines.join('\n');
}

function storageRequest(spec: Json): unknown {
  return rec(rec(spec['resources'])?.['requests'])?.['storage'];
}

const PVC_IMMUTABLE = 'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims';

/** ValidatePersistentVolumeClaimUpdate (with RecoverVolumeExpansionFailure on, as in 1.34). */
export function validatePvcUpdate(obj: KObject, old: KObject): FieldCause[] {
  const out: FieldCause[] = [];
  const newSpec = clone(rec(obj.spec) ?? {});
  const oldSpec = clone(rec(old.spec) ?? {});
  if (!str(oldSpec['volumeName'])) oldSpec['volumeName'] = newSpec['volumeName'];
  // Retroactive default StorageClass: a claim without a class may get one assigned later.
  if (oldSpec['storageClassName'] === undefined || oldSpec['storageClassName'] === null) {
    oldSpec['storageClassName'] = newSpec['storageClassName'];
  }
  const bound = rec(obj.status)?.['phase'] === 'Bound' || rec(old.status)?.['phase'] === 'Bound';
  if (bound) {
    const nr = rec(rec(newSpec['resources'])?.['requests']);
    const or = rec(rec(oldSpec['resources'])?.['requests']);
    if (nr) nr['storage'] = or?.['storage'];
    newSpec['volumeAttributesClassName'] = oldSpec['volumeAttributesClassName'];
  }
  if (!deepEqual(newSpec, oldSpec)) {
    out.push(forbidden('spec', `${PVC_IMMUTABLE}\n${specDiff('core.PersistentVolumeClaimSpec', oldSpec, newSpec)}`));
  }
  const newSize = parseQuantity(storageRequest(rec(obj.spec) ?? {}));
  const oldSize = parseQuantity(storageRequest(rec(old.spec) ?? {}));
  const capacity = parseQuantity(rec(rec(old.status)?.['capacity'])?.['storage']) || 0;
  if (newSize < oldSize && newSize <= capacity) {
    out.push(forbidden('spec.resources.requests.storage', 'field can not be less than status.capacity'));
  }
  return out;
}

/**
 * PersistentVolumeClaimResize admission: growing a claim needs a class with `allowVolumeExpansion: true`.
 * Returns the Forbidden error, or undefined when the update is not a resize or is allowed.
 */
export function pvcResizeError(obj: KObject, old: KObject, classes: readonly KObject[]): ApiError | undefined {
  const newSize = parseQuantity(storageRequest(rec(obj.spec) ?? {}));
  const oldSize = parseQuantity(storageRequest(rec(old.spec) ?? {}));
  if (!(newSize > oldSize)) return undefined;
  const className = str(rec(obj.spec)?.['storageClassName']);
  const sc = classes.find((c) => c.metadata.name === className);
  if (className && sc && sc['allowVolumeExpansion'] === true) return undefined;
  return {
    reason: 'Forbidden',
    message: `persistentvolumeclaims "${obj.metadata.name ?? ''}" is forbidden: only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize`,
  };
}

/** ValidatePersistentVolumeUpdate: the volume source and volumeMode are immutable. */
export function validatePvUpdate(obj: KObject, old: KObject): FieldCause[] {
  const spec = rec(obj.spec) ?? {};
  const oldSpec = rec(old.spec) ?? {};
  const out: FieldCause[] = [];
  const pick = (s: Json) => Object.fromEntries([...pvSources(s)].map((k) => [k, s[k]]));
  const src = pick(spec);
  const oldSrc = pick(oldSpec);
  if (!deepEqual(src, oldSrc)) {
    out.push(forbidden('spec.persistentvolumesource',
      `spec.persistentvolumesource is immutable after creation\n${specDiff('core.PersistentVolumeSource', oldSrc, src)}`));
  }
  if (!deepEqual(spec['volumeMode'], oldSpec['volumeMode'])) out.push(invalid('volumeMode', spec['volumeMode'] ?? null, 'field is immutable'));
  return out;
}

/** ValidateStorageClassUpdate. */
export function validateStorageClassUpdate(obj: KObject, old: KObject): FieldCause[] {
  const out: FieldCause[] = [];
  if (!deepEqual(obj['parameters'] ?? {}, old['parameters'] ?? {})) out.push(forbidden('parameters', 'updates to parameters are forbidden.'));
  if (obj['provisioner'] !== old['provisioner']) out.push(forbidden('provisioner', 'updates to provisioner are forbidden.'));
  if (obj['reclaimPolicy'] !== old['reclaimPolicy']) out.push(forbidden('reclaimPolicy', 'updates to reclaimPolicy are forbidden.'));
  if (obj['volumeBindingMode'] !== old['volumeBindingMode']) {
    out.push(invalid('volumeBindingMode', obj['volumeBindingMode'] ?? null, 'field is immutable'));
  }
  return out;
}
