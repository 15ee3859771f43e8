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
  const a = key.indexOf('/');
  if (a < 0) return { kind: key as KindName, namespace: '', name: '' };
  const b = key.indexOf('/', a + 1);
  if (b < 0) return { kind: key.slice(0, a) as KindName, namespace: key.slice(a + 1), name: '' };
  return { kind: key.slice(0, a) as KindName, namespace: key.slice(a + 1, b), name: key.slice(b + 1) };
}

export function keyOfRef(ref: ObjectRef): ObjectKey {
  return objectKey(ref.kind, ref.namespace, ref.name);
}

export function kindOfKey(key: ObjectKey): KindName {
  return key.slice(0, key.indexOf('/')) as KindName;
}
