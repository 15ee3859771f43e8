// Object keys: `Kind/namespace/name` (namespace empty for cluster-scoped kinds).
import type { KObject, KindName, ObjectKey } from './types';
import { resourceOf } from './resources';
import type { ObjectRef } from '../engine/types';

export function objectKey(kind: KindName, namespace: string, name: string): ObjectKey {
  return `${kind}/${resourceOf(kind).namespaced ? namespace : ''}/${name}`;
}

export function keyOf(obj: KObject): ObjectKey {
  return objectKey(obj.kind as KindName, obj.metadata.namespace ?? '', obj.metadata.name ?? '');
}

export function refOfKey(key: ObjectKey): ObjectRef {
  const [kind, namespace, ...rest] = key.split('/');
  return { kind: kind as KindName, namespace: namespace ?? '', name: rest.join('/') };
}

export function keyOfRef(ref: ObjectRef): ObjectKey {
  return objectKey(ref.kind, ref.namespace, ref.name);
}

export function kindOfKey(key: ObjectKey): KindName {
  return key.slice(0, key.indexOf('/')) as KindName;
}
