// What an endpoints controller knows about one Service between two syncs, like the pod informer's cache and the
// work queue's deltas upstream: the selected pods sorted by IP (ties by namespace/name, the order a stable sort of
// the engine's key-sorted lists gives), kept current from the working copy's record of pod writes
// (engine/work.ts writesSince) instead of selecting and sorting every pod on every sync. Each sync also gets what
// changed since the last one (`delta`), so the controllers can touch only that.
// The tracker lives in the run's cache (one per controller and Service, never at module level); without a cache or a
// write record (a view built by hand in a unit test) every sync selects and sorts again: the same result.
import type { KObject, Pod, Service } from '../../api/types';
import type { ClusterView } from '../types';
import { podEndpointOf, ipNumber, type PodEndpoint } from './podEndpoints';
import { partitionPoint } from '../../util/partitionPoint';
import { cacheTable } from '../../engine/runCache';

/** One selected pod. `derived` is the owning controller's cache of what it builds from the endpoint. */
export class Entry<D> {
  derived: D | undefined = undefined;
  constructor(
    /** `namespace/name` (the pod's key without `Pod/`). */
    readonly sub: string,
    readonly ipNum: number,
    readonly ep: PodEndpoint,
  ) {}
}

export interface Tracked<D> {
  /** The Service object this was last refreshed for. */
  svc: Service & KObject;
  readonly selector: Readonly<Record<string, string>>;
  /** Selected pods, sorted by IP then `sub`. Replaced (never mutated) when anything changes. */
  entries: readonly Entry<D>[];
  readonly bySub: Map<string, Entry<D>>;
  /** Where the pod write record stood at the last refresh (undefined: no record). */
  mark: number | undefined;
}

/** What changed since the last refresh: entries that left (or were replaced) and entries that came. */
export interface Delta<D> {
  /** Everything was selected again (first sync, a new selector, or too much changed): no delta to patch from. */
  readonly full: boolean;
  readonly removed: readonly Entry<D>[];
  readonly added: readonly Entry<D>[];
}

/** Above this many pod writes since the last sync (and an eighth of the selection), selecting again is cheaper. */
const PATCH_LIMIT = 64;

const before = (a: Entry<unknown>, b: Entry<unknown>): boolean => a.ipNum < b.ipNum || (a.ipNum === b.ipNum && a.sub < b.sub);

function lowerBound<D>(entries: readonly Entry<D>[], e: Entry<D>): number {
  return partitionPoint(entries.length, (i) => before(entries[i]!, e));
}

/** The same endpoint as far as any controller reads it (address, conditions, host, target, ports). */
function sameEndpoint(a: PodEndpoint, b: PodEndpoint): boolean {
  return a.ip === b.ip && a.ready === b.ready && a.terminating === b.terminating && a.hostname === b.hostname && a.nodeName === b.nodeName
    && a.pod.metadata.uid === b.pod.metadata.uid && a.pod.spec?.containers === b.pod.spec?.containers;
}

function entryFor<D>(svc: Service & KObject, selector: Readonly<Record<string, string>>, sub: string, pod: KObject, old: Entry<D> | undefined): Entry<D> | undefined {
  const ep = podEndpointOf(svc, selector, pod as Pod & KObject);
  if (!ep) return undefined;
  if (old && sameEndpoint(old.ep, ep)) return old;
  return new Entry<D>(sub, ipNumber(ep.ip), ep);
}

/** Select every pod of the Service's namespace again (old entries kept where the endpoint is the same). */
function selectAll<D>(view: ClusterView, svc: Service & KObject, selector: Readonly<Record<string, string>>, old: Tracked<D> | undefined): Tracked<D> {
  const ns = svc.metadata.namespace ?? '';
  const entries: Entry<D>[] = [];
  const bySub = new Map<string, Entry<D>>();
  for (const pod of view.list('Pod', ns)) {
    const sub = `${pod.metadata.namespace ?? ''}/${pod.metadata.name ?? ''}`;
    const e = entryFor(svc, selector, sub, pod, old?.bySub.get(sub));
    if (!e) continue;
    entries.push(e);
    bySub.set(sub, e);
  }
  entries.sort((a, b) => a.ipNum - b.ipNum); // stable: ties keep list order, which is `sub` order
  return { svc, selector, entries, bySub, mark: view.index?.writeMark('Pod') };
}

/**
 * The Service's selected pods now, and what changed since the last call for the same `table` (one per controller).
 * `table` is the controller's map of trackers by Service key, kept in the run's cache.
 */
export function refresh<D>(view: ClusterView, table: Map<string, Tracked<D>> | undefined, key: string, svc: Service & KObject): { tracked: Tracked<D>; delta: Delta<D> } {
  const selector = svc.spec?.selector ?? {};
  const last = table?.get(key);
  const index = view.index;
  const subs = last && last.selector === selector && last.mark !== undefined && index ? index.writesSince('Pod', last.mark) : undefined;
  if (!last || !subs || (subs.length > PATCH_LIMIT && subs.length * 8 > last.entries.length)) {
    const tracked = selectAll(view, svc, selector, last?.selector === selector ? last : undefined);
    table?.set(key, tracked);
    return { tracked, delta: { full: true, removed: [], added: [] } };
  }
  last.svc = svc;
  last.mark = index!.writeMark('Pod');
  const prefix = `${svc.metadata.namespace ?? ''}/`;
  const removed: Entry<D>[] = [];
  const added: Entry<D>[] = [];
  let entries: Entry<D>[] | undefined;
  const seen = new Set<string>();
  for (const sub of subs) {
    if (!sub.startsWith(prefix) || seen.has(sub)) continue;
    seen.add(sub);
    const old = last.bySub.get(sub);
    const obj = view.get(`Pod/${sub}`);
    if (old && obj === old.ep.pod) continue;
    const now = obj ? entryFor(svc, selector, sub, obj, old) : undefined;
    if (now === old) continue;
    entries ??= last.entries.slice();
    if (old) {
      entries.splice(lowerBound(entries, old), 1);
      last.bySub.delete(sub);
      removed.push(old);
    }
    if (now) {
      entries.splice(lowerBound(entries, now), 0, now);
      last.bySub.set(sub, now);
      added.push(now);
    }
  }
  if (entries) last.entries = entries;
  return { tracked: last, delta: { full: false, removed, added } };
}

/** Sort entries into selection order (IP, then namespace/name). */
export function inSelectionOrder<D>(entries: Entry<D>[]): Entry<D>[] {
  return entries.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}

/** The run's trackers of a controller, by Service key. */
export const trackerTable = <D>(view: ClusterView, id: string): Map<string, Tracked<D>> | undefined =>
  view.memo && cacheTable(view.memo, `trackers\u0000${id}`, () => new Map<string, Tracked<D>>());
