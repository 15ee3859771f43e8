// The subsets of a Service's Endpoints object (endpoints_controller.go syncService: ready pods in `addresses`, the
// rest in `notReadyAddresses`, one subset per port set; deviation: subsets are not repacked by address), built from
// the tracker's selected endpoints (sorted by IP). Between two syncs of the same Service only the tracker's delta is
// spliced into the last sync's groups (kept in the run's cache), so a sync costs what changed plus copying the
// arrays that changed, not a pass over every pod. Without that state (first sync, a full reselection, another port
// list or publishNotReadyAddresses, no run cache) the subsets are built from scratch: the same result.
import type { Service } from '../../api/types';
import type { RunCache } from '../../engine/runCache';
import { cacheTable } from '../../engine/runCache';
import { partitionPoint } from '../../util/partitionPoint';
import { resolveTargetPort, type PodEndpoint } from './podEndpoints';
import type { Delta, Entry, Tracked } from './tracker';

export type Address = { ip: string; hostname?: string; nodeName?: string; targetRef: { kind: 'Pod'; namespace: string; name: string; uid: string } };

/** What this controller builds from one endpoint: its address and label, and its ports for one service's port list. */
export class Built {
  readonly label: string;
  readonly ready: boolean;
  readonly terminating: boolean;
  portsSpec: unknown = undefined;
  ports: unknown[] = [];
  portsId: string | undefined = undefined;
  /** In the subsets built when it came: its place among the ready addresses (its group's rank, then its place in the group). */
  rank = 0;
  /** The pod's containers (what its ports were resolved from). */
  readonly containers: unknown;
  constructor(ep: PodEndpoint, readonly address: Address) {
    this.containers = ep.pod.spec?.containers;
    this.label = `${address.targetRef.name} (${address.ip})`;
    this.ready = ep.ready;
    this.terminating = ep.terminating;
  }
}

function newAddress(e: PodEndpoint): Address {
  return {
    ip: e.ip, ...(e.hostname ? { hostname: e.hostname } : {}), ...(e.nodeName ? { nodeName: e.nodeName } : {}),
    targetRef: { kind: 'Pod', namespace: e.pod.metadata.namespace ?? '', name: e.pod.metadata.name ?? '', uid: e.pod.metadata.uid ?? '' },
  };
}

export const built = (e: Entry<Built>): Built => (e.derived ??= new Built(e.ep, newAddress(e.ep)));

/** The endpoint's ports for the service's port list (FindPort for each), with their identity as a string in `portsId`. */
function withPorts(svc: Service, e: Entry<Built>): Built {
  const b = built(e);
  const spec = svc.spec?.ports;
  if (b.portsId === undefined || b.portsSpec !== spec) {
    const ports = (spec ?? []).flatMap((p) => {
      const port = resolveTargetPort(e.ep.pod, p.targetPort, p.port);
      return port === undefined ? [] : [{ ...(p.name ? { name: p.name } : {}), port, protocol: p.protocol ?? 'TCP' }];
    });
    b.portsSpec = spec;
    b.ports = ports;
    b.portsId = JSON.stringify(ports);
  }
  return b;
}

/** One subset: its endpoints (selection order) in `addresses` and `notReadyAddresses`, each list beside its entries. */
interface Group {
  readonly ports: unknown[];
  ready: Entry<Built>[];
  addresses: Address[];
  notReady: Entry<Built>[];
  notReadyAddresses: Address[];
  /** The subset object last built from this group (undefined: changed since). */
  subset: unknown;
}

/** The last sync's groups for a Service, valid for `tracked` in the state it had then. */
interface Kept {
  readonly tracked: Tracked<Built>;
  readonly spec: unknown;
  readonly publishAll: boolean;
  readonly groups: Map<string, Group>;
  /** Groups in subset order. */
  order: Group[];
  subsets: unknown[];
}

const before = (a: Entry<unknown>, b: Entry<unknown>): boolean => a.ipNum < b.ipNum || (a.ipNum === b.ipNum && a.sub < b.sub);
const lowerBound = (list: readonly Entry<Built>[], e: Entry<Built>): number => partitionPoint(list.length, (i) => before(list[i]!, e));

function subsetOf(g: Group): unknown {
  return (g.subset ??= {
    ...(g.addresses.length ? { addresses: g.addresses } : {}),
    ...(g.notReadyAddresses.length ? { notReadyAddresses: g.notReadyAddresses } : {}),
    ...(g.ports.length ? { ports: g.ports } : {}),
  });
}

/** Every group from scratch; each ready endpoint's `rank` set. */
function buildAll(svc: Service, entries: readonly Entry<Built>[], publishAll: boolean): { groups: Map<string, Group>; order: Group[] } {
  const spec = svc.spec?.ports;
  const groups = new Map<string, Group>();
  const order: Group[] = [];
  let lastId: string | undefined;
  let last: Group | undefined;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    let b = e.derived;
    if (b === undefined || b.portsId === undefined || b.portsSpec !== spec) b = withPorts(svc, e);
    if (b.terminating && !publishAll) continue;
    const id = b.portsId!;
    let g = lastId === id ? last : groups.get(id);
    if (!g) {
      g = { ports: b.ports, ready: [], addresses: [], notReady: [], notReadyAddresses: [], subset: undefined };
      groups.set(id, g);
      order.push(g);
    }
    lastId = id;
    last = g;
    if (b.ready || publishAll) {
      b.rank = (order.length - 1) * 2 ** 32 + g.addresses.length;
      g.ready.push(e);
      g.addresses.push(b.address);
    } else {
      g.notReady.push(e);
      g.notReadyAddresses.push(b.address);
    }
  }
  return { groups, order };
}

