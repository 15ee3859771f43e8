// Mirrors kubernetes/kubernetes pkg/controller/garbagecollector/graph.go and the owner classification of
// garbagecollector.go (isDangling, classifyReferences). Deviations: no in-memory dependency graph; owners and
// dependents are looked up in the view (owners by key, dependents by scanning the kinds that carry owners).
import type { KObject, KindName, ObjectKey, OwnerReference } from '../../api/types';
import { keyOf, objectKey } from '../../api/keys';
import { isKnownKind, resourceOf } from '../../api/resources';
import type { ClusterView } from '../types';

export const FOREGROUND_FINALIZER = 'foregroundDeletion';
export const ORPHAN_FINALIZER = 'orphan';

/** Kinds whose objects carry ownerReferences in this cluster (where dependents are searched). */
export const DEPENDENT_KINDS: readonly KindName[] = ['Pod', 'ReplicaSet', 'ControllerRevision', 'PersistentVolumeClaim', 'EndpointSlice'];

export const hasFinalizer = (o: KObject, f: string): boolean => (o.metadata.finalizers ?? []).includes(f);
export const isBeingDeleted = (o: KObject): boolean => !!o.metadata.deletionTimestamp;
/** An owner deleted with propagationPolicy Foreground: it waits for its blocking dependents. */
export const isDeletingDependents = (o: KObject): boolean => isBeingDeleted(o) && hasFinalizer(o, FOREGROUND_FINALIZER);
export const ownerRefsOf = (o: KObject): readonly OwnerReference[] => o.metadata.ownerReferences ?? [];

/** `StatefulSet web`, for why sentences. */
export const describeRef = (r: OwnerReference): string => `${r.kind} ${r.name}`;
export const describeObj = (o: KObject): string => `${o.kind} ${o.metadata.name ?? ''}`;

/** The key an ownerReference of `dependent` points to; undefined for a kind this cluster does not serve. */
export function ownerKeyOf(dependent: KObject, ref: OwnerReference): ObjectKey | undefined {
  if (!isKnownKind(ref.kind)) return undefined;
  const ns = resourceOf(ref.kind).namespaced ? dependent.metadata.namespace ?? '' : '';
  return objectKey(ref.kind, ns, ref.name);
}

export type OwnerState = 'solid' | 'dangling' | 'waiting';

/**
 * solid: the owner exists (an owner of an unknown kind counts as solid: we cannot tell, so we keep the object);
 * dangling: no object with that name and uid; waiting: the owner is being deleted in the foreground.
 */
export function ownerState(dependent: KObject, ref: OwnerReference, view: ClusterView): OwnerState {
  const key = ownerKeyOf(dependent, ref);
  if (key === undefined) return 'solid';
  const owner = view.get(key);
  if (!owner || owner.metadata.uid !== ref.uid) return 'dangling';
  return isDeletingDependents(owner) ? 'waiting' : 'solid';
}

export interface ClassifiedRefs {
  readonly solid: OwnerReference[];
  readonly dangling: OwnerReference[];
  readonly waiting: OwnerReference[];
}

export function classifyReferences(o: KObject, view: ClusterView): ClassifiedRefs {
  const out: ClassifiedRefs = { solid: [], dangling: [], waiting: [] };
  for (const ref of ownerRefsOf(o)) out[ownerState(o, ref, view)].push(ref);
  return out;
}

/** Objects with an ownerReference to `uid` (in `namespace`, or everywhere for a cluster-scoped owner). */
export function dependentsOf(uid: string | undefined, namespace: string | undefined, view: ClusterView): KObject[] {
  if (!uid) return [];
  return DEPENDENT_KINDS.flatMap((k) => view.list(k, namespace).filter((o) => ownerRefsOf(o).some((r) => r.uid === uid)));
}

/** The dependents of an owner, scoped like the API server scopes owner references. */
export function dependentsOfOwner(owner: KObject, view: ClusterView): KObject[] {
  const namespaced = isKnownKind(owner.kind) ? resourceOf(owner.kind).namespaced : true;
  return dependentsOf(owner.metadata.uid, namespaced ? owner.metadata.namespace ?? '' : undefined, view);
}

/** Dependents whose reference to the owner has blockOwnerDeletion: true (they hold a foreground deletion). */
export function blockingDependents(owner: KObject, view: ClusterView): KObject[] {
  return dependentsOfOwner(owner, view).filter((d) => ownerRefsOf(d).some((r) => r.uid === owner.metadata.uid && r.blockOwnerDeletion));
}

/** The same object without its references to the given owner uids (the field is dropped when none remain). */
export function withoutOwnerRefs(o: KObject, uids: readonly string[]): KObject {
  const { ownerReferences: _r, ...meta } = o.metadata;
  const kept = ownerRefsOf(o).filter((r) => !uids.includes(r.uid));
  return { ...o, metadata: kept.length ? { ...meta, ownerReferences: kept } : meta };
}

/** The same object without one finalizer. */
export function withoutFinalizer(o: KObject, f: string): KObject {
  return { ...o, metadata: { ...o.metadata, finalizers: (o.metadata.finalizers ?? []).filter((x) => x !== f) } };
}

export const keysOf = (objs: readonly KObject[]): ObjectKey[] => objs.map(keyOf);
