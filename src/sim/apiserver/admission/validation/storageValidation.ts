// PVC, PV and StorageClass validation on create. Mirrors kubernetes/kubernetes
// pkg/apis/core/validation/validation.go (ValidatePersistentVolumeClaimSpec, ValidatePersistentVolumeSpec) and
// pkg/apis/storage/validation/validation.go (ValidateStorageClass).
// Deviations: per-source field checks cover hostPath, local, nfs and csi only.
import type { FieldCause } from '../../../api/errors';
import { canonicalQuantity, parseQuantity } from '../../../api/quantity';
import { forbidden, invalid, required, unsupported } from '../fieldErrors';
import { isDNS1123Subdomain, isQualifiedName } from '../names';
import { isRec, rec, str, type Json } from '../util';
import { validateLabelSelector } from './selectorValidation';

const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
const VOLUME_MODES = ['Block', 'Filesystem'];
const PV_RECLAIM = ['Delete', 'Recycle', 'Retain'];
const PV_SOURCES = [
  'gcePersistentDisk', 'awsElasticBlockStore', 'hostPath', 'glusterfs', 'nfs', 'rbd', 'iscsi', 'cinder', 'cephfs', 'fc',
  'flocker', 'flexVolume', 'azureFile', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk',
  'portworxVolume', 'scaleIO', 'local', 'storageos', 'csi',
] as const;

function validateAccessModes(modes: unknown, path: string, requiredDetail: string): FieldCause[] {
  const list = Array.isArray(modes) ? modes : [];
  const out: FieldCause[] = [];
  if (list.length === 0) out.push(required(path, requiredDetail));
  let rwop = false;
  let other = false;
  for (const m of list) {
    if (!ACCESS_MODES.includes(m as string)) out.push(unsupported(path, m, ACCESS_MODES));
    if (m === 'ReadWriteOncePod') rwop = true;
    else other = true;
  }
  if (rwop && other) out.push(forbidden(path, 'may not use ReadWriteOncePod with other access modes'));
  return out;
}

function validatePositiveQuantity(q: unknown, path: string): FieldCause[] {
  const v = parseQuantity(q);
  return v > 0 ? [] : [invalid(path, canonicalQuantity(q) ?? String(q), 'must be greater than zero')];
}

function validateClassName(name: unknown, path: string): FieldCause[] {
  const n = str(name);
  return n ? isDNS1123Subdomain(n).map((m) => invalid(path, n, m)) : [];
}

function validateVolumeMode(mode: unknown, path: string): FieldCause[] {
  return mode !== undefined && !VOLUME_MODES.includes(mode as string) ? [unsupported(path, mode, VOLUME_MODES)] : [];
}

/** ValidatePersistentVolumeClaimSpec at `path` (`spec`). */
export function validatePvcSpec(specIn: unknown, path = 'spec'): FieldCause[] {
  const spec = rec(specIn) ?? {};
  const out = validateAccessModes(spec['accessModes'], `${path}.accessModes`, 'at least 1 access mode is required');
  if (spec['selector']) out.push(...validateLabelSelector(spec['selector'], `${path}.selector`));
  const requests = rec(rec(spec['resources'])?.['requests']) ?? {};
  const storage = requests['storage'];
  if (storage === undefined) out.push(required(`${path}.resources[storage]`));
  else out.push(...validatePositiveQuantity(storage, `${path}.resources[storage]`));
  out.push(...validateClassName(spec['storageClassName'], `${path}.storageClassName`));
  out.push(...validateVolumeMode(spec['volumeMode'], `${path}.volumeMode`));
  return out;
}

/**
 * The causes a PVC create would be rejected with (spec only). For the StatefulSet controller:
 * `PersistentVolumeClaim "www-web-0" is invalid: spec.accessModes: Required value: at least 1 access mode is required`.
 */
export function validatePvcCauses(pvc: { readonly spec?: unknown }): FieldCause[] {
  return validatePvcSpec(pvc.spec, 'spec');
}

/** Volume source keys set on a PV spec. */
export function pvSources(spec: Json): string[] {
  return PV_SOURCES.filter((k) => spec[k] !== undefined && spec[k] !== null);
}

function validateSource(spec: Json, source: string): FieldCause[] {
  const src = rec(spec[source]) ?? {};
  const at = `spec.${source}`;
  const need = (k: string) => (str(src[k]) ? [] : [required(`${at}.${k}`)]);
  switch (source) {
    case 'hostPath': return need('path');
    case 'local': return [...need('path'), ...(spec['nodeAffinity'] ? [] : [required('spec.nodeAffinity', 'Local volume requires node affinity')])];
    case 'nfs': return [...need('server'), ...need('path')];
    case 'csi': return [...need('driver'), ...need('volumeHandle')];
    default: return [];
  }
}

/** ValidatePersistentVolumeSpec. */
export function validatePvSpec(specIn: unknown): FieldCause[] {
  const spec = rec(specIn) ?? {};
  const out = validateAccessModes(spec['accessModes'], 'spec.accessModes', '');
  const capacity = rec(spec['capacity']);
  if (!capacity || Object.keys(capacity).length === 0) out.push(required('spec.capacity'));
  else if (capacity['storage'] === undefined || Object.keys(capacity).length > 1) out.push(unsupported('spec.capacity', capacity, ['storage']));
  else out.push(...validatePositiveQuantity(capacity['storage'], 'spec.capacity[storage]'));
  const reclaim = str(spec['persistentVolumeReclaimPolicy']) ?? '';
  if (reclaim && !PV_RECLAIM.includes(reclaim)) out.push(unsupported('spec.persistentVolumeReclaimPolicy', reclaim, PV_RECLAIM));
  out.push(...validateClassName(spec['storageClassName'], 'spec.storageClassName'));
  out.push(...validateVolumeMode(spec['volumeMode'], 'spec.volumeMode'));
  const sources = pvSources(spec);
  if (sources.length === 0) out.push(required('spec', 'must specify a volume type'));
  else if (sources.length > 1) out.push(forbidden(`spec.${sources[1]}`, 'may not specify more than 1 volume type'));
  for (const s of sources.slice(0, 1)) out.push(...validateSource(spec, s));
  return out;
}

/** ValidateStorageClass (fields sit at the top level of a StorageClass). */
export function validateStorageClass(obj: Json): FieldCause[] {
  const out: FieldCause[] = [];
  const provisioner = str(obj['provisioner']) ?? '';
  if (!provisioner) out.push(required('provisioner'));
  else out.push(...isQualifiedName(provisioner.toLowerCase()).map((m) => invalid('provisioner', provisioner, m)));
  const params = obj['parameters'];
  if (isRec(params) && Object.keys(params).length > 512) out.push(invalid('parameters', params, 'must have at most 512 parameters'));
  const reclaim = str(obj['reclaimPolicy']) ?? '';
  if (!['Delete', 'Retain'].includes(reclaim)) out.push(unsupported('reclaimPolicy', reclaim, ['Delete', 'Retain']));
  const mode = str(obj['volumeBindingMode']) ?? '';
  if (!mode) out.push(required('volumeBindingMode'));
  else if (!['Immediate', 'WaitForFirstConsumer'].includes(mode)) {
    out.push(unsupported('volumeBindingMode', mode, ['Immediate', 'WaitForFirstConsumer']));
  }
  return out;
}
