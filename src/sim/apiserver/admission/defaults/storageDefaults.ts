// Storage defaulting. Mirrors kubernetes/kubernetes pkg/apis/core/v1/defaults.go (SetDefaults_PersistentVolume,
// SetDefaults_PersistentVolumeClaimSpec), pkg/apis/storage/v1/defaults.go (SetDefaults_StorageClass) and the
// admission plugins DefaultStorageClass (plugin/pkg/admission/storage/storageclass/setdefault) and
// StorageObjectInUseProtection (plugin/pkg/admission/storage/storageobjectinuseprotection).
import type { KObject } from '../../../api/types';
import { child, setDefaultString, type Json } from '../util';

export const DEFAULT_CLASS_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';
export const BETA_DEFAULT_CLASS_ANNOTATION = 'storageclass.beta.kubernetes.io/is-default-class';
export const PVC_PROTECTION = 'kubernetes.io/pvc-protection';
export const PV_PROTECTION = 'kubernetes.io/pv-protection';

export function defaultPvcSpec(spec: Json): void {
  setDefaultString(spec, 'volumeMode', 'Filesystem');
}

function addFinalizer(obj: Json, finalizer: string): void {
  const meta = child(obj, 'metadata');
  const list = Array.isArray(meta['finalizers']) ? (meta['finalizers'] as unknown[]) : [];
  if (!list.includes(finalizer)) meta['finalizers'] = [...list, finalizer];
}

/** Whether a StorageClass is marked default (the GA or the beta annotation set to "true"). */
export function isDefaultClass(sc: KObject): boolean {
  const a = sc.metadata.annotations ?? {};
  return a[DEFAULT_CLASS_ANNOTATION] === 'true' || a[BETA_DEFAULT_CLASS_ANNOTATION] === 'true';
}

/** The default StorageClass: with several, the newest (then by name), as GetDefaultClass does since 1.26. */
export function pickDefaultClass(classes: readonly KObject[]): KObject | undefined {
  const defaults = classes.filter(isDefaultClass);
  defaults.sort((a, b) => {
    const ta = a.metadata.creationTimestamp ?? '';
    const tb = b.metadata.creationTimestamp ?? '';
    if (ta !== tb) return ta > tb ? -1 : 1;
    return (a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1;
  });
  return defaults[0];
}

/** PVC create: volumeMode, the default class when `storageClassName` is absent (not ""), pvc-protection. */
export function defaultPvc(obj: Json, classes: readonly KObject[]): void {
  const spec = child(obj, 'spec');
  defaultPvcSpec(spec);
  if (spec['storageClassName'] === undefined || spec['storageClassName'] === null) {
    const def = pickDefaultClass(classes);
    if (def?.metadata.name) spec['storageClassName'] = def.metadata.name;
  }
  addFinalizer(obj, PVC_PROTECTION);
}

/** PV create: reclaim policy Retain, volumeMode Filesystem, pv-protection. */
export function defaultPv(obj: Json): void {
  const spec = child(obj, 'spec');
  setDefaultString(spec, 'persistentVolumeReclaimPolicy', 'Retain');
  setDefaultString(spec, 'volumeMode', 'Filesystem');
  addFinalizer(obj, PV_PROTECTION);
}

/** SetDefaults_StorageClass: reclaimPolicy Delete, volumeBindingMode Immediate. */
export function defaultStorageClass(obj: Json): void {
  setDefaultString(obj, 'reclaimPolicy', 'Delete');
  setDefaultString(obj, 'volumeBindingMode', 'Immediate');
}