/** The first endpoint of a group in selection order. */
function firstOf(g: Group): Entry<Built> {
  const r = g.ready[0];
  const n = g.notReady[0];
  return r === undefined ? n! : n === undefined ? r : before(r, n) ? r : n;
}

/**
 * Splice the delta into the kept groups (copying each changed group's arrays once: stored objects are never
 * mutated). False when the kept state does not hold a removed endpoint where it should (then build from scratch).
 */
function splice(svc: Service, kept: Kept, delta: Delta<Built>): boolean {
  const { publishAll, groups } = kept;
  // Each list (with its addresses) is copied once, when it first changes.
  const changed = new Set<Group>();
  const copied = new Set<Entry<Built>[]>();
  const own = (g: Group, ready: boolean): void => {
    changed.add(g);
    g.subset = undefined;
    const list = ready ? g.ready : g.notReady;
    if (copied.has(list)) return;
    if (ready) {
      g.ready = g.ready.slice();
      g.addresses = g.addresses.slice();
      copied.add(g.ready);
    } else {
      g.notReady = g.notReady.slice();
      g.notReadyAddresses = g.notReadyAddresses.slice();
      copied.add(g.notReady);
    }
  };
  const replaced = new Map<string, Built>();
  for (const e of delta.removed) {
    const b = e.derived;
    if (b === undefined || b.portsId === undefined || b.portsSpec !== kept.spec) return false;
    if (b.terminating && !publishAll) continue;
    const g0 = groups.get(b.portsId);
    if (!g0) return false;
    const inReady = b.ready || publishAll;
    const list = inReady ? g0.ready : g0.notReady;
    const at = lowerBound(list, e);
    if (list[at] !== e) return false;
    replaced.set(e.sub, b);
    own(g0, inReady);
    (inReady ? g0.ready : g0.notReady).splice(at, 1);
    (inReady ? g0.addresses : g0.notReadyAddresses).splice(at, 1);
  }
  let newGroups = false;
  const placedReady: Entry<Built>[] = [];
  for (const e of delta.added) {
    // The same pod's ports carry over when its containers did not change (FindPort reads only them).
    const was = e.derived === undefined ? replaced.get(e.sub) : undefined;
    if (was && was.containers === e.ep.pod.spec?.containers) {
      const b = built(e);
      b.portsSpec = was.portsSpec;
      b.ports = was.ports;
      b.portsId = was.portsId;
    }
    const b = withPorts(svc, e);
    if (b.terminating && !publishAll) continue;
    let g = groups.get(b.portsId!);
    if (!g) {
      g = { ports: b.ports, ready: [], addresses: [], notReady: [], notReadyAddresses: [], subset: undefined };
      groups.set(b.portsId!, g);
      newGroups = true;
    }
    const inReady = b.ready || publishAll;
    own(g, inReady);
    const list = inReady ? g.ready : g.notReady;
    const at = lowerBound(list, e);
    list.splice(at, 0, e);
    (inReady ? g.addresses : g.notReadyAddresses).splice(at, 0, b.address);
    if (inReady) placedReady.push(e);
  }
  if (!changed.size) return true;
  let emptied = false;
  for (const [id, g] of groups) {
    if (g.ready.length || g.notReady.length) continue;
    groups.delete(id);
    emptied = true;
  }
  const order = newGroups || emptied || kept.order.length > 1
    ? inOrder([...groups.values()])
    : kept.order;
  const ranked = new Map<Group, number>();
  order.forEach((g, i) => ranked.set(g, i));
  for (const e of placedReady) {
    const b = e.derived!;
    const g = groups.get(b.portsId!)!;
    b.rank = ranked.get(g)! * 2 ** 32 + lowerBound(g.ready, e);
  }
  kept.order = order;
  kept.subsets = order.map(subsetOf);
  return true;
}

const inOrder = (gs: Group[]): Group[] => gs.sort((a, b) => (before(firstOf(a), firstOf(b)) ? -1 : 1));

/** The run's kept groups, by Service key. */
const keptTable = (memo: RunCache | undefined): Map<string, Kept> | undefined =>
  memo && cacheTable(memo, 'endpoint-controller/subsets', () => new Map<string, Kept>());

/** The subsets for the Service's selected endpoints now (`tracked` just refreshed, `delta` what that changed). */
export function subsetsFor(memo: RunCache | undefined, key: string, svc: Service, tracked: Tracked<Built>, delta: Delta<Built>): unknown[] {
  const table = keptTable(memo);
  const spec = svc.spec?.ports;
  const publishAll = svc.spec?.publishNotReadyAddresses === true;
  const kept = table?.get(key);
  if (kept && !delta.full && kept.tracked === tracked && kept.spec === spec && kept.publishAll === publishAll && splice(svc, kept, delta)) return kept.subsets;
  const { groups, order } = buildAll(svc, tracked.entries, publishAll);
  const subsets = order.map(subsetOf);
  table?.set(key, { tracked, spec, publishAll, groups, order, subsets });
  return subsets;
}

/** Forget a Service's kept groups (the Service is gone). */
export function forgetSubsets(memo: RunCache | undefined, key: string): void {
  keptTable(memo)?.delete(key);
}
