// `kubectl describe pvc|pv|storageclass`. Mirrors describe.go describePersistentVolumeClaim
// (printPersistentVolumeClaim, getPodsForPVC, printPodsMultiline), describePersistentVolume
// (printVolumeNodeAffinity, printHostPathVolumeSource, printLocalVolumeSource, printCSIPersistentVolumeSource)
// and describeStorageClass (storageutil.IsDefaultAnnotationText).
import type { ClusterSnapshot, KObject, PersistentVolume, PersistentVolumeClaim, Pod, StorageClass } from '../../sim/index';
import { humanDuration, msOfIso } from '../printers/duration';
import { accessModesString } from '../printers/storage';
import { formatLabels } from '../printers/types';
import { listObjects } from '../resources';
import { annotationsMultiline, describeEvents, eventsFor, goList, labelsMultiline } from './common';
import { prefixWriter, type PrefixWriter } from './writer';

function statusLine(w: PrefixWriter, obj: KObject, phase: string | undefined, nowMs: number): void {
  const del = msOfIso(obj.metadata.deletionTimestamp);
  w.write(0, del !== undefined ? `Status:\tTerminating (lasts ${humanDuration(nowMs - del)})\n` : `Status:\t${phase ?? ''}\n`);
}

export function describePvc(obj: KObject, snapshot: ClusterSnapshot): string {
  const pvc = obj as unknown as PersistentVolumeClaim;
  const w = prefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  w.write(0, `StorageClass:\t${pvc.spec?.storageClassName ?? obj.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? ''}\n`);
  statusLine(w, obj, pvc.status?.phase, snapshot.nowMs);
  w.write(0, `Volume:\t${pvc.spec?.volumeName ?? ''}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  w.write(0, `Finalizers:\t${goList(obj.metadata.finalizers)}\n`);
  const bound = !!pvc.spec?.volumeName;
  w.write(0, `Capacity:\t${bound ? String(pvc.status?.capacity?.['storage'] ?? '0') : ''}\n`);
  w.write(0, `Access Modes:\t${bound ? accessModesString(pvc.status?.accessModes) : ''}\n`);
  if (pvc.spec?.volumeMode) w.write(0, `VolumeMode:\t${pvc.spec.volumeMode}\n`);
  const users = (listObjects(snapshot, 'Pod', obj.metadata.namespace) as unknown as Pod[])
    .filter((p) => p.spec?.volumes?.some((v) => v.persistentVolumeClaim?.claimName === obj.metadata.name))
    .map((p) => p.metadata?.name ?? '')
    .sort();
  w.write(0, 'Used By:\t');
  if (users.length === 0) w.line('<none>');
  users.forEach((n, i) => w.write(0, `${i ? '\t' : ''}${n}\n`));
  describeEvents(w, eventsFor(snapshot, obj), snapshot.nowMs);
  return w.done();
}

export function describePv(obj: KObject, snapshot: ClusterSnapshot): string {
  const pv = obj as unknown as PersistentVolume;
  const spec = pv.spec ?? {};
  const w = prefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  w.write(0, `Finalizers:\t${goList(obj.metadata.finalizers)}\n`);
  w.write(0, `StorageClass:\t${spec.storageClassName ?? ''}\n`);
  statusLine(w, obj, pv.status?.phase, snapshot.nowMs);
  w.write(0, `Claim:\t${spec.claimRef ? `${spec.claimRef.namespace ?? ''}/${spec.claimRef.name ?? ''}` : ''}\n`);
  w.write(0, `Reclaim Policy:\t${spec.persistentVolumeReclaimPolicy ?? ''}\n`);
  w.write(0, `Access Modes:\t${accessModesString(spec.accessModes)}\n`);
  if (spec.volumeMode) w.write(0, `VolumeMode:\t${spec.volumeMode}\n`);
  w.write(0, `Capacity:\t${String(spec.capacity?.['storage'] ?? '0')}\n`);
  w.write(0, 'Node Affinity:\t');
  const terms = spec.nodeAffinity?.required?.nodeSelectorTerms;
  if (!terms) w.line('<none>');
  else {
    w.line('');
    w.write(1, 'Required Terms:\t');
    if (terms.length === 0) w.line('<none>');
    else w.line('');
    terms.forEach((t, i) => {
      w.write(2, `Term ${i}:\t`);
      const reqs = t.matchExpressions ?? [];
      if (reqs.length === 0) w.line('<none>');
      reqs.forEach((r, j) => {
        if (j) w.write(2, '\t');
        w.write(0, `${r.key} ${r.operator.toLowerCase()}${r.values?.length ? ` [${r.values.join(', ')}]` : ''}\n`);
      });
    });
  }
  w.write(0, `Message:\t${pv.status?.message ?? ''}\n`);
  w.write(0, 'Source:\n');
  if (spec.hostPath) w.write(2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${spec.hostPath.path}\n    HostPathType:\t${spec.hostPath.type ?? '<none>'}\n`);
  else if (spec.local) w.write(2, `Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n    Path:\t${spec.local.path}\n`);
  else if (spec.csi) w.write(2, `Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t${spec.csi.driver}\n    FSType:\t${spec.csi.fsType ?? ''}\n    VolumeHandle:\t${spec.csi.volumeHandle}\n    ReadOnly:\t${spec.csi.readOnly ? 'true' : 'false'}\n    VolumeAttributes:\t<none>\n`);
  else if (spec.nfs) w.write(2, `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${spec.nfs.server}\n    Path:\t${spec.nfs.path}\n    ReadOnly:\t${spec.nfs.readOnly ? 'true' : 'false'}\n`);
  else w.write(1, '<unknown>\n');
  describeEvents(w, eventsFor(snapshot, obj), snapshot.nowMs);
  return w.done();
}

export function describeStorageClass(obj: KObject, snapshot: ClusterSnapshot): string {
  const sc = obj as unknown as StorageClass;
  const ann = obj.metadata.annotations ?? {};
  const isDefault = ann['storageclass.kubernetes.io/is-default-class'] === 'true' || ann['storageclass.beta.kubernetes.io/is-default-class'] === 'true';
  const w = prefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `IsDefaultClass:\t${isDefault ? 'Yes' : 'No'}\n`);
  w.write(0, `Annotations:\t${formatLabels(ann)}\n`);
  w.write(0, `Provisioner:\t${sc.provisioner}\n`);
  w.write(0, `Parameters:\t${formatLabels(sc.parameters)}\n`);
  w.write(0, `AllowVolumeExpansion:\t${sc.allowVolumeExpansion === undefined ? '<unset>' : sc.allowVolumeExpansion ? 'True' : 'False'}\n`);
  if (!sc.mountOptions?.length) w.write(0, 'MountOptions:\t<none>\n');
  else {
    w.write(0, 'MountOptions:\n');
    for (const o of sc.mountOptions) w.write(1, `${o}\n`);
  }
  if (sc.reclaimPolicy) w.write(0, `ReclaimPolicy:\t${sc.reclaimPolicy}\n`);
  if (sc.volumeBindingMode) w.write(0, `VolumeBindingMode:\t${sc.volumeBindingMode}\n`);
  describeEvents(w, eventsFor(snapshot, obj), snapshot.nowMs);
  return w.done();
}
