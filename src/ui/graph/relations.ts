// Which graph objects are connected, and how: owner, claim, bound, provisioned-by, selects, and for DNS names
// (pseudo-objects of kind DNSRecord, see dnsNodes.ts) dns (Service → its name) and resolves-to (name → Pod);
// `uses` from a ConfigMap or Secret to each pod that mounts it or reads it into its environment (volumes,
// projected volumes, env valueFrom, envFrom; init containers too); `guards` from a PodDisruptionBudget to the
// pods its selector picks.
import { selectorMatches, type KObject } from '../../sim';

export const GRAPH_KINDS = [
  'Service', 'StatefulSet', 'Deployment', 'ReplicaSet', 'ReplicationController', 'Pod', 'PersistentVolumeClaim', 'StorageClass', 'PersistentVolume', 'Node',
  'ConfigMap', 'Secret', 'PodDisruptionBudget',
] as const;
export type GraphKind = (typeof GRAPH_KINDS)[number] | 'DNSRecord';
const NAMESPACED: Record<GraphKind, boolean> = {
  Service: true, DNSRecord: true, StatefulSet: true, Deployment: true, ReplicaSet: true, ReplicationController: true, Pod: true, PersistentVolumeClaim: true,
  StorageClass: false, PersistentVolume: false, Node: false, ConfigMap: true, Secret: true, PodDisruptionBudget: true,
};

export type RelationKind = 'owner' | 'claim' | 'bound' | 'provisioned-by' | 'selects' | 'dns' | 'resolves-to' | 'uses' | 'guards';
export interface Relation {
  readonly id: string;
  readonly kind: RelationKind;
  readonly source: string;
  readonly target: string;
  /** Shown on the edge: the IP a DNS name resolves to. */
  readonly label?: string;
}

export const keyFor = (kind: string, namespace: string, name: string) =>
  `${kind}/${NAMESPACED[kind as GraphKind] === false ? '' : namespace}/${name}`;

/** Each object version's key (objects are immutable and shared between frames; a key is three strings joined). */
const keys = new WeakMap<KObject, string>();
const keyOfObject = (kind: string, obj: KObject): string => {
  let key = keys.get(obj);
  if (key === undefined) keys.set(obj, (key = keyFor(kind, obj.metadata.namespace ?? '', obj.metadata.name ?? '')));
  return key;
};
/** The sorted ids of a kind's record (records of kinds no frame touched are shared between snapshots). */
const sortedIds = new WeakMap<object, string[]>();

/** The graph's objects in a snapshot's `objects` map, by key, in a stable order. */
export function graphObjects(objects: Readonly<Record<string, Readonly<Record<string, KObject>> | undefined>>): Map<string, KObject> {
  const out = new Map<string, KObject>();
  for (const kind of GRAPH_KINDS) {
    const byName = objects[kind];
    if (!byName) continue;
    let ids = sortedIds.get(byName);
    if (!ids) sortedIds.set(byName, (ids = Object.keys(byName).sort()));
    for (const id of ids) {
      const obj = byName[id]!;
      out.set(keyOfObject(kind, obj), obj);
    }
  }
  return out;
}

type Loose = { readonly [k: string]: unknown };
const get = (o: unknown, ...path: string[]): unknown => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Loose)[k] : undefined), o);

function matches(selector: unknown, labels: unknown): boolean {
  if (!selector || typeof selector !== 'object') return false;
  const entries = Object.entries(selector as Record<string, string>);
  if (entries.length === 0) return false;
  const l = (labels ?? {}) as Record<string, string>;
  return entries.every(([k, v]) => l[k] === v);
}

const list = (v: unknown): Loose[] => (Array.isArray(v) ? v as Loose[] : []);

