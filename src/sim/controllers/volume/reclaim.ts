// Mirrors kubernetes/kubernetes pkg/controller/volume/persistentvolume/pv_controller.go (reclaimVolume,
// recycleVolumeOperation, deleteVolumeOperation) and pkg/volume/host_path/host_path.go (the /tmp-only deleter).
// Deviations: deleting and recycling happen at once (no operation queue); every dynamically provisioned volume
// is deletable (the simulated provisioner is always running); recycling never finds pods still using the volume.
import type { EventIntent, ReconcileResult } from '../types';
import { ANN_DYNAMICALLY_PROVISIONED, pvKey, pvName, type PV } from './volumeUtil';
import { updateVolumePhase } from './bind';
import { reason as reasonOf, type Reason } from '../../reasons';

const RECYCLABLE_SOURCES = ['hostPath', 'nfs'] as const;

/** The volume source kind set in the spec (`hostPath`, `nfs`, `csi`, …), if any we recognise. */
function sourceOf(v: PV): string | undefined {
  const spec = (v.spec ?? {}) as Record<string, unknown>;
  return ['hostPath', 'nfs', 'local', 'csi', 'iscsi', 'fc', 'cephfs', 'rbd', 'gcePersistentDisk', 'awsElasticBlockStore', 'azureDisk']
    .find((s) => spec[s] !== undefined);
}

/** Why deleting the backing storage fails; undefined when it can be deleted. */
export function deleteFailure(v: PV): string | undefined {
  if (v.metadata.annotations?.[ANN_DYNAMICALLY_PROVISIONED]) return undefined;
  if (sourceOf(v) === 'hostPath') {
    const path = v.spec?.hostPath?.path ?? '';
    return /^\/tmp\/.+/.test(path) ? undefined : `host_path deleter only supports /tmp/.+ but received provided ${path}`;
  }
  return `error getting deleter volume plugin for volume "${pvName(v)}": no deletable volume plugin matched`;
}

/**
 * What happens to a Released volume, by its reclaim policy: Retain keeps it Released; Delete removes it (or
 * marks it Failed when the backing storage cannot be deleted); Recycle scrubs it and makes it Available.
 */
export function reclaimVolume(v: PV): ReconcileResult {
  const name = pvName(v);
  const key = pvKey(name);
  const claim = v.spec?.claimRef?.name ?? '';
  // A volume already Failed for the same reason is not reported again (its own status write re-triggers us).
  const fail = (reason: string, message: string, why: Reason): ReconcileResult => {
    const again = v.status?.phase === 'Failed' && v.status?.message === message;
    const events: EventIntent[] = again ? [] : [{ type: 'Warning', reason, message, key }];
    return { actions: updateVolumePhase(v, 'Failed', message), events, why };
  };
  switch (v.spec?.persistentVolumeReclaimPolicy ?? 'Retain') {
    case 'Retain':
      return { actions: [], why: reasonOf('pv.retained', { volume: name, claim }) };
    case 'Delete': {
      const failure = deleteFailure(v);
      if (failure) return fail('VolumeFailedDelete', failure, reasonOf('pv.deleteFailed', { volume: name, claim, error: failure }));
      return {
        actions: [{ type: 'delete', key, ...(v.metadata.uid ? { uid: v.metadata.uid } : {}) }],
        why: reasonOf('pv.deleted', { volume: name, claim }),
      };
    }
    case 'Recycle': {
      if (!RECYCLABLE_SOURCES.some((s) => s === sourceOf(v))) {
        const message = 'No recycler plugin found for the volume!';
        return fail('VolumeFailedRecycle', message, reasonOf('pv.recycleFailed', { volume: name, error: message }));
      }
      const { claimRef: _c, ...spec } = v.spec ?? {};
      return {
        actions: [{ type: 'update', object: { ...v, spec } }, ...updateVolumePhase(v, 'Available')],
        events: [{ type: 'Normal', reason: 'VolumeRecycled', message: 'Volume recycled', key }],
        why: reasonOf('pv.recycled', { volume: name, claim }),
      };
    }
    default: {
      const message = 'Volume has unrecognized PersistentVolumeReclaimPolicy';
      return fail('VolumeUnknownReclaimPolicy', message, reasonOf('pv.failed', { volume: name, error: message }));
    }
  }
}
