// Mirrors kubernetes/kubernetes pkg/controller/volume/persistentvolume/pv_controller.go (bind,
// getBindVolumeToClaim, bindClaimToVolume, updateClaimStatus, updateVolumePhase, unbindVolume).
// The order of the intents is the upstream order (PV spec, PV status, PVC spec, PVC status), so watch rows match
// F§5.3: the PV turns Bound first, then the claim shows its volume name, then the claim turns Bound.
import type { ApiAction } from '../types';
import {
  ANN_BIND_COMPLETED, ANN_BOUND_BY_CONTROLLER, isVolumeBoundToClaim, pvKey, pvcKey, sameJson, type PV, type PVC,
} from './volumeUtil';

type Status = Record<string, unknown>;

/** Write PV `status.phase` (clearing a previous failure message) unless it already is `phase`. */
export function updateVolumePhase(v: PV, phase: string, message?: string, reason?: string): ApiAction[] {
  const old = (v.status ?? {}) as Status;
  if (old['phase'] === phase && old['message'] === message) return [];
  const { message: _m, reason: _r, ...rest } = old;
  const status = { ...rest, phase, ...(message ? { message } : {}), ...(reason ? { reason } : {}) };
  return [{ type: 'updateStatus', key: pvKey(v.metadata.name ?? ''), status }];
}

/** Write PVC `status.phase`; with a volume copy its access modes and capacity, without one drop them. */
export function updateClaimStatus(c: PVC, phase: 'Pending' | 'Bound' | 'Lost', v?: PV): ApiAction[] {
  const old = (c.status ?? {}) as Status;
  const { accessModes: _a, capacity: _c, ...rest } = old;
  const status: Status = v ? { ...rest, phase, accessModes: v.spec?.accessModes ?? [], capacity: v.spec?.capacity ?? {} } : { ...rest, phase };
  if (sameJson(old, status)) return [];
  return [{ type: 'updateStatus', key: pvcKey(c.metadata.namespace ?? '', c.metadata.name ?? ''), status }];
}

/** PV side of a bind: claimRef to exactly this claim, `bound-by-controller` when the controller made the match. */
function bindVolumeToClaim(v: PV, c: PVC): ApiAction[] {
  const ref = v.spec?.claimRef;
  const sameRef = ref?.name === c.metadata.name && ref?.namespace === c.metadata.namespace && ref?.uid === c.metadata.uid;
  const setByController = !isVolumeBoundToClaim(v, c) && !v.metadata.annotations?.[ANN_BOUND_BY_CONTROLLER];
  if (sameRef && !setByController) return [];
  const claimRef = {
    kind: 'PersistentVolumeClaim', namespace: c.metadata.namespace ?? '', name: c.metadata.name ?? '',
    uid: c.metadata.uid ?? '', apiVersion: 'v1', resourceVersion: c.metadata.resourceVersion ?? '',
  };
  const annotations = setByController ? { ...v.metadata.annotations, [ANN_BOUND_BY_CONTROLLER]: 'yes' } : v.metadata.annotations;
  const object = { ...v, metadata: { ...v.metadata, ...(annotations ? { annotations } : {}) }, spec: { ...v.spec, claimRef } };
  return [{ type: 'update', object }];
}

/** PVC side of a bind: `spec.volumeName`, `bind-completed` (and `bound-by-controller` when we set the name). */
function bindClaimToVolume(c: PVC, v: PV): ApiAction[] {
  const name = v.metadata.name ?? '';
  const setName = c.spec?.volumeName !== name;
  const ann = c.metadata.annotations ?? {};
  if (!setName && ann[ANN_BIND_COMPLETED] !== undefined) return [];
  const annotations = { ...ann, [ANN_BIND_COMPLETED]: 'yes', ...(setName ? { [ANN_BOUND_BY_CONTROLLER]: 'yes' } : {}) };
  return [{ type: 'update', object: { ...c, metadata: { ...c.metadata, annotations }, spec: { ...c.spec, volumeName: name } } }];
}

/** All intents that bind `v` and `c` to each other; empty when they already are. */
export function bind(v: PV, c: PVC): ApiAction[] {
  return [
    ...bindVolumeToClaim(v, c),
    ...updateVolumePhase(v, 'Bound'),
    ...bindClaimToVolume(c, v),
    ...updateClaimStatus(c, 'Bound', v),
  ];
}

/**
 * Give a volume back: a controller-made binding loses its claimRef; a user's pre-binding keeps the name and
 * loses only the uid. The volume becomes Available.
 */
export function unbindVolume(v: PV): ApiAction[] {
  const byController = !!v.metadata.annotations?.[ANN_BOUND_BY_CONTROLLER];
  const { [ANN_BOUND_BY_CONTROLLER]: _x, ...annotations } = v.metadata.annotations ?? {};
  const ref = v.spec?.claimRef;
  const { claimRef: _c, ...spec } = v.spec ?? {};
  const newSpec = byController || !ref ? spec : { ...spec, claimRef: { ...ref, uid: '' } };
  const object = { ...v, metadata: { ...v.metadata, annotations }, spec: newSpec };
  return [{ type: 'update', object }, ...updateVolumePhase(v, 'Available')];
}
