// Mirrors kubernetes/kubernetes pkg/controller/garbagecollector/graph_builder.go (processGraphChanges: which
// objects to look at again when something is added, updated or deleted) and wires garbageCollector.ts.
// Deviations: no graph, no "virtual" nodes; the view answers who owns whom.
import type { KObject, ObjectKey, StatefulSet } from '../../api/types';
import { keyOf } from '../../api/keys';
import type { ObjectChange } from '../../engine/types';
import type { ClusterView, Controller, ReconcileResult } from '../types';
import { syncItem } from './garbageCollector';
import {
  FOREGROUND_FINALIZER, ORPHAN_FINALIZER, dependentsOfOwner, hasFinalizer, isBeingDeleted, isDeletingDependents, ownerKeyOf,
  ownerRefsOf, ownerState,
} from './graph';

/** Owners of `o` that are being deleted in the foreground (they may now be free to go). */
function waitingOwnerKeys(o: KObject, view: ClusterView): ObjectKey[] {
  return ownerRefsOf(o).flatMap((r) => {
    const key = ownerKeyOf(o, r);
    const owner = key ? view.get(key) : undefined;
    return key && owner && owner.metadata.uid === r.uid && isDeletingDependents(owner) ? [key] : [];
  });
}

/** PVCs made from a deleted StatefulSet's claim templates that it does not own: the GC says why they stay. */
function retainedClaimKeys(sts: StatefulSet & KObject, view: ClusterView): ObjectKey[] {
  const set = sts.metadata.name ?? '';
  const prefixes = (sts.spec?.volumeClaimTemplates ?? []).map((t) => `${t.metadata?.name ?? ''}-${set}-`);
  return view.list('PersistentVolumeClaim', sts.metadata.namespace ?? '')
    .filter((c) => ownerRefsOf(c).length === 0 && prefixes.some((p) => (c.metadata.name ?? '').startsWith(p) && /^\d+$/.test((c.metadata.name ?? '').slice(p.length))))
    .map(keyOf);
}

function keysForChange(change: ObjectChange, view: ClusterView): ObjectKey[] {
  const o = change.object;
  if (change.type === 'DELETED') {
    const deps = dependentsOfOwner(o, view).map(keyOf);
    const retained = o.kind === 'StatefulSet' ? retainedClaimKeys(o as StatefulSet & KObject, view) : [];
    return [...deps, ...waitingOwnerKeys(o, view), ...retained];
  }
  const keys: ObjectKey[] = [];
  if (isBeingDeleted(o) && (hasFinalizer(o, ORPHAN_FINALIZER) || hasFinalizer(o, FOREGROUND_FINALIZER))) keys.push(change.key);
  const refs = ownerRefsOf(o);
  const prevRefs = change.previous ? ownerRefsOf(change.previous) : [];
  const refsChanged = change.type === 'ADDED' || (refs !== prevRefs && JSON.stringify(refs) !== JSON.stringify(prevRefs));
  if (refsChanged && !isBeingDeleted(o) && refs.some((r) => ownerState(o, r, view) !== 'solid')) keys.push(change.key);
  // A dependent that dropped its reference may have been the last one a foreground owner waited for.
  if (change.previous && refsChanged) keys.push(...waitingOwnerKeys(change.previous, view));
  return keys;
}

/** The garbage collector: cascading deletion along ownerReferences (background, foreground, orphan). */
export const garbageCollector: Controller = {
  name: 'garbage-collector',
  latencyMs: 30,
  keysFor(change: ObjectChange, view: ClusterView): readonly ObjectKey[] {
    const keys = keysForChange(change, view);
    return keys.length > 1 ? [...new Set(keys)] : keys;
  },
  reconcile(key: ObjectKey, view: ClusterView): ReconcileResult {
    const o = view.get(key);
    return o ? syncItem(o, view) : { actions: [] };
  },
};

export { syncItem, attemptToDeleteItem, processDeletingDependentsItem, orphanDependents } from './garbageCollector';
