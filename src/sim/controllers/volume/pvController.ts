// Mirrors kubernetes/kubernetes pkg/controller/volume/persistentvolume/pv_controller.go (syncClaim,
// syncUnboundClaim, syncBoundClaim, assignDefaultStorageClass). syncVolume lives in syncVolume.ts.
// Deviations: a claim that is being deleted is not bound to anything new. Of the periodic resync
// (pv_controller_base.go resync, every --pvclaimbinder-sync-period = 15 s from the controller's start) only one use
// is timed: a claim naming a volume that does not exist yet is re-checked at each tick until the volume exists.
// Other claims that cannot bind are re-checked on every PV, PVC and StorageClass change instead, and the events
// a real resync repeats every 15 s (FailedBinding, VolumeMismatch) are recorded once.
import type { KObject } from '../../api/types';
import { lookupKeys } from '../../engine/termIndex';
import type { EventIntent, ReconcileContext, ReconcileResult } from '../types';
import type { ClusterView } from '../types';
import { bind, updateClaimStatus } from './bind';
import { checkVolumeSatisfyClaim, findByClaim } from './pvIndex';
import { classOfClaim, describeClass, isDelayBindingMode, isDelayBindingProvisioning, provisionClaim } from './provisioner';
import {
  ANN_BIND_COMPLETED, ANN_DYNAMICALLY_PROVISIONED, asPv, asSc, claimClassUnset, defaultClass, getClaimClass, getVolumeClass,
  hasAnnotation, isBeingDeleted, isVolumeBoundToClaim, pvKey, pvcKey, scKey, type PV, type PVC,
} from './volumeUtil';
import { reason, type Reason } from '../../reasons';

/** Index terms of a volume: the claim its claimRef names, or `free`. */
function volumeClaimTerms(o: KObject): string[] {
  const ref = asPv(o).spec?.claimRef;
  return [ref ? `claim:${ref.namespace ?? ''}/${ref.name ?? ''}` : 'free'];
}

/**
 * The volumes findByClaim can pick from (unclaimed ones and those whose claimRef names this claim), sorted by
 * name like view.list: the index spares a scan of every volume on every claim sync.
 */
function candidateVolumes(c: PVC, view: ClusterView): KObject[] {
  const lookup = (term: string) => lookupKeys(view, 'PersistentVolume', 'pv-binder/volumesByClaim', volumeClaimTerms, term);
  const keys = [...lookup('free'), ...lookup(`claim:${c.metadata.namespace ?? ''}/${c.metadata.name ?? ''}`)].sort();
  return keys.map((k) => view.get(k)!);
}

const keyOfClaim = (c: PVC): string => pvcKey(c.metadata.namespace ?? '', c.metadata.name ?? '');
const event = (c: PVC, type: 'Normal' | 'Warning', reason: string, message: string): EventIntent => ({ type, reason, message, key: keyOfClaim(c) });

/** One sync of a claim: unbound claims look for (or provision) a volume, bound claims check theirs is still there. */
export function syncClaim(c: PVC, view: ClusterView, ctx: ReconcileContext): ReconcileResult {
  return hasAnnotation(c, ANN_BIND_COMPLETED) ? syncBoundClaim(c, view) : syncUnboundClaim(c, view, ctx);
}

/** The learner-facing reason a claim got this volume. */
export function bindWhy(v: PV, c: PVC, view: ClusterView): Reason {
  const names = { claim: c.metadata.name ?? '', volume: v.metadata.name ?? '' };
  const provisioner = v.metadata.annotations?.[ANN_DYNAMICALLY_PROVISIONED];
  if (provisioner && v.spec?.claimRef?.uid === c.metadata.uid) {
    const sc = view.get(scKey(getVolumeClass(v)));
    return reason('pvc.boundProvisioned', { ...names, by: sc ? describeClass(asSc(sc)) : reason('pv.provisioner', { provisioner }) });
  }
  if (c.spec?.volumeName === v.metadata.name) return reason('pvc.boundByName', names);
  if (isVolumeBoundToClaim(v, c)) return reason('pvc.boundReserved', names);
  return reason('pvc.boundSmallest', names);
}

