// Mirrors kubernetes/kubernetes pkg/controller/garbagecollector/garbagecollector.go (attemptToDeleteItem,
// processDeletingDependentsItem, attemptToOrphanWorker/orphanDependents).
// Deviations: one reconcile per object key instead of separate attemptToDelete/attemptToOrphan queues; no
// cycle detection for foreground chains; owners of kinds this cluster does not serve are treated as present.
import { keyOf } from '../../api/keys';
import type { KObject } from '../../api/types';
import type { ApiAction, ClusterView, ReconcileResult } from '../types';
import {
  FOREGROUND_FINALIZER, ORPHAN_FINALIZER, blockingDependents, classifyReferences, dependentsOfOwner, describeObj, describeRef,
  hasFinalizer, isBeingDeleted, isDeletingDependents, ownerRefsOf, withoutFinalizer, withoutOwnerRefs,
} from './graph';
import { reason } from '../../reasons';

/** Delete a dependent whose owners are gone or waiting for it, with the propagation upstream would choose. */
function deleteItem(o: KObject, view: ClusterView, ownerWaiting: boolean): ApiAction {
  const hasDependents = dependentsOfOwner(o, view).length > 0;
  const propagation = hasFinalizer(o, ORPHAN_FINALIZER) ? 'Orphan'
    : hasFinalizer(o, FOREGROUND_FINALIZER) || (ownerWaiting && hasDependents) ? 'Foreground' : 'Background';
  return { type: 'delete', key: keyOf(o), propagation, ...(o.metadata.uid ? { uid: o.metadata.uid } : {}) };
}

/**
 * attemptToDeleteItem: an object whose owners all vanished is deleted (background cascade); one whose owner is
 * being deleted in the foreground is deleted too; one that still has a live owner only loses the dead references.
 */
export function attemptToDeleteItem(o: KObject, view: ClusterView): ReconcileResult {
  const what = describeObj(o);
  if (isBeingDeleted(o)) return { actions: [] };
  if (ownerRefsOf(o).length === 0) {
    if (o.kind !== 'PersistentVolumeClaim') return { actions: [] };
    return { actions: [], why: reason('gc.claimRetained', { claim: o.metadata.name ?? '' }) };
  }
  const { solid, dangling, waiting } = classifyReferences(o, view);
  if (solid.length) {
    if (!dangling.length && !waiting.length) return { actions: [] };
    const gone = [...dangling, ...waiting];
    return {
      actions: [{ type: 'update', object: withoutOwnerRefs(o, gone.map((r) => r.uid)) }],
      why: reason('gc.keptByOwner', { object: what, owner: describeRef(solid[0]!), gone: gone.map(describeRef) }),
    };
  }
  if (waiting.length) {
    return {
      actions: [deleteItem(o, view, true)],
      why: reason('gc.deletedForeground', { object: what, owner: describeRef(waiting[0]!) }),
    };
  }
  return {
    actions: [deleteItem(o, view, false)],
    why: reason('gc.deletedBackground', { object: what, owner: describeRef(dangling[0]!) }),
  };
}

/**
 * processDeletingDependentsItem: an owner deleted with propagationPolicy Foreground stays (finalizer
 * foregroundDeletion) until no dependent with blockOwnerDeletion is left; meanwhile those dependents are deleted.
 */
export function processDeletingDependentsItem(owner: KObject, view: ClusterView): ReconcileResult {
  const what = describeObj(owner);
  const blocking = blockingDependents(owner, view);
  if (!blocking.length) {
    return {
      actions: [{ type: 'update', object: withoutFinalizer(owner, FOREGROUND_FINALIZER) }],
      why: reason('gc.ownerDeleted', { object: what }),
    };
  }
  const actions = blocking.filter((d) => !isBeingDeleted(d)).flatMap((d) => attemptToDeleteItem(d, view).actions);
  return { actions, why: reason('gc.ownerWaits', { object: what, dependents: blocking.map(describeObj) }) };
}

/** orphanDependents: strip references to the owner from every dependent, then let the owner go. */
export function orphanDependents(owner: KObject, view: ClusterView): ReconcileResult {
  const uid = owner.metadata.uid ?? '';
  const deps = dependentsOfOwner(owner, view);
  const actions: ApiAction[] = deps.map((d) => ({ type: 'update', object: withoutOwnerRefs(d, [uid]) }));
  actions.push({ type: 'update', object: withoutFinalizer(owner, ORPHAN_FINALIZER) });
  const orphans = deps.length ? { orphans: reason('gc.orphansStay', { objects: deps.map(describeObj) }) } : {};
  return { actions, why: reason('gc.orphaned', { object: describeObj(owner), ...orphans }) };
}

/** One GC pass over one object. */
export function syncItem(o: KObject, view: ClusterView): ReconcileResult {
  if (isBeingDeleted(o) && hasFinalizer(o, ORPHAN_FINALIZER)) return orphanDependents(o, view);
  if (isDeletingDependents(o)) return processDeletingDependentsItem(o, view);
  return attemptToDeleteItem(o, view);
}
