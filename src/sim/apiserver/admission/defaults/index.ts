// Defaulting dispatch by kind: the scheme defaulters plus the mutating admission plugins of a default cluster.
import type { KObject } from '../../../api/types';
import type { ClusterView } from '../../../controllers/types';
import { rec, objects, type Json } from '../util';
import { defaultDeployment, defaultReplicaSet, defaultStatefulSet, MAX_UNAVAILABLE_GATE, usesMaxUnavailable } from './appsDefaults';
import { defaultNamespace, defaultSecret, defaultService } from './coreDefaults';
import { defaultPod } from './podDefaults';
import { defaultReplicationController } from './replicationControllerDefaults';
import { defaultPv, defaultPvc, defaultPvcSpec, defaultStorageClass } from './storageDefaults';

/** Whether the MaxUnavailableStatefulSet feature gate is on (off by default in v1.34). */
export function maxUnavailableGate(view: ClusterView): boolean {
  return view.config.featureGates[MAX_UNAVAILABLE_GATE] === true;
}

/**
 * Apply defaults to `obj` in place. `old` is the stored object on update (admission plugins that only act on
 * create — DefaultStorageClass, protection finalizers — are skipped then).
 */
export function applyDefaults(obj: Json, view: ClusterView, old?: KObject): void {
  switch (obj['kind']) {
    case 'StatefulSet': return defaultStatefulSet(obj, maxUnavailableGate(view), usesMaxUnavailable(old as Json | undefined));
    case 'Deployment': return defaultDeployment(obj);
    case 'ReplicaSet': return defaultReplicaSet(obj);
    case 'Pod': return defaultPod(obj);
    case 'ReplicationController': return defaultReplicationController(obj);
    case 'Service':
      defaultService(obj);
      if (old) dropTypeDependentFields(obj, old);
      return;
    case 'PersistentVolumeClaim':
      if (old) return defaultPvcSpec(rec(obj['spec']) ?? {});
      return defaultPvc(obj, view.list('StorageClass'));
    case 'PersistentVolume':
      if (old) return;
      return defaultPv(obj);
    case 'StorageClass': return defaultStorageClass(obj);
    case 'Namespace': return defaultNamespace(obj);
    case 'Secret': return defaultSecret(obj);
    default: return;
  }
}

/** Service strategy dropTypeDependentFields: leaving NodePort/LoadBalancer clears the unchanged node ports. */
function dropTypeDependentFields(obj: Json, old: KObject): void {
  const spec = rec(obj['spec']);
  const oldSpec = rec(old.spec);
  if (!spec || !oldSpec) return;
  const wasNodePort = oldSpec['type'] === 'NodePort' || oldSpec['type'] === 'LoadBalancer';
  const isNodePort = spec['type'] === 'NodePort' || spec['type'] === 'LoadBalancer';
  if (!wasNodePort || isNodePort) return;
  const oldPorts = objects(oldSpec['ports']);
  objects(spec['ports']).forEach((p, i) => {
    if (p['nodePort'] !== undefined && p['nodePort'] === oldPorts[i]?.['nodePort']) delete p['nodePort'];
  });
  if (spec['externalTrafficPolicy'] === oldSpec['externalTrafficPolicy']) delete spec['externalTrafficPolicy'];
}