/** The ConfigMaps and Secrets a pod spec refers to (volumes, projected sources, env, envFrom), as [kind, name]. */
export function podConfigRefs(podSpec: unknown): [kind: 'ConfigMap' | 'Secret', name: string][] {
  const out: [kind: 'ConfigMap' | 'Secret', name: string][] = [];
  const cm = (name: unknown) => { if (typeof name === 'string' && name) out.push(['ConfigMap', name]); };
  const secret = (name: unknown) => { if (typeof name === 'string' && name) out.push(['Secret', name]); };
  for (const v of list(get(podSpec, 'volumes'))) {
    cm(get(v, 'configMap', 'name'));
    secret(get(v, 'secret', 'secretName'));
    for (const src of list(get(v, 'projected', 'sources'))) { cm(get(src, 'configMap', 'name')); secret(get(src, 'secret', 'name')); }
  }
  for (const c of [...list(get(podSpec, 'initContainers')), ...list(get(podSpec, 'containers'))]) {
    for (const e of list(get(c, 'env'))) { cm(get(e, 'valueFrom', 'configMapKeyRef', 'name')); secret(get(e, 'valueFrom', 'secretKeyRef', 'name')); }
    for (const e of list(get(c, 'envFrom'))) { cm(get(e, 'configMapRef', 'name')); secret(get(e, 'secretRef', 'name')); }
  }
  return out;
}

/** The Services and PodDisruptionBudgets a pod's `selects` and `guards` relations are computed against. */
export interface Selectors { readonly services: readonly (readonly [string, KObject])[]; readonly budgets: readonly (readonly [string, KObject])[] }
const sameEntries = (a: Selectors['services'], b: Selectors['services']) =>
  a.length === b.length && a.every(([k, o], i) => b[i]![0] === k && b[i]![1] === o);

/** The last few sets of selectors, newest first (a new object when a Service or budget changes: every relation
 * cached against another set is then recomputed). */
const recentSelectors: Selectors[] = [];
/** Per object version (objects are immutable: an unchanged object is the same one from frame to frame): its
 * relations as source or owner-target, computed once per set of selectors. A frame of a 1,000-pod rollout then
 * builds no relation ids and matches no selectors for the objects that did not change. GC-bounded. */
const perSelectors = new WeakMap<Selectors, WeakMap<KObject, { key: string; relations: readonly Relation[] }>>();

/** The relations of one object, whether or not their other end is in the graph (the caller checks). */
function relationsOfObject(key: string, obj: KObject, { services, budgets }: Selectors): Relation[] {
  const out: Relation[] = [];
  const add = (kind: RelationKind, source: string, target: string, label?: string) => {
    out.push({ id: `${kind}:${source}->${target}`, kind, source, target, ...(label ? { label } : {}) });
  };
  const ns = obj.metadata.namespace ?? '';
  for (const ref of obj.metadata.ownerReferences ?? []) {
    if (ref.controller) add('owner', keyFor(ref.kind, ns, ref.name), key);
  }
  if (obj.kind === 'Pod') {
    const volumes = (get(obj, 'spec', 'volumes') ?? []) as Loose[];
    for (const v of Array.isArray(volumes) ? volumes : []) {
      const claim = get(v, 'persistentVolumeClaim', 'claimName');
      if (typeof claim === 'string') add('claim', key, keyFor('PersistentVolumeClaim', ns, claim));
    }
    for (const [skey, svc] of services) {
      if ((svc.metadata.namespace ?? '') === ns && matches(get(svc, 'spec', 'selector'), obj.metadata.labels)) add('selects', skey, key);
    }
    const seen = new Set<string>();
    for (const [kind, name] of podConfigRefs(get(obj, 'spec'))) {
      const source = keyFor(kind, ns, name);
      if (!seen.has(source)) { seen.add(source); add('uses', source, key); }
    }
    for (const [bkey, pdb] of budgets) {
      // A PDB's selector is a full label selector; an empty one selects every pod of its namespace (policy/v1).
      const selector = get(pdb, 'spec', 'selector') as Parameters<typeof selectorMatches>[0];
      if ((pdb.metadata.namespace ?? '') === ns && selector && selectorMatches(selector, obj.metadata.labels ?? {})) add('guards', bkey, key);
    }
  }
  if (obj.kind === 'PersistentVolumeClaim') {
    const volume = get(obj, 'spec', 'volumeName');
    if (typeof volume === 'string' && volume) add('bound', key, keyFor('PersistentVolume', '', volume));
  }
  if (obj.kind === 'DNSRecord') {
    const service = get(obj, 'spec', 'service');
    const pod = get(obj, 'spec', 'pod');
    const ips = get(obj, 'status', 'ips');
    if (typeof service === 'string') add('dns', keyFor('Service', ns, service), key);
    if (typeof pod === 'string') add('resolves-to', key, keyFor('Pod', ns, pod), Array.isArray(ips) ? ips.join(', ') : undefined);
  }
  if (obj.kind === 'PersistentVolume') {
    const sc = get(obj, 'spec', 'storageClassName');
    if (typeof sc === 'string' && sc) add('provisioned-by', keyFor('StorageClass', '', sc), key);
  }
  return out;
}

