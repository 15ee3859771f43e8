// Which objects the graph folds away by default (the `System objects` toggle shows them): the cluster's own
// Services and DNS names (kube-system, the `kubernetes` Service) and a StorageClass that no claim or volume uses.
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
    if (isSystem(o) || (o.kind === 'StorageClass' && !used.has(o.metadata.name ?? ''))) out.add(k);
  }
  return out;
}
