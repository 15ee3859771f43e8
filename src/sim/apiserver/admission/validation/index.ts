// Validation dispatch by kind, for create and update. Each kind's rules live in their own module.
import type { FieldCause } from '../../../api/errors';
import type { KObject } from '../../../api/types';
import type { ClusterView } from '../../../controllers/types';
import { configMapFields, secretFields, validateDataKeys } from './configValidation';
import { validateDeploymentSpec, validateReplicaSetSpec, validateSelectorImmutable } from './deploymentValidation';
import { validateMetaCreate, validateMetaUpdate } from './metaValidation';
import { validatePodSpec, validatePodUpdate } from './podValidation';
import { validateReplicationControllerSpec } from './replicationControllerValidation';
import { validateServiceSpec, validateServiceUpdate } from './serviceValidation';
import { validateStatefulSetSpec, validateStatefulSetUpdate } from './statefulSetValidation';
import { validatePvcUpdate, validatePvUpdate, validateStorageClassUpdate } from './storageUpdate';
import { validatePvcSpec, validatePvSpec, validateStorageClass } from './storageValidation';

function validateSpec(obj: KObject, view: ClusterView): FieldCause[] {
  switch (obj.kind) {
    case 'StatefulSet': return validateStatefulSetSpec(obj.spec);
    case 'Deployment': return validateDeploymentSpec(obj.spec);
    case 'ReplicaSet': return validateReplicaSetSpec(obj.spec);
    case 'ReplicationController': return validateReplicationControllerSpec(obj.spec);
    case 'Pod': return validatePodSpec(obj.spec, 'spec');
    case 'Service': return validateServiceSpec(obj, view.list('Service'));
    case 'PersistentVolumeClaim': return validatePvcSpec(obj.spec);
    case 'PersistentVolume': return validatePvSpec(obj.spec);
    case 'StorageClass': return validateStorageClass(obj);
    case 'ConfigMap': return validateDataKeys(obj, configMapFields);
    case 'Secret': return validateDataKeys(obj, secretFields);
    default: return [];
  }
}

/** All causes for creating `obj` (already defaulted). */
export function validateCreate(obj: KObject, view: ClusterView): FieldCause[] {
  return [...validateMetaCreate(obj), ...validateSpec(obj, view)];
}

/** All causes for updating `old` to `obj` (already defaulted), in upstream order: metadata, spec, immutability. */
export function validateUpdate(obj: KObject, old: KObject, view: ClusterView): FieldCause[] {
  const meta = validateMetaUpdate(obj, old);
  switch (obj.kind) {
    case 'StatefulSet': return [...meta, ...validateStatefulSetUpdate(obj.spec, old.spec)];
    case 'Deployment': return [...meta, ...validateDeploymentSpec(obj.spec), ...validateSelectorImmutable(obj.spec, old.spec)];
    case 'ReplicaSet': return [...meta, ...validateReplicaSetSpec(obj.spec), ...validateSelectorImmutable(obj.spec, old.spec)];
    case 'Pod': return [...meta, ...validatePodSpec(obj.spec, 'spec'), ...validatePodUpdate(obj.spec, old.spec)];
    case 'Service': return [...meta, ...validateServiceSpec(obj, view.list('Service')), ...validateServiceUpdate(obj.spec, old.spec)];
    case 'PersistentVolumeClaim': return [...meta, ...validatePvcSpec(obj.spec), ...validatePvcUpdate(obj, old)];
    case 'PersistentVolume': return [...meta, ...validatePvSpec(obj.spec), ...validatePvUpdate(obj, old)];
    case 'StorageClass': return [...meta, ...validateStorageClass(obj), ...validateStorageClassUpdate(obj, old)];
    default: return [...meta, ...validateSpec(obj, view)];
  }
}
