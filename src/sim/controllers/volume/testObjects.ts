// Builders for PV/PVC/StorageClass/Pod objects used by the volume and gc tests.
import type { KObject } from '../../api/types';

export interface PvOpts {
  size?: string; modes?: string[]; cls?: string; phase?: string; labels?: Record<string, string>; policy?: string;
  hostPath?: string; claimRef?: { namespace?: string; name: string; uid?: string }; annotations?: Record<string, string>;
  volumeMode?: string; deleting?: boolean; uid?: string; finalizers?: string[];
}

export function pv(name: string, o: PvOpts = {}): KObject {
  return {
    apiVersion: 'v1', kind: 'PersistentVolume',
    metadata: {
      name, uid: o.uid ?? `uid-pv-${name}`, resourceVersion: '1', labels: o.labels, annotations: o.annotations,
      finalizers: o.finalizers, ...(o.deleting ? { deletionTimestamp: '2026-01-01T00:00:10Z' } : {}),
    },
    spec: {
      capacity: { storage: o.size ?? '1Gi' }, accessModes: o.modes ?? ['ReadWriteOnce'],
      persistentVolumeReclaimPolicy: o.policy ?? 'Retain', hostPath: { path: o.hostPath ?? `/mnt/${name}` },
      ...(o.cls !== undefined ? { storageClassName: o.cls } : {}),
      ...(o.volumeMode ? { volumeMode: o.volumeMode } : {}),
      ...(o.claimRef ? { claimRef: { kind: 'PersistentVolumeClaim', apiVersion: 'v1', namespace: 'default', ...o.claimRef } } : {}),
    },
    status: { phase: o.phase ?? 'Available' },
  };
}

export interface PvcOpts {
  ns?: string; size?: string; modes?: string[]; cls?: string | null; volumeName?: string; annotations?: Record<string, string>;
  uid?: string; phase?: string; selector?: unknown; volumeMode?: string; deleting?: boolean; finalizers?: string[];
  ownerReferences?: unknown[];
}

export function pvc(name: string, o: PvcOpts = {}): KObject {
  return {
    apiVersion: 'v1', kind: 'PersistentVolumeClaim',
    metadata: {
      name, namespace: o.ns ?? 'default', uid: o.uid ?? `uid-${name}`, resourceVersion: '5', annotations: o.annotations,
      finalizers: o.finalizers, ...(o.deleting ? { deletionTimestamp: '2026-01-01T00:00:10Z' } : {}),
      ...(o.ownerReferences ? { ownerReferences: o.ownerReferences as never } : {}),
    },
    spec: {
      accessModes: o.modes ?? ['ReadWriteOnce'], resources: { requests: { storage: o.size ?? '1Gi' } },
      ...(o.cls !== null && o.cls !== undefined ? { storageClassName: o.cls } : {}),
      ...(o.volumeName ? { volumeName: o.volumeName } : {}),
      ...(o.selector ? { selector: o.selector } : {}),
      ...(o.volumeMode ? { volumeMode: o.volumeMode } : {}),
    },
    status: { phase: o.phase ?? 'Pending' },
  };
}

export interface ScOpts { provisioner?: string; policy?: string; mode?: string; isDefault?: boolean }

export function sc(name: string, o: ScOpts = {}): KObject {
  return {
    apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass',
    metadata: { name, uid: `uid-sc-${name}`, ...(o.isDefault ? { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } } : {}) },
    provisioner: o.provisioner ?? 'k8s.io/minikube-hostpath',
    reclaimPolicy: o.policy ?? 'Delete',
    volumeBindingMode: o.mode ?? 'Immediate',
  };
}

export function podUsing(name: string, claims: string[], o: { node?: string; phase?: string; ns?: string } = {}): KObject {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace: o.ns ?? 'default', uid: `uid-${name}` },
    spec: {
      ...(o.node === '' ? {} : { nodeName: o.node ?? 'node-1' }),
      containers: [{ name: 'c', image: 'nginx' }],
      volumes: claims.map((c, i) => ({ name: `v${i}`, persistentVolumeClaim: { claimName: c } })),
    },
    status: { phase: o.phase ?? 'Running' },
  };
}
