// Mirrors kubernetes/kubernetes pkg/controller/volume/persistentvolume/util/util.go and
// component-helpers/storage/volume/helpers.go (GetPersistentVolumeClaimClass, GetPersistentVolumeClass,
// IsVolumeBoundToClaim, CheckVolumeModeMismatches, CheckAccessModes) plus the annotation names.
// Deviations: objects are plain JSON read through small typed accessors.
import type { KObject, PersistentVolume, PersistentVolumeClaim, StorageClass } from '../../api/types';
import { objectKey } from '../../api/keys';
import { parseQuantity } from '../../api/quantity';

export const ANN_BIND_COMPLETED = 'pv.kubernetes.io/bind-completed';
export const ANN_BOUND_BY_CONTROLLER = 'pv.kubernetes.io/bound-by-controller';
export const ANN_DYNAMICALLY_PROVISIONED = 'pv.kubernetes.io/provisioned-by';
export const ANN_STORAGE_PROVISIONER = 'volume.kubernetes.io/storage-provisioner';
export const ANN_BETA_STORAGE_PROVISIONER = 'volume.beta.kubernetes.io/storage-provisioner';
export const ANN_SELECTED_NODE = 'volume.kubernetes.io/selected-node';
export const ANN_BETA_STORAGE_CLASS = 'volume.beta.kubernetes.io/storage-class';
export const ANN_DEFAULT_CLASS = 'storageclass.kubernetes.io/is-default-class';
export const PVC_PROTECTION_FINALIZER = 'kubernetes.io/pvc-protection';
export const PV_PROTECTION_FINALIZER = 'kubernetes.io/pv-protection';
/** The "provisioner" of local/static-only classes: nothing ever provisions for it. */
export const NO_PROVISIONER = 'kubernetes.io/no-provisioner';

export type PV = PersistentVolume & KObject;
export type PVC = PersistentVolumeClaim & KObject;
export type SC = StorageClass & KObject;

export const asPv = (o: KObject): PV => o as PV;
export const asPvc = (o: KObject): PVC => o as PVC;
export const asSc = (o: KObject): SC => o as SC;

export const pvKey = (name: string): string => objectKey('PersistentVolume', '', name);
export const pvcKey = (namespace: string, name: string): string => objectKey('PersistentVolumeClaim', namespace, name);
export const scKey = (name: string): string => objectKey('StorageClass', '', name);

/** `default/www-web-0`: how the PV controller names a claim in messages. */
export const claimToClaimKey = (c: PVC): string => `${c.metadata.namespace ?? ''}/${c.metadata.name ?? ''}`;

export const hasAnnotation = (o: KObject, ann: string): boolean => o.metadata.annotations?.[ann] !== undefined;
export const isBeingDeleted = (o: KObject): boolean => !!o.metadata.deletionTimestamp;

/** The claim's class: the beta annotation wins, then spec.storageClassName; "" when neither is set. */
export function getClaimClass(c: PVC): string {
  return c.metadata.annotations?.[ANN_BETA_STORAGE_CLASS] ?? c.spec?.storageClassName ?? '';
}

/** The volume's class, same rules as for claims. */
export function getVolumeClass(v: PV): string {
  return v.metadata.annotations?.[ANN_BETA_STORAGE_CLASS] ?? v.spec?.storageClassName ?? '';
}

/** True when the claim never said which class it wants (nil, not ""): retroactive default assignment applies. */
export const claimClassUnset = (c: PVC): boolean =>
  c.spec?.storageClassName == null && c.metadata.annotations?.[ANN_BETA_STORAGE_CLASS] === undefined;

/** Requested storage in bytes (0 when absent or unparsable). */
export const claimRequestBytes = (c: PVC): number => parseQuantity(c.spec?.resources?.requests?.['storage']) || 0;

/** Capacity in bytes (0 when absent or unparsable). */
export const volumeCapacityBytes = (v: PV): number => parseQuantity(v.spec?.capacity?.['storage']) || 0;

/** True when the volume's claimRef names this claim (an empty uid counts: a pre-bound volume). */
export function isVolumeBoundToClaim(v: PV, c: PVC): boolean {
  const ref = v.spec?.claimRef;
  if (!ref) return false;
  if (ref.name !== c.metadata.name || (ref.namespace ?? '') !== (c.metadata.namespace ?? '')) return false;
  return !ref.uid || ref.uid === c.metadata.uid;
}

/** True when volumeMode differs (an unset mode means Filesystem on both sides). */
export const checkVolumeModeMismatches = (c: PVC, v: PV): boolean =>
  (c.spec?.volumeMode ?? 'Filesystem') !== (v.spec?.volumeMode ?? 'Filesystem');

/** True when the volume offers every access mode the claim asks for. */
export function checkAccessModes(c: PVC, v: PV): boolean {
  const offered = new Set(v.spec?.accessModes ?? []);
  return (c.spec?.accessModes ?? []).every((m) => offered.has(m));
}

/** `claimRef` → the claim's key, or undefined when the volume is not claimed. */
export function claimRefKey(v: PV): string | undefined {
  const ref = v.spec?.claimRef;
  return ref?.name ? pvcKey(ref.namespace ?? '', ref.name) : undefined;
}

/** The StorageClass marked default; several → the newest (then by name), like GetDefaultClass. */
export function defaultClass(classes: readonly KObject[]): SC | undefined {
  const defaults = classes.map(asSc).filter((s) => s.metadata.annotations?.[ANN_DEFAULT_CLASS] === 'true');
  const sorted = [...defaults].sort((a, b) => {
    const ta = a.metadata.creationTimestamp ?? '';
    const tb = b.metadata.creationTimestamp ?? '';
    if (ta !== tb) return ta < tb ? 1 : -1;
    return (a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1;
  });
  return sorted[0];
}

/** Names for why sentences. */
export const pvcName = (c: PVC): string => c.metadata.name ?? '';
export const pvName = (v: PV): string => v.metadata.name ?? '';

/** JSON with sorted keys and undefined fields dropped: structural equality for plain objects. */
export function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return '[' + v.map(canonical).join(',') + ']';
  const o = v as Record<string, unknown>;
  return '{' + Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => JSON.stringify(k) + ':' + canonical(o[k])).join(',') + '}';
}

export const sameJson = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);
