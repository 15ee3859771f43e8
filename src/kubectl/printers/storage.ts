// PVC, PV and StorageClass rows. Mirrors printers.go (printPersistentVolumeClaim, printPersistentVolume,
// printStorageClass) and pkg/apis/core/helper (GetAccessModesAsString).
import type { KObject, PersistentVolume, PersistentVolumeClaim, StorageClass } from '../../sim/index';
import { since } from './duration';
import type { KindPrinter, PrintContext } from './types';

const MODE_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['ReadWriteOnce', 'RWO'],
  ['ReadOnlyMany', 'ROX'],
  ['ReadWriteMany', 'RWX'],
  ['ReadWriteOncePod', 'RWOP'],
];

/** `RWO`, `RWO,RWX`: fixed order, duplicates collapsed. */
export function accessModesString(modes: readonly string[] | undefined): string {
  return MODE_ABBREVIATIONS.filter(([m]) => modes?.includes(m)).map(([, a]) => a).join(',');
}

function quantity(q: unknown): string {
  return q === undefined || q === null ? '0' : String(q);
}

function attributesClass(name: string | undefined): string {
  return name ? name : '<unset>';
}

export const pvcPrinter: KindPrinter = {
  headers: ['NAME', 'STATUS', 'VOLUME', 'CAPACITY', 'ACCESS MODES', 'STORAGECLASS', 'VOLUMEATTRIBUTESCLASS', 'AGE'],
  wideHeaders: ['VOLUMEMODE'],
  row(obj: KObject, ctx: PrintContext): string[] {
    const pvc = obj as unknown as PersistentVolumeClaim;
    const phase = obj.metadata.deletionTimestamp ? 'Terminating' : (pvc.status?.phase ?? '');
    const volume = pvc.spec?.volumeName ?? '';
    const bound = volume !== '';
    const storageClass =
      pvc.spec?.storageClassName ?? obj.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '';
    const cells = [
      obj.metadata.name ?? '',
      phase,
      volume,
      bound ? quantity(pvc.status?.capacity?.['storage']) : '',
      bound ? accessModesString(pvc.status?.accessModes) : '',
      storageClass,
      attributesClass(pvc.spec?.volumeAttributesClassName),
      since(obj.metadata.creationTimestamp, ctx.nowMs),
    ];
    return ctx.wide ? [...cells, pvc.spec?.volumeMode ?? '<unset>'] : cells;
  },
};

export const pvPrinter: KindPrinter = {
  headers: [
    'NAME', 'CAPACITY', 'ACCESS MODES', 'RECLAIM POLICY', 'STATUS', 'CLAIM', 'STORAGECLASS', 'VOLUMEATTRIBUTESCLASS',
    'REASON', 'AGE',
  ],
  wideHeaders: ['VOLUMEMODE'],
  row(obj: KObject, ctx: PrintContext): string[] {
    const pv = obj as unknown as PersistentVolume;
    const ref = pv.spec?.claimRef;
    const storageClass =
      pv.spec?.storageClassName ?? obj.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '';
    const cells = [
      obj.metadata.name ?? '',
      quantity(pv.spec?.capacity?.['storage']),
      accessModesString(pv.spec?.accessModes),
      pv.spec?.persistentVolumeReclaimPolicy ?? '',
      obj.metadata.deletionTimestamp ? 'Terminating' : (pv.status?.phase ?? ''),
      ref ? `${ref.namespace ?? ''}/${ref.name ?? ''}` : '',
      storageClass,
      attributesClass(pv.spec?.volumeAttributesClassName),
      pv.status?.reason ?? '',
      since(obj.metadata.creationTimestamp, ctx.nowMs),
    ];
    return ctx.wide ? [...cells, pv.spec?.volumeMode ?? '<unset>'] : cells;
  },
};

/** storageclass.kubernetes.io/is-default-class (or the beta annotation) set to "true". */
export function isDefaultClass(obj: KObject): boolean {
  const a = obj.metadata.annotations ?? {};
  return a['storageclass.kubernetes.io/is-default-class'] === 'true' || a['storageclass.beta.kubernetes.io/is-default-class'] === 'true';
}

export const storageClassPrinter: KindPrinter = {
  headers: ['NAME', 'PROVISIONER', 'RECLAIMPOLICY', 'VOLUMEBINDINGMODE', 'ALLOWVOLUMEEXPANSION', 'AGE'],
  wideHeaders: [],
  row(obj: KObject, ctx: PrintContext): string[] {
    const sc = obj as unknown as StorageClass;
    const name = (obj.metadata.name ?? '') + (isDefaultClass(obj) ? ' (default)' : '');
    return [
      name,
      sc.provisioner ?? '',
      sc.reclaimPolicy ?? 'Delete',
      sc.volumeBindingMode ?? 'Immediate',
      String(sc.allowVolumeExpansion ?? false),
      since(obj.metadata.creationTimestamp, ctx.nowMs),
    ];
  },
};
