// Which objects the graph folds away by default (the `System objects` toggle shows them): the cluster's own
// Services and DNS names (kube-system, the `kubernetes` Service), a StorageClass that no claim or volume uses, and
// the `kube-root-ca.crt` ConfigMap a real cluster puts in every namespace (for service account tokens).
import type { KObject } from '../../sim';
import { isSystem } from './dnsNodes';

const classOf = (o: KObject): unknown => (o as { spec?: { storageClassName?: unknown } }).spec?.storageClassName;

/** Keys of the objects folded away: system objects, and StorageClasses no claim or volume names. */
export function foldedKeys(objects: ReadonlyMap<string, KObject>): Set<string> {
  const used = new Set<string>();
  for (const o of objects.values()) {
    if (o.kind !== 'PersistentVolumeClaim' && o.kind !== 'PersistentVolume') continue;
    const sc = classOf(o);
    if (typeof sc === 'string' && sc) used.add(sc);
  }
  const out = new Set<string>();
  for (const [k, o] of objects) {
    if (isSystem(o) || (o.kind === 'StorageClass' && !used.has(o.metadata.name ?? ''))
      || (o.kind === 'ConfigMap' && o.metadata.name === 'kube-root-ca.crt')) out.add(k);
  }
  return out;
}
