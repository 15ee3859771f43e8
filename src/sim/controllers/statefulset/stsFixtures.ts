// Test builders for the StatefulSet controller tests (not used by the engine).
import type { KObject } from '../../api/types';
import type { ApiAction, ReconcileResult } from '../../controllers/types';
import type { ControllerRevision, PersistentVolumeClaim, Pod, StatefulSet } from './k8sTypes';
import { untyped } from './k8sTypes';
import { newRevision } from './history';
import { newStatefulSetPod, setPodRevision, getPersistentVolumeClaims } from './statefulSetPods';

export const EPOCH_ISO = (ms: number): string => {
  const s = Math.floor(ms / 1000);
  const hh = String(Math.floor(s / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `2026-01-01T${hh}:${mm}:${ss}.${String(ms % 1000).padStart(3, '0')}Z`;
};

export interface StsOpts {
  name?: string;
  replicas?: number;
  policy?: 'OrderedReady' | 'Parallel';
  strategy?: 'RollingUpdate' | 'OnDelete';
  partition?: number;
  maxUnavailable?: number | string;
  claims?: boolean;
  whenScaled?: 'Retain' | 'Delete';
  whenDeleted?: 'Retain' | 'Delete';
  minReadySeconds?: number;
  start?: number;
  image?: string;
  status?: Record<string, unknown>;
  deleting?: boolean;
  serviceName?: string;
  revisionHistoryLimit?: number;
}

export function sts(o: StsOpts = {}): StatefulSet {
  const name = o.name ?? 'web';
  const strategy = o.strategy ?? 'RollingUpdate';
  return {
    apiVersion: 'apps/v1', kind: 'StatefulSet',
    metadata: {
      name, namespace: 'default', uid: `uid-${name}`, generation: 1,
      ...(o.deleting ? { deletionTimestamp: EPOCH_ISO(0) } : {}),
    },
    spec: {
      replicas: o.replicas ?? 3,
      serviceName: o.serviceName ?? 'nginx',
      podManagementPolicy: o.policy ?? 'OrderedReady',
      selector: { matchLabels: { app: 'nginx' } },
      revisionHistoryLimit: o.revisionHistoryLimit ?? 10,
      updateStrategy: strategy === 'OnDelete' ? { type: 'OnDelete' }
        : { type: 'RollingUpdate', rollingUpdate: { partition: o.partition ?? 0, ...(o.maxUnavailable !== undefined ? { maxUnavailable: o.maxUnavailable } : {}) } },
      persistentVolumeClaimRetentionPolicy: { whenDeleted: o.whenDeleted ?? 'Retain', whenScaled: o.whenScaled ?? 'Retain' },
      ...(o.minReadySeconds ? { minReadySeconds: o.minReadySeconds } : {}),
      ...(o.start !== undefined ? { ordinals: { start: o.start } } : {}),
      template: {
        metadata: { labels: { app: 'nginx' } },
        spec: { containers: [{ name: 'nginx', image: o.image ?? 'registry.k8s.io/nginx-slim:0.24', volumeMounts: o.claims === false ? [] : [{ name: 'www', mountPath: '/usr/share/nginx/html' }] }] },
      },
      volumeClaimTemplates: o.claims === false ? [] : [{
        metadata: { name: 'www' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      }],
    },
    ...(o.status ? { status: o.status as unknown as StatefulSet['status'] } : {}),
  };
}

/** The set's first ControllerRevision (what the controller would create). */
export const rev = (set: StatefulSet, n = 1): ControllerRevision => newRevision(set, n, 0);

export interface PodOpts {
  phase?: 'Pending' | 'Running' | 'Failed' | 'Succeeded';
  ready?: boolean;
  readySinceMs?: number;
  revision?: string;
  deleting?: boolean;
  uid?: string;
}

export function pod(set: StatefulSet, ordinal: number, o: PodOpts = {}): Pod {
  const base = setPodRevision(newStatefulSetPod(set, ordinal), o.revision ?? rev(set).metadata.name!);
  const ready = o.ready ?? (o.phase === undefined || o.phase === 'Running');
  const phase = o.phase ?? 'Running';
  return {
    ...base,
    metadata: { ...base.metadata, uid: o.uid ?? `uid-pod-${ordinal}`, ...(o.deleting ? { deletionTimestamp: EPOCH_ISO(0) } : {}) },
    status: {
      phase,
      conditions: [{ type: 'Ready', status: ready && phase === 'Running' ? 'True' : 'False', lastTransitionTime: EPOCH_ISO(o.readySinceMs ?? 0) }],
    },
  };
}

export function pvc(set: StatefulSet, ordinal: number, extra: Partial<PersistentVolumeClaim['metadata']> = {}): PersistentVolumeClaim {
  const c = getPersistentVolumeClaims(set, ordinal)[0]!;
  return { ...c, metadata: { ...c.metadata, uid: `uid-pvc-${ordinal}`, ...extra } };
}

/** Healthy pods 0..n-1 with their claims, at the set's first revision. */
export function healthy(set: StatefulSet, n: number, o: PodOpts = {}): KObject[] {
  const out: KObject[] = [];
  for (let i = 0; i < n; i++) out.push(untyped(pod(set, i, o)), untyped(pvc(set, i)));
  return out;
}

export const creates = (r: ReconcileResult, kind?: string): KObject[] =>
  r.actions.filter((a): a is Extract<ApiAction, { type: 'create' }> => a.type === 'create')
    .map((a) => a.object).filter((o) => !kind || o.kind === kind);
export const deletes = (r: ReconcileResult): string[] =>
  r.actions.filter((a): a is Extract<ApiAction, { type: 'delete' }> => a.type === 'delete').map((a) => a.key);
export const updates = (r: ReconcileResult, kind?: string): KObject[] =>
  r.actions.filter((a): a is Extract<ApiAction, { type: 'update' }> => a.type === 'update')
    .map((a) => a.object).filter((o) => !kind || o.kind === kind);
export const statusOf = (r: ReconcileResult): Record<string, unknown> | undefined =>
  r.actions.find((a): a is Extract<ApiAction, { type: 'updateStatus' }> => a.type === 'updateStatus')?.status as Record<string, unknown> | undefined;
export const names = (objs: readonly KObject[]): string[] => objs.map((o) => o.metadata.name ?? '');