/** Per key, the relations of its last version: a new version with the same relations (a pod's status changed,
 * not its owner, claims or labels) gets the same array and Relation objects, so edges keep their identity. Bounded
 * by the keys a session ever shows. */
const lastOfKey = new Map<string, readonly Relation[]>();
const sameRelations = (a: readonly Relation[], b: readonly Relation[]) =>
  a.length === b.length && a.every((r, i) => r.id === b[i]!.id && r.label === b[i]!.label);

/** The last call: the same objects map (snapshotObjects returns it again for an unchanged graph) gives the same list. */
let lastCall: { objects: ReadonlyMap<string, KObject>; size: number; selectors: Selectors; out: Relation[] } | null = null;

/** The relations between these objects. Relation objects are stable: the same relation (id and label) is the same
 * object from call to call. */
/** The Services and budgets among these objects, in their order: the same object while they are the same (every
 * cached relation is computed against one; a new one makes them stale). */
export function selectorsOf(objects: Iterable<readonly [string, KObject]>): Selectors {
  const services: [string, KObject][] = [];
  const budgets: [string, KObject][] = [];
  for (const [key, obj] of objects) {
    if (obj.kind === 'Service') services.push([key, obj]);
    else if (obj.kind === 'PodDisruptionBudget') budgets.push([key, obj]);
  }
  // The graph's snapshot and the layout's objects ever seen list the same Services in different orders (and the
  // layout may hold gone ones): keep a few recent sets, so the two do not make each other's cached relations stale.
  const known = recentSelectors.find((x) => sameEntries(services, x.services) && sameEntries(budgets, x.budgets));
  if (known) return known;
  const made: Selectors = { services, budgets };
  recentSelectors.unshift(made);
  if (recentSelectors.length > 4) recentSelectors.pop();
  return made;
}

/** One object's relations against these selectors, whether or not their other end is there (the caller checks). */
export function objectRelations(key: string, obj: KObject, current: Selectors): readonly Relation[] {
  let perObject = perSelectors.get(current);
  if (!perObject) perSelectors.set(current, (perObject = new WeakMap()));
  const hit = perObject.get(obj);
  if (hit && hit.key === key) return hit.relations;
  let relations: readonly Relation[] = relationsOfObject(key, obj, current);
  const before = lastOfKey.get(key);
  if (before && sameRelations(before, relations)) relations = before;
  else lastOfKey.set(key, relations);
  perObject.set(obj, { key, relations });
  return relations;
}

export function relationsOf(objects: ReadonlyMap<string, KObject>): Relation[] {
  const current = selectorsOf(objects);
  if (lastCall && lastCall.objects === objects && lastCall.size === objects.size && lastCall.selectors === current) return lastCall.out;
  const out: Relation[] = [];
  for (const [key, obj] of objects) {
    for (const r of objectRelations(key, obj, current)) if (objects.has(r.source) && objects.has(r.target)) out.push(r);
  }
  lastCall = { objects, size: objects.size, selectors: current, out };
  return out;
}
