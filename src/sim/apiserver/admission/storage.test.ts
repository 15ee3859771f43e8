import { describe, expect, it } from 'vitest';
import { fakeView } from '../../../testing/fakeView';
import type { KObject } from '../../api/types';
import { admitCreate, admitUpdate, validatePvcCauses } from '../admission';
import { errorOf, objectOf, pv, pvc, sc } from './testing/builders';

const withDefault = fakeView([sc({}, 'standard', true), sc({ allowVolumeExpansion: true }, 'expandable')]);
const bare = fakeView([]);
const specOf = (o: KObject) => o.spec as Record<string, unknown>;

describe('PVC', () => {
  it('gets the default class, volumeMode and the protection finalizer', () => {
    const o = objectOf(admitCreate(pvc(), withDefault));
    expect(specOf(o)['storageClassName']).toBe('standard');
    expect(specOf(o)['volumeMode']).toBe('Filesystem');
    expect(o.metadata.finalizers).toEqual(['kubernetes.io/pvc-protection']);
  });

  it('keeps an explicit empty class and leaves it unset without a default class', () => {
    expect(specOf(objectOf(admitCreate(pvc({ storageClassName: '' }), withDefault)))['storageClassName']).toBe('');
    expect(specOf(objectOf(admitCreate(pvc(), bare)))['storageClassName']).toBeUndefined();
  });

  const head = 'PersistentVolumeClaim "www-web-0" is invalid: ';
  it.each<[string, Record<string, unknown>, string]>([
    ['no access modes', { accessModes: [] }, head + 'spec.accessModes: Required value: at least 1 access mode is required'],
    ['no storage', { resources: {} }, head + 'spec.resources[storage]: Required value'],
    ['bad mode', { accessModes: ['ReadWriteSome'] },
      head + 'spec.accessModes: Unsupported value: "ReadWriteSome": supported values: "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"'],
    ['RWOP mixed', { accessModes: ['ReadWriteOncePod', 'ReadWriteOnce'] }, head + 'spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes'],
    ['zero size', { resources: { requests: { storage: '0' } } }, head + 'spec.resources[storage]: Invalid value: "0": must be greater than zero'],
  ])('%s', (_name, spec, want) => {
    expect(errorOf(admitCreate(pvc(spec), withDefault))).toBe(want);
  });

  it('rejects a malformed quantity at decoding', () => {
    expect(errorOf(admitCreate(pvc({ resources: { requests: { storage: '1GB' } } }), withDefault))).toBe(
      "PersistentVolumeClaim in version \"v1\" cannot be handled as a PersistentVolumeClaim: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  });

  it('exports claim validation for the StatefulSet controller', () => {
    expect(validatePvcCauses({ spec: { resources: { requests: { storage: '1Gi' } } } }).map((c) => c.message))
      .toEqual(['spec.accessModes: Required value: at least 1 access mode is required']);
  });

  describe('update', () => {
    const bound = (o: KObject, storage = '1Gi'): KObject => ({ ...o, status: { phase: 'Bound', capacity: { storage } } });
    const stored = bound(objectOf(admitCreate(pvc(), withDefault)));
    const resized = (size: string, className = 'standard'): KObject =>
      ({ ...stored, spec: { ...specOf(stored), storageClassName: className, resources: { requests: { storage: size } } } });

    it('spec is immutable except requests of bound claims', () => {
      const changed = { ...stored, spec: { ...specOf(stored), accessModes: ['ReadWriteMany'] } };
      expect(errorOf(admitUpdate(changed, stored, withDefault))).toMatch(
        /^PersistentVolumeClaim "www-web-0" is invalid: spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims\n/);
    });

    it('growing needs a class that allows expansion', () => {
      expect(errorOf(admitUpdate(resized('2Gi'), stored, withDefault))).toBe(
        'persistentvolumeclaims "www-web-0" is forbidden: only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize');
      const expandable = bound({ ...stored, spec: { ...specOf(stored), storageClassName: 'expandable' } });
      expect(admitUpdate(resized('2Gi', 'expandable'), expandable, withDefault).ok).toBe(true);
    });

    it('shrinking below the capacity is forbidden', () => {
      expect(errorOf(admitUpdate(resized('500Mi'), stored, withDefault)))
        .toBe('PersistentVolumeClaim "www-web-0" is invalid: spec.resources.requests.storage: Forbidden: field can not be less than status.capacity');
    });

    it('binding (setting volumeName once) is allowed', () => {
      const unbound = objectOf(admitCreate(pvc(), withDefault));
      expect(admitUpdate({ ...unbound, spec: { ...specOf(unbound), volumeName: 'pv-1' } }, unbound, withDefault).ok).toBe(true);
    });
  });
});

describe('PV', () => {
  it('defaults reclaim policy, volumeMode and finalizer', () => {
    const o = objectOf(admitCreate(pv(), bare));
    expect(specOf(o)).toMatchObject({ persistentVolumeReclaimPolicy: 'Retain', volumeMode: 'Filesystem' });
    expect(o.metadata.finalizers).toEqual(['kubernetes.io/pv-protection']);
  });

  const head = 'PersistentVolume "pv-1" is invalid: ';
  it.each<[string, Record<string, unknown>, string]>([
    ['no capacity', { capacity: undefined }, head + 'spec.capacity: Required value'],
    ['no access modes', { accessModes: undefined }, head + 'spec.accessModes: Required value'],
    ['no source', { hostPath: undefined }, head + 'spec: Required value: must specify a volume type'],
    ['reclaim', { persistentVolumeReclaimPolicy: 'Foo' },
      head + 'spec.persistentVolumeReclaimPolicy: Unsupported value: "Foo": supported values: "Delete", "Recycle", "Retain"'],
  ])('%s', (_name, spec, want) => {
    expect(errorOf(admitCreate(pv(spec), bare))).toBe(want);
  });

  it('source and volumeMode are immutable; capacity may change', () => {
    const stored = objectOf(admitCreate(pv(), bare));
    expect(admitUpdate({ ...stored, spec: { ...specOf(stored), capacity: { storage: '2Gi' } } }, stored, bare).ok).toBe(true);
    expect(errorOf(admitUpdate({ ...stored, spec: { ...specOf(stored), hostPath: { path: '/other' } } }, stored, bare)))
      .toMatch(/^PersistentVolume "pv-1" is invalid: spec.persistentvolumesource: Forbidden: spec.persistentvolumesource is immutable after creation\n/);
    expect(errorOf(admitUpdate({ ...stored, spec: { ...specOf(stored), volumeMode: 'Block' } }, stored, bare)))
      .toBe(head + 'volumeMode: Invalid value: "Block": field is immutable');
  });
});

describe('StorageClass', () => {
  it('defaults reclaimPolicy and volumeBindingMode', () => {
    expect(objectOf(admitCreate(sc(), bare))).toMatchObject({ reclaimPolicy: 'Delete', volumeBindingMode: 'Immediate' });
  });

  it('requires a provisioner', () => {
    expect(errorOf(admitCreate(sc({ provisioner: undefined }), bare))).toBe('StorageClass "standard" is invalid: provisioner: Required value');
  });

  it('is immutable', () => {
    const stored = objectOf(admitCreate(sc(), bare));
    const changed = { ...stored, provisioner: 'other.io/x', reclaimPolicy: 'Retain', volumeBindingMode: 'WaitForFirstConsumer', parameters: { a: 'b' } };
    expect(errorOf(admitUpdate(changed, stored, bare))).toBe('StorageClass "standard" is invalid: \n' +
      '* parameters: Forbidden: updates to parameters are forbidden.\n' +
      '* provisioner: Forbidden: updates to provisioner are forbidden.\n' +
      '* reclaimPolicy: Forbidden: updates to reclaimPolicy are forbidden.\n' +
      '* volumeBindingMode: Invalid value: "WaitForFirstConsumer": field is immutable');
  });
});
