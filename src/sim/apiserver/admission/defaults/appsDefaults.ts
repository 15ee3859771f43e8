// Workload defaulting. Mirrors kubernetes/kubernetes pkg/apis/apps/v1/defaults.go (SetDefaults_StatefulSet,
// SetDefaults_Deployment, SetDefaults_ReplicaSet) and pkg/registry/apps/statefulset/strategy.go (dropDisabledFields).
import { child, isRec, objects, rec, setDefault, setDefaultString, type Json } from '../util';
import { defaultPodTemplate } from './podDefaults';
import { defaultPvcSpec } from './storageDefaults';

export const MAX_UNAVAILABLE_GATE = 'MaxUnavailableStatefulSet';

/**
 * SetDefaults_StatefulSet. Note: `rollingUpdate` is only created when `updateStrategy.type` was empty; an explicit
 * `type: RollingUpdate` without `rollingUpdate` stays without it (as upstream).
 * With the MaxUnavailableStatefulSet gate off, `maxUnavailable` is dropped (unless `oldUsesMaxUnavailable`).
 */
export function defaultStatefulSet(obj: Json, gateOn: boolean, oldUsesMaxUnavailable = false): void {
  const spec = child(obj, 'spec');
  setDefaultString(spec, 'podManagementPolicy', 'OrderedReady');
  const strategy = child(spec, 'updateStrategy');
  if (!strategy['type']) {
    strategy['type'] = 'RollingUpdate';
    setDefault(strategy, 'rollingUpdate', {});
  }
  const ru = rec(strategy['rollingUpdate']);
  if (ru && !gateOn && !oldUsesMaxUnavailable) delete ru['maxUnavailable'];
  if (strategy['type'] === 'RollingUpdate' && ru) {
    setDefault(ru, 'partition', 0);
    if (gateOn) setDefault(ru, 'maxUnavailable', 1);
  }
  const retention = child(spec, 'persistentVolumeClaimRetentionPolicy');
  setDefaultString(retention, 'whenDeleted', 'Retain');
  setDefaultString(retention, 'whenScaled', 'Retain');
  setDefault(spec, 'replicas', 1);
  setDefault(spec, 'revisionHistoryLimit', 10);
  defaultPodTemplate(spec['template']);
  for (const t of objects(spec['volumeClaimTemplates'])) {
    setDefaultString(t, 'apiVersion', 'v1');
    setDefaultString(t, 'kind', 'PersistentVolumeClaim');
    defaultPvcSpec(child(t, 'spec'));
    const status = child(t, 'status');
    setDefaultString(status, 'phase', 'Pending');
  }
}

/** Whether a stored StatefulSet uses `maxUnavailable` (then an update keeps it even with the gate off). */
export function usesMaxUnavailable(obj: Json | undefined): boolean {
  const strategy = rec(rec(obj?.['spec'])?.['updateStrategy']);
  const ru = rec(strategy?.['rollingUpdate']);
  return ru?.['maxUnavailable'] !== undefined && ru['maxUnavailable'] !== null;
}

/** SetDefaults_Deployment: replicas 1, RollingUpdate 25%/25%, revisionHistoryLimit 10, progressDeadlineSeconds 600. */
export function defaultDeployment(obj: Json): void {
  const spec = child(obj, 'spec');
  setDefault(spec, 'replicas', 1);
  const strategy = child(spec, 'strategy');
  setDefaultString(strategy, 'type', 'RollingUpdate');
  if (strategy['type'] === 'RollingUpdate') {
    const ru = child(strategy, 'rollingUpdate');
    setDefault(ru, 'maxUnavailable', '25%');
    setDefault(ru, 'maxSurge', '25%');
  }
  setDefault(spec, 'revisionHistoryLimit', 10);
  setDefault(spec, 'progressDeadlineSeconds', 600);
  defaultPodTemplate(spec['template']);
}

/** SetDefaults_ReplicaSet: replicas 1 (+ pod template defaults). */
export function defaultReplicaSet(obj: Json): void {
  const spec = child(obj, 'spec');
  setDefault(spec, 'replicas', 1);
  if (isRec(spec['template'])) defaultPodTemplate(spec['template']);
}
