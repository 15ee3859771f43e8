// The applier: the only place that writes objects. It assigns uid, resourceVersion, generation and
// creationTimestamp, and carries out graceful deletion and finalizers (mirrors the API server's registry
// strategies: pkg/registry/*/strategy.go, staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go).
import type { KObject, KindName, ObjectKey } from '../api/types';
import { keyOf, refOfKey } from '../api/keys';
import { qualifiedResource } from '../api/resources';
import type { ApiError } from '../api/errors';
import type { ApiAction } from '../controllers/types';
import type { ObjectChange } from './types';
import { deepEqual } from '../util/equal';
import { isoOf } from './time';
import type { Work } from './work';

/** Kinds whose metadata.generation tracks spec changes. */
const GENERATION_KINDS: ReadonlySet<string> = new Set(['StatefulSet', 'Deployment', 'ReplicaSet', 'Service', 'PersistentVolumeClaim', 'PersistentVolume', 'Pod', 'PodDisruptionBudget', 'ReplicationController']);

export type ApplyOutcome = { changes: ObjectChange[]; error?: ApiError };

const HEX_DIGITS = '0123456789abcdef';

/** A new RFC 4122 v4 UID from the seeded generator. */
export function newUid(work: Work): string {
  // The variant digit is drawn first, then the hex digits left to right (the generator's order is part of the result).
  const variant = '89ab'[Math.floor(work.random() * 4)];
  const hex = (n: number): string => {
    let out = '';
    for (let i = 0; i < n; i++) out += HEX_DIGITS[Math.floor(work.random() * 16)];
    return out;
  };
  const a = hex(8);
  const b = hex(4);
  const c = hex(3);
  const d = hex(3);
  return `${a}-${b}-4${c}-${variant}${d}-${hex(12)}`;
}

function initialStatus(kind: string, status: unknown): unknown {
  const s = (status ?? {}) as Record<string, unknown>;
  if (kind === 'Pod') return { phase: 'Pending', qosClass: 'BestEffort', ...s };
  if (kind === 'PersistentVolumeClaim' || kind === 'PersistentVolume') return { phase: 'Pending', ...s };
  return status;
}

export function createObject(work: Work, obj: KObject): ApplyOutcome {
  const key = keyOf(obj);
  if (work.get(key)) return { changes: [], error: { reason: 'AlreadyExists', resource: qualifiedResource(obj.kind as KindName), name: obj.metadata.name ?? '' } };
  const metadata = {
    ...obj.metadata,
    uid: newUid(work),
    resourceVersion: work.nextRv(),
    creationTimestamp: work.nowIso(),
    ...(GENERATION_KINDS.has(obj.kind) ? { generation: 1 } : {}),
  };
  const status = initialStatus(obj.kind, obj.status);
  const stored: KObject = { ...obj, metadata, ...(status !== undefined ? { status } : {}) };
  work.put(key, stored);
  return { changes: [{ type: 'ADDED', key, object: stored }] };
}

function notFound(key: ObjectKey): ApiError {
  const ref = refOfKey(key);
  return { reason: 'NotFound', resource: qualifiedResource(ref.kind), name: ref.name };
}

/** Binding a pod to a node (the pods/binding subresource) does not change its generation. */
function isPodBinding(old: KObject, next: KObject): boolean {
  if (old.kind !== 'Pod') return false;
  const { nodeName: _a, ...before } = (old.spec ?? {}) as { nodeName?: string };
  const { nodeName: _b, ...after } = (next.spec ?? {}) as { nodeName?: string };
  return deepEqual(before, after);
}

/** Write spec and metadata (not status). Generation bumps when spec changes. No-op writes are dropped. */
export function updateObject(work: Work, obj: KObject): ApplyOutcome {
  const key = keyOf(obj);
  const old = work.get(key);
  if (!old) return { changes: [], error: notFound(key) };
  const { status: _ignored, ...rest } = obj;
  const candidate: KObject = { ...rest, ...(old.status !== undefined ? { status: old.status } : {}), metadata: { ...obj.metadata, uid: old.metadata.uid, creationTimestamp: old.metadata.creationTimestamp, resourceVersion: old.metadata.resourceVersion, generation: old.metadata.generation } };
  if (deepEqual(candidate, old)) return { changes: [] };
  const specChanged = !deepEqual(candidate.spec, old.spec) && !isPodBinding(old, candidate);
  const generation = old.metadata.generation !== undefined && specChanged ? old.metadata.generation + 1 : old.metadata.generation;
  const stored: KObject = { ...candidate, metadata: { ...candidate.metadata, resourceVersion: work.nextRv(), ...(generation !== undefined ? { generation } : {}) } };
  return finishWrite(work, key, old, stored);
}

