// Resource type resolution and object lookup in a snapshot, as kubectl's RESTMapper and list calls see them.
import type { ClusterSnapshot, KObject, KindName, ResourceInfo } from '../sim/index';
import { findResource, resourceOf } from '../sim/index';

/** A requested type: a served kind, or the Events pseudo-kind (events live outside `objects`). */
export type RequestedType = { readonly kind: KindName; readonly info: ResourceInfo } | { readonly kind: 'Event' };

/** What `kubectl get all` expands to, in kubectl's order (the `all` category, kinds Podium serves). */
export const ALL_CATEGORY: readonly KindName[] = ['Pod', 'ReplicationController', 'Service', 'Deployment', 'ReplicaSet', 'StatefulSet'];

const EVENT_NAMES = new Set(['events', 'event', 'ev', 'events.events.k8s.io']);

/** Resolve one type word (`pods`, `po`, `sts`, `statefulsets.apps`, `StatefulSet`, `ev`). */
export function resolveType(word: string): RequestedType | undefined {
  if (EVENT_NAMES.has(word.toLowerCase())) return { kind: 'Event' };
  const info = findResource(word);
  return info ? { kind: info.kind, info } : undefined;
}

/** Resolve a comma list; `all` expands. Returns the first unknown word on failure. */
export function resolveTypes(list: string): RequestedType[] | { unknown: string } {
  const out: RequestedType[] = [];
  for (const word of list.split(',')) {
    if (word === '') continue;
    if (word.toLowerCase() === 'all') {
      for (const k of ALL_CATEGORY) out.push({ kind: k, info: resourceOf(k) });
      continue;
    }
    const t = resolveType(word);
    if (!t) return { unknown: word };
    if (!out.some((o) => o.kind === t.kind)) out.push(t);
  }
  return out;
}

export function isNamespaced(kind: KindName): boolean {
  return resourceOf(kind).namespaced;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sort by namespace, then name (byte order, so `web-10` < `web-2`). */
export function sortObjects(objs: KObject[]): KObject[] {
  return objs.sort((a, b) => cmp(a.metadata.namespace ?? '', b.metadata.namespace ?? '') || cmp(a.metadata.name ?? '', b.metadata.name ?? ''));
}

/** Objects of a kind; in one namespace unless `namespace` is undefined or the kind is cluster-scoped. */
export function listObjects(snapshot: ClusterSnapshot, kind: KindName, namespace: string | undefined): KObject[] {
  const all = Object.values(snapshot.objects[kind] ?? {});
  const inNs = namespace === undefined || !isNamespaced(kind) ? all : all.filter((o) => (o.metadata.namespace ?? '') === namespace);
  return sortObjects([...inNs]);
}

export function getObject(snapshot: ClusterSnapshot, kind: KindName, namespace: string, name: string): KObject | undefined {
  const key = isNamespaced(kind) ? `${namespace}/${name}` : `/${name}`;
  return snapshot.objects[kind]?.[key];
}
