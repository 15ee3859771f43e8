// Mirrors kubernetes/kubernetes pkg/controller/volume/persistentvolume/pv_controller_base.go (the informer
// handlers that fill the claim and volume queues, and the workers that call syncClaim / syncVolume).
// Deviations: the periodic resync only re-checks claims that name a missing volume (pvController.ts). Instead, whenever a volume becomes Available (or changes) and whenever a
// StorageClass changes, the pending claims that could now bind are re-checked; a claim that cannot bind waits
// quietly. A claim whose provisioning is under way is left to its requeue timer (the provisioning delay).
import type { KObject, ObjectKey } from '../../api/types';
import { keyOf, kindOfKey } from '../../api/keys';
import type { ObjectChange } from '../../engine/types';
import type { ClusterView, Controller, ReconcileContext, ReconcileResult } from '../types';
import { syncClaim } from './pvController';
import { syncVolume } from './syncVolume';
import {
  ANN_BIND_COMPLETED, ANN_DEFAULT_CLASS, ANN_STORAGE_PROVISIONER, NO_PROVISIONER, asPv, asPvc, asSc, claimClassUnset,
  claimRefKey, getClaimClass, isBeingDeleted, pvKey, sameJson, type PV, type PVC,
} from './volumeUtil';

/** True when a simulated provisioner is creating a volume for the claim (its requeue will finish the job). */
const isAwaitingProvisioning = (c: PVC): boolean => {
  const p = c.metadata.annotations?.[ANN_STORAGE_PROVISIONER];
  return !!p && p !== NO_PROVISIONER;
};

/** True when the claim still needs a volume and could get one from a change elsewhere. */
const isPendingClaim = (c: PVC): boolean =>
  !c.metadata.annotations?.[ANN_BIND_COMPLETED] && !isBeingDeleted(c) && !c.spec?.volumeName && !isAwaitingProvisioning(c);

const isFreeVolume = (v: PV | undefined): boolean => !!v && v.status?.phase === 'Available' && !v.spec?.claimRef;

function pendingClaims(view: ClusterView, filter: (c: PVC) => boolean = () => true): ObjectKey[] {
  return view.list('PersistentVolumeClaim').map(asPvc).filter((c) => isPendingClaim(c) && filter(c)).map(keyOf);
}

function keysForClaim(change: ObjectChange, view: ClusterView): ObjectKey[] {
  const c = asPvc(change.object);
  if (change.type === 'DELETED') {
    const bound = view.list('PersistentVolume').map(asPv).filter((v) => claimRefKey(v) === change.key).map(keyOf);
    const named = c.spec?.volumeName ? [pvKey(c.spec.volumeName)] : [];
    return [...new Set([...named, ...bound])].sort();
  }
  const prev = change.previous ? asPvc(change.previous) : undefined;
  const justAnnotated = !!prev && !prev.metadata.annotations?.[ANN_STORAGE_PROVISIONER] && isAwaitingProvisioning(c) && !c.spec?.volumeName;
  return justAnnotated ? [] : [change.key];
}

function keysForVolume(change: ObjectChange, view: ClusterView): ObjectKey[] {
  const v = asPv(change.object);
  const claimKey = claimRefKey(v);
  const claimObj = claimKey ? view.get(claimKey) : undefined;
  if (change.type === 'DELETED') {
    const users = view.list('PersistentVolumeClaim').map(asPvc).filter((c) => c.spec?.volumeName === v.metadata.name).map(keyOf);
    return [...new Set([...(claimObj ? [claimKey!] : []), ...users])].sort();
  }
  const keys: ObjectKey[] = [change.key];
  if (claimObj && !claimObj.metadata.annotations?.[ANN_BIND_COMPLETED]) keys.push(claimKey!);
  const prev = change.previous ? asPv(change.previous) : undefined;
  const newlyFree = isFreeVolume(v) && (!isFreeVolume(prev) || !sameJson(prev?.spec, v.spec) || !sameJson(prev?.metadata.labels, v.metadata.labels));
  if (newlyFree) keys.push(...pendingClaims(view));
  return [...new Set(keys)];
}

function keysForClass(change: ObjectChange, view: ClusterView): ObjectKey[] {
  const sc = asSc(change.object);
  const isDefault = change.type !== 'DELETED' && sc.metadata.annotations?.[ANN_DEFAULT_CLASS] === 'true';
  return pendingClaims(view, (c) => getClaimClass(c) === sc.metadata.name || (isDefault && claimClassUnset(c)));
}

/** The PV controller: binds claims to volumes, provisions, releases and reclaims. */
export const pvBinderController: Controller = {
  name: 'persistentvolume-binder',
  latencyMs: 20,
  kinds: new Set(['PersistentVolumeClaim', 'PersistentVolume', 'StorageClass']),
  keysFor(change: ObjectChange, view: ClusterView): readonly ObjectKey[] {
    switch (change.object.kind) {
      case 'PersistentVolumeClaim': return keysForClaim(change, view);
      case 'PersistentVolume': return keysForVolume(change, view);
      case 'StorageClass': return keysForClass(change, view);
      default: return [];
    }
  },
  reconcile(key: ObjectKey, view: ClusterView, ctx: ReconcileContext): ReconcileResult {
    const obj: KObject | undefined = view.get(key);
    if (!obj) return { actions: [] };
    if (kindOfKey(key) === 'PersistentVolumeClaim') return syncClaim(asPvc(obj), view, ctx);
    if (kindOfKey(key) === 'PersistentVolume') return syncVolume(asPv(obj), view);
    return { actions: [] };
  },
};
