// Pure helpers for the inspector: the frame that last touched an object (its "why"), its events, and the editor
// lines that produced it (the object's own document, or the document of the controller that made it).
import type { ClusterSnapshot, Frame, KObject, KubeEvent } from '../../../sim';
import type { DnsObject } from '../dnsNodes';
import { keyFor } from '../relations';

const spec = (o: KObject) => ((o as { spec?: Record<string, unknown> }).spec ?? {});

/** Keys whose changes explain `obj`: itself; for a DNS name, its Service's EndpointSlices and its pod. */
function touches(obj: KObject, key: string): (c: { key: string; object: KObject }) => boolean {
  if (obj.kind !== 'DNSRecord') return (c) => c.key === key;
  const d = obj as DnsObject;
  const ns = d.metadata.namespace ?? '';
  const pod = d.spec.pod ? keyFor('Pod', ns, d.spec.pod) : undefined;
  return (c) => c.key === pod || c.key === keyFor('Service', ns, d.spec.service)
    || (c.object.kind === 'EndpointSlice' && c.object.metadata.namespace === ns && c.object.metadata.labels?.['kubernetes.io/service-name'] === d.spec.service);
}

/** The latest frame at or before `index` whose changes touch the object, with its index. */
export function lastCause(frames: readonly Frame[], index: number, obj: KObject, key: string): { frame: Frame; index: number; type: string } | undefined {
  const hit = touches(obj, key);
  for (let i = Math.min(index, frames.length - 1); i >= 0; i--) {
    const c = frames[i]!.changes.find(hit);
    if (c) return { frame: frames[i]!, index: i, type: c.type };
  }
  return undefined;
}

/** Kubernetes events about the object (a DNS name: about its pod), newest first. */
export function eventsOf(snapshot: ClusterSnapshot, obj: KObject): KubeEvent[] {
  const target = obj.kind === 'DNSRecord' && (obj as DnsObject).spec.pod
    ? { kind: 'Pod', name: (obj as DnsObject).spec.pod!, namespace: obj.metadata.namespace ?? '' }
    : { kind: obj.kind, name: obj.metadata.name ?? '', namespace: obj.metadata.namespace ?? '' };
  return snapshot.events
    .filter((e) => e.involved.kind === target.kind && e.involved.name === target.name
      && (!target.namespace || !e.involved.namespace || e.involved.namespace === target.namespace))
    .slice().reverse();
}

interface Doc { readonly kind?: string; readonly name?: string; readonly startLine: number; readonly endLine: number }

/** The object that a manifest document would describe for `obj`: walk controller owners, claims and bindings up. */
export function rootCandidates(obj: KObject, objects: ReadonlyMap<string, KObject>): { kind: string; name: string }[] {
  const out: { kind: string; name: string }[] = [];
  let cur: KObject | undefined = obj;
  for (let depth = 0; cur && depth < 6; depth++) {
    out.push({ kind: cur.kind, name: cur.metadata.name ?? '' });
    const ns = cur.metadata.namespace ?? '';
    const owner = cur.metadata.ownerReferences?.find((r) => r.controller);
    if (owner) { cur = objects.get(keyFor(owner.kind, ns, owner.name)); continue; }
    if (cur.kind === 'DNSRecord') { cur = objects.get(keyFor('Service', ns, String(spec(cur).service))); continue; }
    if (cur.kind === 'PersistentVolume') {
      const claim = spec(cur).claimRef as { namespace?: string; name?: string } | undefined;
      cur = claim?.name ? objects.get(keyFor('PersistentVolumeClaim', claim.namespace ?? '', claim.name)) : undefined;
      continue;
    }
    if (cur.kind === 'PersistentVolumeClaim') {
      // A StatefulSet claim is named <template>-<set>-<ordinal>.
      const name = cur.metadata.name ?? '';
      cur = [...objects.values()].find((o) => o.kind === 'StatefulSet' && o.metadata.namespace === ns
        && ((spec(o).volumeClaimTemplates ?? []) as KObject[]).some((t) => new RegExp(`^${t.metadata.name}-${o.metadata.name}-\\d+$`).test(name)));
      continue;
    }
    break;
  }
  return out;
}

/** The first editor document that declares the object or one of its roots. */
export function sourceDoc(docs: readonly Doc[], candidates: readonly { kind: string; name: string }[]): Doc | undefined {
  for (const c of candidates) {
    const doc = docs.find((d) => d.kind === c.kind && d.name === c.name);
    if (doc) return doc;
  }
  return undefined;
}