export function updateStatus(work: Work, key: ObjectKey, status: unknown): ApplyOutcome {
  const old = work.get(key);
  if (!old) return { changes: [], error: notFound(key) };
  if (deepEqual(old.status, status)) return { changes: [] };
  const stored: KObject = { ...old, status, metadata: { ...old.metadata, resourceVersion: work.nextRv() } };
  work.put(key, stored);
  return { changes: [{ type: 'MODIFIED', key, object: stored, previous: old }] };
}

/** True when a deleting object may leave storage: no finalizers, and for a pod the kubelet has confirmed (grace 0). */
function readyToRemove(obj: KObject): boolean {
  if (!obj.metadata.deletionTimestamp || (obj.metadata.finalizers?.length ?? 0) > 0) return false;
  // A namespace waits for its spec.finalizers (`kubernetes`: the namespace controller empties it first).
  if (obj.kind === 'Namespace') return ((obj.spec as { finalizers?: string[] } | undefined)?.finalizers?.length ?? 0) === 0;
  if (obj.kind !== 'Pod') return true;
  const spec = obj.spec as { nodeName?: string } | undefined;
  return obj.metadata.deletionGracePeriodSeconds === 0 || !spec?.nodeName;
}

function finishWrite(work: Work, key: ObjectKey, old: KObject, stored: KObject): ApplyOutcome {
  if (readyToRemove(stored)) {
    work.put(key, undefined);
    return { changes: [{ type: 'DELETED', key, object: stored, previous: old }] };
  }
  work.put(key, stored);
  return { changes: [{ type: 'MODIFIED', key, object: stored, previous: old }] };
}

export interface DeleteOptions {
  readonly gracePeriodSeconds?: number;
  readonly propagation?: 'Background' | 'Foreground' | 'Orphan';
  readonly uid?: string;
}

/**
 * Delete like the API server: finalizers for Foreground/Orphan propagation, graceful deletion for pods on a
 * node (deletionTimestamp = now + grace), immediate removal otherwise.
 */
export function deleteObject(work: Work, key: ObjectKey, opts: DeleteOptions = {}): ApplyOutcome {
  const old = work.get(key);
  if (!old || (opts.uid && old.metadata.uid !== opts.uid)) return { changes: [], error: notFound(key) };
  const finalizers = [...(old.metadata.finalizers ?? [])];
  if (opts.propagation === 'Foreground' && !finalizers.includes('foregroundDeletion')) finalizers.push('foregroundDeletion');
  if (opts.propagation === 'Orphan' && !finalizers.includes('orphan')) finalizers.push('orphan');
  const podSpec = old.kind === 'Pod' ? (old.spec as { nodeName?: string; terminationGracePeriodSeconds?: number }) : undefined;
  let grace = 0;
  if (podSpec?.nodeName) grace = opts.gracePeriodSeconds ?? podSpec.terminationGracePeriodSeconds ?? 30;
  if (old.metadata.deletionTimestamp) {
    // Already deleting: only a shorter grace period changes anything.
    const current = old.metadata.deletionGracePeriodSeconds ?? 0;
    if (grace >= current && deepEqual(finalizers, old.metadata.finalizers ?? [])) return { changes: [] };
  }
  const deletionMs = work.nowMs + grace * 1000;
  // Deleting a namespace moves it to phase Terminating (pkg/registry/core/namespace/storage Delete).
  const nsStatus = old.kind === 'Namespace' ? { status: { ...(old.status as object | undefined), phase: 'Terminating' } } : {};
  const stored: KObject = {
    ...old,
    ...nsStatus,
    metadata: {
      ...old.metadata,
      resourceVersion: work.nextRv(),
      deletionTimestamp: isoOf(deletionMs),
      deletionGracePeriodSeconds: grace,
      ...(finalizers.length ? { finalizers } : {}),
    },
  };
  return finishWrite(work, key, old, stored);
}

/** Remove from storage now (kubelet confirmation, GC); with finalizers left, the object waits for them. */
export function removeObject(work: Work, key: ObjectKey, uid?: string): ApplyOutcome {
  const old = work.get(key);
  if (!old || (uid && old.metadata.uid !== uid)) return { changes: [] };
  const stored: KObject = {
    ...old,
    metadata: { ...old.metadata, resourceVersion: work.nextRv(), deletionTimestamp: old.metadata.deletionTimestamp ?? isoOf(work.nowMs), deletionGracePeriodSeconds: 0 },
  };
  return finishWrite(work, key, old, stored);
}

/** Carry out one controller intent. */
export function applyAction(work: Work, action: ApiAction): ApplyOutcome {
  switch (action.type) {
    case 'create': return createObject(work, action.object);
    case 'update': return updateObject(work, action.object);
    case 'updateStatus': return updateStatus(work, action.key, action.status);
    case 'delete': return deleteObject(work, action.key, action);
    case 'remove': return removeObject(work, action.key, action.uid);
    case 'sim':
      work.sim = { ...work.sim, ...action.sim };
      return { changes: [] };
    default: {
      const never: never = action;
      throw new Error('unreachable: ' + JSON.stringify(never));
    }
  }
}
