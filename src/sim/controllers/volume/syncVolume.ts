// Mirrors kubernetes/kubernetes pkg/controller/volume/persistentvolume/pv_controller.go (syncVolume).
// Deviations: instead of enqueueing the claim from here, the binder's keysFor enqueues it on the same change.
import type { ApiAction, ReconcileResult } from '../types';
import type { ClusterView } from '../types';
import { unbindVolume, updateVolumePhase } from './bind';
import { reclaimVolume } from './reclaim';
import { ANN_BOUND_BY_CONTROLLER, ANN_DYNAMICALLY_PROVISIONED, asPvc, pvcKey, type PV, type PVC } from './volumeUtil';
import { reason, type Reason } from '../../reasons';

/** The claim the volume's claimRef points to, only if it is the same object (same uid). */
export function claimOfVolume(v: PV, view: ClusterView): PVC | undefined {
  const ref = v.spec?.claimRef;
  if (!ref?.name || !ref.uid) return undefined;
  const obj = view.get(pvcKey(ref.namespace ?? '', ref.name));
  return obj && obj.metadata.uid === ref.uid ? asPvc(obj) : undefined;
}

/** The claim of a volume was deleted (or replaced by a new object of the same name): release, then reclaim. */
function releaseVolume(v: PV): ReconcileResult {
  const phase = v.status?.phase;
  const release = phase !== 'Released' && phase !== 'Failed' ? updateVolumePhase(v, 'Released') : [];
  const released: PV = release.length ? { ...v, status: { ...v.status, phase: 'Released' } } : v;
  const reclaim = reclaimVolume(released);
  return { ...reclaim, actions: [...release, ...reclaim.actions] };
}

/** A steady-state sync says nothing (no frame); only a phase change gets a sentence. */
const quiet = (actions: ApiAction[], why: Reason): ReconcileResult => (actions.length ? { actions, why } : { actions });

/** One sync of a volume: keep its phase in line with its claimRef, and reclaim it once its claim is gone. */
export function syncVolume(v: PV, view: ClusterView): ReconcileResult {
  const name = v.metadata.name ?? '';
  const ref = v.spec?.claimRef;
  if (!ref) return quiet(updateVolumePhase(v, 'Available'), reason('pv.available', { volume: name }));
  const claimName = `${ref.namespace ?? ''}/${ref.name ?? ''}`;
  if (!ref.uid) {
    return quiet(updateVolumePhase(v, 'Available'), reason('pv.reserved', { volume: name, claim: claimName }));
  }
  const claim = claimOfVolume(v, view);
  if (!claim) return releaseVolume(v);
  const volumeName = claim.spec?.volumeName ?? '';
  if (!volumeName) return { actions: [] };
  if (volumeName === name) return quiet(updateVolumePhase(v, 'Bound'), reason('pv.bound', { volume: name, claim: claimName }));
  // The claim is bound to another volume.
  if (v.metadata.annotations?.[ANN_DYNAMICALLY_PROVISIONED] && v.spec?.persistentVolumeReclaimPolicy === 'Delete') {
    return releaseVolume(v);
  }
  if (v.metadata.annotations?.[ANN_BOUND_BY_CONTROLLER]) {
    return { actions: unbindVolume(v), why: reason('pv.unbound', { volume: name, claim: claimName, other: volumeName }) };
  }
  return { actions: [], why: reason('pv.keepsClaimRef', { volume: name, claim: claimName, other: volumeName }) };
}