function syncUnboundClaim(c: PVC, view: ClusterView, ctx: ReconcileContext): ReconcileResult {
  const name = c.metadata.name ?? '';
  if (isBeingDeleted(c)) return { actions: [], why: reason('pvc.deletingNotBound', { claim: name }) };
  if (!c.spec?.volumeName) {
    // findBestMatchForClaim without a node: a delayed claim only takes a volume the scheduler pre-bound to it.
    const delayBinding = isDelayBindingMode(c, view);
    const v = findByClaim(c, candidateVolumes(c, view), delayBinding);
    if (v) return { actions: bind(v, c), why: bindWhy(v, c, view) };
    if (claimClassUnset(c)) {
      const def = defaultClass(view.list('StorageClass'));
      if (def) {
        const object = { ...c, spec: { ...c.spec, storageClassName: def.metadata.name ?? '' } };
        return { actions: [{ type: 'update', object }], why: reason('pvc.getsDefaultClass', { claim: name, storageClass: describeClass(def) }) };
      }
    }
    if (delayBinding && !isDelayBindingProvisioning(c)) {
      const sc = classOfClaim(c, view);
      return {
        actions: [],
        events: [event(c, 'Normal', 'WaitForFirstConsumer', 'waiting for first consumer to be created before binding')],
        why: reason('pvc.waitForFirstConsumer', { claim: name, storageClass: sc ? describeClass(sc) : reason('pv.itsClass') }),
      };
    }
    if (getClaimClass(c) !== '') return provisionClaim(c, view, ctx);
    return {
      actions: [],
      events: [event(c, 'Normal', 'FailedBinding', 'no persistent volumes available for this claim and no storage class is set')],
      why: reason('pvc.noMatchNoClass', { claim: name }),
    };
  }
  return syncPreBoundClaim(c, c.spec.volumeName, view);
}

/** kube-controller-manager's default --pvclaimbinder-sync-period: every claim and volume is re-synced this often. */
export const PV_RESYNC_PERIOD_MS = 15_000;

/** Time until the next periodic resync: ticks every period from the controller's start (sim time 0). */
export const msUntilResync = (nowMs: number): number => (Math.floor(nowMs / PV_RESYNC_PERIOD_MS) + 1) * PV_RESYNC_PERIOD_MS - nowMs;

/** A claim that names its volume (spec.volumeName) but whose binding is not complete. */
function syncPreBoundClaim(c: PVC, volumeName: string, view: ClusterView): ReconcileResult {
  const name = c.metadata.name ?? '';
  const obj = view.get(pvKey(volumeName));
  if (!obj) {
    // syncUnboundClaim: "volume not found, will try again later" — nothing else wakes the claim but the resync.
    return { actions: [], requeueAfterMs: msUntilResync(view.nowMs), why: reason('pvc.namedVolumeMissing', { claim: name, volume: volumeName }) };
  }
  const v = asPv(obj);
  if (!v.spec?.claimRef) {
    const err = checkVolumeSatisfyClaim(v, c);
    if (!err) return { actions: bind(v, c), why: bindWhy(v, c, view) };
    return {
      actions: [],
      events: [event(c, 'Warning', 'VolumeMismatch', `Cannot bind to requested volume "${volumeName}": ${err}`)],
      why: reason('pvc.namedVolumeMismatch', { claim: name, volume: volumeName, error: err }),
    };
  }
  if (isVolumeBoundToClaim(v, c)) return { actions: bind(v, c), why: bindWhy(v, c, view) };
  return {
    actions: [],
    events: [event(c, 'Warning', 'FailedBinding', `volume "${volumeName}" already bound to a different claim.`)],
    why: reason('pvc.namedVolumeTaken', { claim: name, volume: volumeName, other: `${v.spec.claimRef.namespace}/${v.spec.claimRef.name}` }),
  };
}

function claimLost(c: PVC, message: string, eventReason: string, why: Reason): ReconcileResult {
  if (c.status?.phase === 'Lost') return { actions: [], why };
  return { actions: updateClaimStatus(c, 'Lost'), events: [event(c, 'Warning', eventReason, message)], why };
}

function syncBoundClaim(c: PVC, view: ClusterView): ReconcileResult {
  const name = c.metadata.name ?? '';
  const volumeName = c.spec?.volumeName ?? '';
  const lostText = 'Bound claim has lost its PersistentVolume. Data on the volume is lost!';
  const obj = volumeName ? view.get(pvKey(volumeName)) : undefined;
  if (!obj) return claimLost(c, lostText, 'ClaimLost', reason('pvc.lostVolumeGone', { claim: name, volume: volumeName }));
  const v = asPv(obj);
  const ref = v.spec?.claimRef;
  if (!ref || ref.uid === c.metadata.uid) {
    const actions = bind(v, c);
    return actions.length ? { actions, why: bindWhy(v, c, view) } : { actions };
  }
  return claimLost(c, 'Two claims are bound to the same volume, this one is bound incorrectly', 'ClaimMisbound',
    reason('pvc.lostMisbound', { claim: name, volume: volumeName, other: `${ref.namespace}/${ref.name}` }));
}
