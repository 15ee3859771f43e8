// Mirrors kubernetes/kubernetes pkg/controller/statefulset/stateful_set.go (the informer handlers addPod/updatePod/
// deletePod/getPodStatefulSets/resolveControllerRef → keysFor; sync → reconcile) and the top of
// stateful_set_control.go (UpdateStatefulSet, performUpdate, updateStatefulSetStatus).
// Deviations: no work queue or rate limiter: a failed create is retried when a watched object changes (a PVC going
// away, the template being fixed, a pod being deleted), not on a timer; a pod change also enqueues the set its name
// belongs to, so a released pod that blocks a name is retried when it goes away.
import type { KObject, ObjectKey } from '../../api/types';
import type { ClusterView, Controller, ReconcileResult } from '../../controllers/types';
import type { ObjectChange } from '../../engine/types';
import { objectKey } from '../../api/keys';
import { selectorMatches } from '../../api/labels';
import type { StatefulSet } from './k8sTypes';
import { typed } from './k8sTypes';
import { newSyncContext, type SyncContext } from './syncContext';
import { adoptOrphanRevisions, getStatefulSetRevisions, listRevisions, truncateHistory } from './statefulSetRevisions';
import { getPodsForStatefulSet } from './claimPods';
import { updateStatefulSet } from './statefulSetControl';
import { completeRollingUpdate, inconsistentStatus, statusObject, type StatusFields } from './status';
import { getParentNameAndOrdinal } from './statefulSetUtils';
import { minReadySecondsOf } from './statefulSetSpec';
import { summarize } from './why';

const setKey = (namespace: string, name: string): ObjectKey => objectKey('StatefulSet', namespace, name);

function controllerSetName(obj: KObject | undefined): string | undefined {
  const ref = (obj?.metadata.ownerReferences ?? []).find((r) => r.controller);
  return ref && ref.kind === 'StatefulSet' && ref.apiVersion.startsWith('apps/') ? ref.name : undefined;
}

/** Sets that could own a pod: its controller (now and before the change), else matching sets (adoption). */
function keysForPod(change: ObjectChange, view: ClusterView): ObjectKey[] {
  const ns = change.object.metadata.namespace ?? '';
  const names = new Set<string>();
  for (const o of [change.object, change.previous]) {
    const owner = controllerSetName(o);
    if (owner) names.add(owner);
  }
  const [parent] = getParentNameAndOrdinal(change.object.metadata.name ?? '');
  const isOrphan = names.size === 0;
  // A controlled pod named after its controller (every pod a set makes) adds no name: the sets need no look.
  if (!isOrphan && names.size === 1 && names.has(parent)) return [setKey(ns, parent)];
  if (isOrphan || parent) {
    for (const obj of view.list('StatefulSet', ns)) {
      const set = typed<StatefulSet>(obj);
      if (set.metadata.name === parent || (isOrphan && selectorMatches(set.spec?.selector, change.object.metadata.labels))) {
        names.add(set.metadata.name ?? '');
      }
    }
  }
  return [...names].sort().map((n) => setKey(ns, n));
}

/** Sets whose claim templates could have made this claim (`<template>-<set>-<ordinal>`), or that own it. */
function keysForClaim(change: ObjectChange, view: ClusterView): ObjectKey[] {
  const ns = change.object.metadata.namespace ?? '';
  const name = change.object.metadata.name ?? '';
  const owner = controllerSetName(change.object);
  return view.list('StatefulSet', ns).map((o) => typed<StatefulSet>(o))
    .filter((set) => set.metadata.name === owner || (set.spec?.volumeClaimTemplates ?? [])
      .some((t) => name.startsWith(`${t.metadata?.name}-${set.metadata.name}-`)))
    .map((set) => setKey(ns, set.metadata.name ?? ''));
}

/** Which StatefulSets to sync for a change (the informer event handlers of stateful_set.go). */
export function keysFor(change: ObjectChange, view: ClusterView): readonly ObjectKey[] {
  const ns = change.object.metadata.namespace ?? '';
  switch (change.object.kind) {
    case 'StatefulSet':
      return [change.key];
    case 'Pod':
      return keysForPod(change, view);
    case 'ControllerRevision': {
      const owner = controllerSetName(change.object);
      if (owner) return [setKey(ns, owner)];
      return view.list('StatefulSet', ns).map((o) => typed<StatefulSet>(o))
        .filter((set) => selectorMatches(set.spec?.selector, change.object.metadata.labels))
        .map((set) => setKey(ns, set.metadata.name ?? ''));
    }
    case 'PersistentVolumeClaim':
      return keysForClaim(change, view);
    default:
      return [];
  }
}

/**
 * syncStatefulSet (v1.34): with minReadySeconds, while not every replica is available, sync again a whole
 * minReadySeconds after this sync (enqueueSSAfter), counted from now, never from the pods' floored
 * lastTransitionTime (v1.36 computes the exact moment instead). A pending earlier sync stays the earlier one.
 */
function requeueForAvailability(set: StatefulSet, status: StatusFields): number | undefined {
  const mrs = minReadySecondsOf(set);
  return mrs > 0 && status.availableReplicas !== (set.spec?.replicas ?? 1) ? mrs * 1000 : undefined;
}

/** Write status when it changed (updateStatefulSetStatus with completeRollingUpdate). */
function updateStatefulSetStatus(ctx: SyncContext, computed: StatusFields): StatusFields {
  const status = completeRollingUpdate(ctx.set, computed);
  if (inconsistentStatus(ctx.set, status)) {
    ctx.actions.push({ type: 'updateStatus', key: ctx.setKey, status: statusObject(status) });
  }
  return status;
}

/** One sync of one StatefulSet (stateful_set.go sync + UpdateStatefulSet). */
export function reconcile(key: ObjectKey, view: ClusterView): ReconcileResult {
  const obj = view.get(key);
  if (!obj || obj.kind !== 'StatefulSet') return { actions: [] };
  const set = typed<StatefulSet>(obj);
  const ctx = newSyncContext(set, view);
  const revisions = adoptOrphanRevisions(ctx, listRevisions(ctx));
  const pods = getPodsForStatefulSet(ctx);
  const revs = getStatefulSetRevisions(ctx, revisions);
  const status = updateStatefulSetStatus(ctx, updateStatefulSet(ctx, revs, pods));
  truncateHistory(ctx, pods, revisions, revs);
  const requeueAfterMs = ctx.errors.length ? undefined : requeueForAvailability(set, status);
  const result: ReconcileResult = {
    actions: ctx.actions,
    events: ctx.events,
    why: summarize(ctx, status),
    ...(requeueAfterMs !== undefined ? { requeueAfterMs } : {}),
    // sync returns the replicas' errors (aggregated): processNextWorkItem retries with back-off.
    ...(ctx.errors.length ? { error: ctx.errors.length === 1 ? ctx.errors[0]! : `[${ctx.errors.join(', ')}]` } : {}),
  };
  return result;
}

export const statefulSetController: Controller = {
  name: 'statefulset-controller',
  latencyMs: 15,
  keysFor,
  reconcile: (key, view) => reconcile(key, view),
};
