// The object shapes this controller works with: the kubernetes-types shapes, with metadata present (every stored
// object has it), plus casts between them and the engine's untyped KObject.
import type {
  ControllerRevision as KControllerRevision, KObject, ObjectMeta, OwnerReference, PersistentVolumeClaim as KClaim,
  Pod as KPod, StatefulSet as KStatefulSet,
} from '../../api/types';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';

export type { ObjectMeta, OwnerReference, PodTemplateSpec };
export type StatefulSet = KStatefulSet & { readonly metadata: ObjectMeta };
export type Pod = KPod & { readonly metadata: ObjectMeta };
export type PersistentVolumeClaim = KClaim & { readonly metadata: ObjectMeta };
export type ControllerRevision = KControllerRevision & { readonly metadata: ObjectMeta };

/** View an engine object as a typed Kubernetes object (the engine stores plain JSON of these shapes). */
export function typed<T>(obj: KObject): T {
  return obj as unknown as T;
}

/** Hand a typed object back to the engine. */
export function untyped(obj: StatefulSet | Pod | PersistentVolumeClaim | ControllerRevision): KObject {
  return obj as unknown as KObject;
}
