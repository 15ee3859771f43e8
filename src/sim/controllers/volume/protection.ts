// Mirrors kubernetes/kubernetes pkg/controller/volume/pvcprotection/pvc_protection_controller.go (processPVC,
// isBeingUsed, podUsesPVC) and pkg/controller/volume/pvprotection/pv_protection_controller.go (processPV,
// isBeingUsed). Deviations: no ephemeral (generic inline) volumes; the pod list is read from the view.
import type { KObject, ObjectKey, Pod } from '../../api/types';
import type { ObjectChange } from '../../engine/types';
import type { ClusterView, Controller, ReconcileResult } from '../types';
import { PVC_PROTECTION_FINALIZER, PV_PROTECTION_FINALIZER, asPv, isBeingDeleted, pvcKey } from './volumeUtil';
import { reason, type Reason } from '../../reasons';

const hasFinalizer = (o: KObject, f: string): boolean => (o.metadata.finalizers ?? []).includes(f);

/** True when the controller has something to do: lift the finalizer of a deleting object, or add a missing one. */
const needsWork = (o: KObject, f: string): boolean => isBeingDeleted(o) === hasFinalizer(o, f);

function withFinalizers(o: KObject, finalizers: string[]): KObject {
  return { ...o, metadata: { ...o.metadata, finalizers } };
}

/** Claim names a pod mounts through `persistentVolumeClaim` volumes. */
export const claimsOfPod = (pod: Pod): string[] =>
  (pod.spec?.volumes ?? []).flatMap((v) => (v.persistentVolumeClaim?.claimName ? [v.persistentVolumeClaim.claimName] : []));

/**
 * podUsesPVC: a pod object scheduled to a node that names the claim blocks its removal, whatever the pod's phase
 * (a Completed or Error pod still holds it) until the pod is removed from the API. Only generic ephemeral volumes
 * look at whether the pod has shut down, and those are not modelled.
 */
const podBlocksClaim = (pod: Pod, claim: string): boolean => !!pod.spec?.nodeName && claimsOfPod(pod).includes(claim);

/** Shared shape of both protection controllers: add the finalizer, or lift it once nothing uses the object. */
function protect(o: KObject, finalizer: string, kind: 'PVC' | 'PV', users: readonly Reason[]): ReconcileResult {
  const what = { kind, name: o.metadata.name ?? '', finalizer };
  const finalizers = o.metadata.finalizers ?? [];
  if (!isBeingDeleted(o)) {
    if (finalizers.includes(finalizer)) return { actions: [] };
    return { actions: [{ type: 'update', object: withFinalizers(o, [...finalizers, finalizer]) }], why: reason('protect.added', what) };
  }
  if (!finalizers.includes(finalizer)) return { actions: [] };
  if (users.length) return { actions: [], why: reason('protect.kept', { ...what, users }) };
  return {
    actions: [{ type: 'update', object: withFinalizers(o, finalizers.filter((f) => f !== finalizer)) }],
    why: reason('protect.removed', what),
  };
}

/** pvc-protection: a claim named by a scheduled pod object stays until that pod object is gone. */
export const pvcProtectionController: Controller = {
  name: 'pvc-protection',
  latencyMs: 20,
  kinds: new Set(['PersistentVolumeClaim', 'Pod']),
  keysFor(change: ObjectChange, view: ClusterView): readonly ObjectKey[] {
    if (change.object.kind === 'PersistentVolumeClaim') {
      return change.type !== 'DELETED' && needsWork(change.object, PVC_PROTECTION_FINALIZER) ? [change.key] : [];
    }
    if (change.object.kind !== 'Pod') return [];
    const ns = change.object.metadata.namespace ?? '';
    return [...new Set(claimsOfPod(change.object as Pod))].sort().map((n) => pvcKey(ns, n)).filter((k) => {
      const c = view.get(k);
      return !!c && isBeingDeleted(c) && hasFinalizer(c, PVC_PROTECTION_FINALIZER);
    });
  },
  reconcile(key: ObjectKey, view: ClusterView): ReconcileResult {
    const c = view.get(key);
    if (!c) return { actions: [] };
    const name = c.metadata.name ?? '';
    const pods = view.list('Pod', c.metadata.namespace ?? '').filter((p) => podBlocksClaim(p as Pod, name));
    return protect(c, PVC_PROTECTION_FINALIZER, 'PVC', pods.map((p) => reason('protect.podUses', { pod: p.metadata.name ?? '' })));
  },
};

/** pv-protection: a volume stays while it is Bound to a claim. */
export const pvProtectionController: Controller = {
  name: 'persistentvolume-protection',
  latencyMs: 20,
  kinds: new Set(['PersistentVolume']),
  keysFor(change: ObjectChange): readonly ObjectKey[] {
    if (change.type === 'DELETED' || change.object.kind !== 'PersistentVolume') return [];
    return needsWork(change.object, PV_PROTECTION_FINALIZER) ? [change.key] : [];
  },
  reconcile(key: ObjectKey, view: ClusterView): ReconcileResult {
    const obj = view.get(key);
    if (!obj) return { actions: [] };
    const v = asPv(obj);
    const ref = v.spec?.claimRef;
    const users = v.status?.phase === 'Bound' ? [reason('protect.stillBound', { claim: `${ref?.namespace ?? ''}/${ref?.name ?? ''}` })] : [];
    return protect(v, PV_PROTECTION_FINALIZER, 'PV', users);
  },
};
