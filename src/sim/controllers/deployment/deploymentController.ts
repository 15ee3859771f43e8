// Mirrors kubernetes/kubernetes pkg/controller/deployment/deployment_controller.go (the informer handlers
// add/update/deleteReplicaSet, getDeploymentsForReplicaSet, deletePod → keysFor; getReplicaSetsForDeployment,
// getPodMapForDeployment and syncDeployment → reconcile).
// Deviations: no work queue; every pod change of a Deployment's ReplicaSet enqueues the Deployment (upstream
// only a pod deletion under Recreate does), which is harmless because reconcile is level-based.
import type { KObject, ObjectKey } from '../../api/types';
import { objectKey } from '../../api/keys';
import { isEmptySelector, selectorMatches } from '../../api/labels';
import type { ObjectChange } from '../../engine/types';
import type { ClusterView, Controller, ReconcileContext, ReconcileResult } from '../types';
import type { Deployment, Pod, ReplicaSet } from './types';
import { typed } from './types';
import { finish, newSyncContext, putReplicaSet, type SyncContext } from './syncContext';
import { checkPausedConditions, isScalingEvent, sync, syncStatusOnly } from './sync';
import { rolloutRolling } from './rolling';
import { rolloutRecreate, type PodMap } from './recreate';
import { reason, type Reason } from '../../reasons';

const controllerRef = (o: KObject | undefined) => o?.metadata.ownerReferences?.find((r) => r.controller);

/** ReplicaSets this Deployment owns or adopts; owned ones that stopped matching are released (ClaimReplicaSets). */
function claimReplicaSets(s: SyncContext): ReplicaSet[] {
  const d = s.d;
  const claimed: ReplicaSet[] = [];
  for (const o of s.view.list('ReplicaSet', d.metadata.namespace ?? '')) {
    const rs = typed<ReplicaSet>(o);
    const ref = controllerRef(o);
    const matches = selectorMatches(d.spec?.selector, rs.metadata.labels ?? {});
    if (ref?.uid === d.metadata.uid) {
      if (matches) claimed.push(rs);
      else if (!d.metadata.deletionTimestamp) {
        const refs = (rs.metadata.ownerReferences ?? []).filter((r) => r.uid !== d.metadata.uid);
        putReplicaSet(s, { ...rs, metadata: { ...rs.metadata, ownerReferences: refs } });
        s.whys.push(reason('deploy.releasedRs', { rs: rs.metadata.name ?? '' }));
      }
    } else if (!ref && matches && !d.metadata.deletionTimestamp && !rs.metadata.deletionTimestamp) {
      const own = { apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name ?? '', uid: d.metadata.uid ?? '', controller: true, blockOwnerDeletion: true };
      const adopted: ReplicaSet = { ...rs, metadata: { ...rs.metadata, ownerReferences: [...(rs.metadata.ownerReferences ?? []), own] } };
      putReplicaSet(s, adopted);
      s.whys.push(reason('deploy.adoptedRs', { rs: rs.metadata.name ?? '' }));
      claimed.push(adopted);
    }
  }
  return claimed;
}

/** Pods of the claimed ReplicaSets that match the Deployment's selector, by RS uid. */
function podMapFor(d: Deployment, rsList: readonly ReplicaSet[], view: ClusterView): PodMap {
  const uids = new Set(rsList.map((rs) => rs.metadata.uid ?? ''));
  const map = new Map<string, Pod[]>();
  for (const o of view.list('Pod', d.metadata.namespace ?? '')) {
    const uid = controllerRef(o)?.uid;
    if (!uid || !uids.has(uid) || !selectorMatches(d.spec?.selector, o.metadata.labels ?? {})) continue;
    map.set(uid, [...(map.get(uid) ?? []), typed<Pod>(o)]);
  }
  return map;
}

/** One sync of a Deployment (syncDeployment). */
export function reconcile(key: ObjectKey, view: ClusterView, _ctx: ReconcileContext): ReconcileResult {
  const obj = view.get(key);
  if (!obj) return { actions: [] };
  const d = typed<Deployment>(obj);
  const s = newSyncContext(view, d, []);
  if (isEmptySelector(d.spec?.selector)) {
    if ((s.status.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) s.status = { ...s.status, observedGeneration: d.metadata.generation ?? 0 };
    return finish(s, reason('deploy.emptySelector', { deployment: d.metadata.name ?? '' }));
  }
  const rsList = claimReplicaSets(s);
  const name = d.metadata.name ?? '';
  if (d.metadata.deletionTimestamp) {
    syncStatusOnly(s, rsList);
    return finish(s, reason('deploy.beingDeleted', { deployment: name }));
  }
  checkPausedConditions(s);
  if (d.spec?.paused) {
    sync(s, rsList);
    return finish(s, reason('deploy.paused', { deployment: name }));
  }
  if (isScalingEvent(s, rsList)) {
    sync(s, rsList);
    return finish(s, reason('deploy.scaled', { deployment: name, replicas: d.spec?.replicas ?? 1 }));
  }
  if (d.spec?.strategy?.type === 'Recreate') rolloutRecreate(s, rsList, podMapFor(d, rsList, view));
  else rolloutRolling(s, rsList);
  return finish(s, statusSentence(s));
}

function statusSentence(s: SyncContext): Reason {
  const st = s.status;
  return reason('deploy.status', { deployment: s.d.metadata.name ?? '', updated: st.updatedReplicas ?? 0, replicas: s.d.spec?.replicas ?? 1, available: st.availableReplicas ?? 0 });
}

/** The Deployment that controls a ReplicaSet (by name), if any. */
function ownerDeploymentKey(rs: KObject | undefined): ObjectKey | undefined {
  const ref = controllerRef(rs);
  return rs && ref?.kind === 'Deployment' ? objectKey('Deployment', rs.metadata.namespace ?? '', ref.name) : undefined;
}

function keysForReplicaSet(change: ObjectChange, view: ClusterView): ObjectKey[] {
  const keys = new Set<ObjectKey>();
  for (const o of [change.object, change.previous]) {
    const k = ownerDeploymentKey(o);
    if (k) keys.add(k);
  }
  if (keys.size === 0 && change.type !== 'DELETED') {
    const labels = change.object.metadata.labels ?? {};
    for (const o of view.list('Deployment', change.object.metadata.namespace ?? '')) {
      if (selectorMatches(typed<Deployment>(o).spec?.selector, labels)) keys.add(objectKey('Deployment', o.metadata.namespace ?? '', o.metadata.name ?? ''));
    }
  }
  return [...keys].sort();
}

function keysForPod(change: ObjectChange, view: ClusterView): ObjectKey[] {
  const ref = controllerRef(change.object);
  if (ref?.kind !== 'ReplicaSet') return [];
  const k = ownerDeploymentKey(view.get(objectKey('ReplicaSet', change.object.metadata.namespace ?? '', ref.name)));
  return k ? [k] : [];
}

export const deploymentController: Controller = {
  name: 'deployment-controller',
  latencyMs: 15,
  kinds: new Set(['Deployment', 'ReplicaSet', 'Pod']),
  keysFor(change, view) {
    switch (change.object.kind) {
      case 'Deployment': return [change.key];
      case 'ReplicaSet': return keysForReplicaSet(change, view);
      case 'Pod': return keysForPod(change, view);
      default: return [];
    }
  },
  reconcile,
};
