// Podium-specific speed-up (no upstream counterpart): a Service's selected pods sorted by IP, kept from the last
// sync and patched with the pods that changed since, instead of selecting and sorting every pod again. The answer
// is always what a stable sort of the selected pods by IP gives: ties on IP keep list order, which for a list sorted
// by namespace/name (as the engine's lists are, and as is checked here) is that order. Otherwise everything is
// sorted again. A pure cache: disposable, keyed by the objects themselves (never mutated).
import type { KObject } from '../../api/types';
import { CHUNK, chunked } from '../../util/chunkMemo';
import { memoTable, type MemoStore } from '../../util/memoStore';

/** One selected pod: its IP as a number, its place in list order and what the caller selected it as. */
export interface Selected<E> {
  readonly ipNum: number;
  readonly order: string;
  readonly entry: E;
}

/** One chunk's selected pods, and whether all its pods are in strictly increasing namespace/name order. */
interface Chunk<E> {
  readonly selected: readonly Selected<E>[];
  readonly ordered: boolean;
}

interface Memo<E> {
  readonly params: string;
  readonly same: unknown;
  readonly chunks: readonly Chunk<E>[];
  /** Sorted by IP, ties by `order`: true when the list it came from was in order (so list order = `order`). */
  readonly ordered: boolean;
  readonly sorted: readonly Selected<E>[];
  readonly out: readonly E[];
  /** Where the write feed stood when this result was made (absent: no feed). */
  readonly feedMark?: number;
  /** True when `sorted` was patched from the feed, so `chunks` no longer describe it. */
  readonly viaFeed?: boolean;
  /** `sorted` by order, kept with it on the feed path. */
  readonly byOrder?: Map<string, Selected<E>>;
}

/** The run's record of written pods (engine/work.ts writesSince): lets a sync look at what changed, not at every pod. */
export interface WriteFeed {
  /** The feed's position now. */
  mark(): number;
  /** `namespace/name` of the pods written since `mark`, in order (repeats possible); undefined when no longer known. */
  since(mark: number): readonly string[] | undefined;
}


const orderOf = (o: KObject): string => `${o.metadata.namespace ?? ''}/${o.metadata.name ?? ''}`;

const before = <E>(a: Selected<E>, b: Selected<E>): boolean => a.ipNum < b.ipNum || (a.ipNum === b.ipNum && a.order < b.order);

/**
 * The entries `select` gives for `pods` (null: not selected), sorted by IP, ties in list order. `id`, `params` and
 * `same` (compared by identity) name everything besides the pod that `select` reads. Do not mutate the result.
 */
export function selectSorted<E>(store: MemoStore | undefined, id: string, params: string, same: unknown, pods: readonly KObject[], select: (o: KObject) => { ipNum: number; entry: E } | null, feed?: WriteFeed): readonly E[] {
  const slot = memoTable<{ m?: Memo<E> }>(store, `selectSorted\u0000${id}`, () => ({}));
  const last = slot.m;
  if (feed && last?.feedMark !== undefined && last.ordered && last.params === params && last.same === same) {
    const subs = feed.since(last.feedMark);
    if (subs && subs.length * 8 <= pods.length + 64) return patchFromFeed(slot, last, subs, pods, select, feed.mark());
  }
  const chunks = chunked(store, `selection\u0000${id}`, params, pods, (from, to): Chunk<E> => {
    const selected: Selected<E>[] = [];
    let ordered = true;
    let last: string | undefined;
    for (let i = from; i < to; i++) {
      const order = orderOf(pods[i]!);
      if (last !== undefined && !(last < order)) ordered = false;
      last = order;
      const s = select(pods[i]!);
      if (s) selected.push({ ipNum: s.ipNum, order, entry: s.entry });
    }
    return { selected, ordered };
  }, same);
  const ordered = chunks.every((c) => c.ordered) && inOrder(pods);
  // The last result for this id lives in the run's store (one slot; a fresh one without a store).
  const m = last;
  const sorted = m && !m.viaFeed && ordered && m.ordered && m.params === params && m.same === same ? patch(m, chunks) : fullSort(chunks);
  const feedMark = feed?.mark();
  if (m && !m.viaFeed && sorted === m.sorted) {
    slot.m = { ...m, ...(feedMark !== undefined ? { feedMark } : {}) };
    return m.out;
  }
  const out = sorted.map((s) => s.entry);
  slot.m = { params, same, chunks, ordered, sorted, out, ...(feedMark !== undefined ? { feedMark } : {}) };
  return out;
}

/** The pod of `order` (namespace/name) in a list sorted by it, by binary search. */
function findByOrder(pods: readonly KObject[], order: string): KObject | undefined {
  let lo = 0;
  let hi = pods.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (orderOf(pods[mid]!) < order) lo = mid + 1;
    else hi = mid;
  }
  const o = pods[lo];
  return o && orderOf(o) === order ? o : undefined;
}

/** Position of the first entry of `sorted` not before `s` (IP, then order). */
function lowerBound<E>(sorted: readonly Selected<E>[], s: Selected<E>): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(sorted[mid]!, s)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The last result with the pods written since then looked at again (the informer's deltas): each one leaves its old
 * place in the IP order and takes its new one. The same answer as selecting and sorting every pod: the list is
 * sorted by order (checked when the result was first built), so list order is `order` and ties on IP go by it.
 */
function patchFromFeed<E>(slot: { m?: Memo<E> }, m: Memo<E>, subs: readonly string[], pods: readonly KObject[], select: (o: KObject) => { ipNum: number; entry: E } | null, feedMark: number): readonly E[] {
  const byOrder = m.byOrder ?? new Map(m.sorted.map((s) => [s.order, s]));
  let sorted: Selected<E>[] | undefined;
  const seen = new Set<string>();
  for (const order of subs) {
    if (seen.has(order)) continue;
    seen.add(order);
    const obj = findByOrder(pods, order);
    const s = obj ? select(obj) : null;
    const old = byOrder.get(order);
    if (old ? s && old.entry === s.entry && old.ipNum === s.ipNum : !s) continue;
    sorted ??= m.sorted.slice();
    if (old) {
      sorted.splice(lowerBound(sorted, old), 1);
      byOrder.delete(order);
    }
    if (s) {
      const sel: Selected<E> = { ipNum: s.ipNum, order, entry: s.entry };
      sorted.splice(lowerBound(sorted, sel), 0, sel);
      byOrder.set(order, sel);
    }
  }
  const out = sorted ? sorted.map((x) => x.entry) : m.out;
  slot.m = { ...m, sorted: sorted ?? m.sorted, out, feedMark, viaFeed: true, byOrder };
  return out;
}

/** A stable sort by IP of every selected pod (ties keep list order). */
function fullSort<E>(chunks: readonly Chunk<E>[]): Selected<E>[] {
  return chunks.flatMap((c) => c.selected).sort((a, b) => a.ipNum - b.ipNum);
}

/** True when the pods at chunk boundaries are in strictly increasing namespace/name order (chunks check inside). */
function inOrder(pods: readonly KObject[]): boolean {
  for (let i = CHUNK; i < pods.length; i += CHUNK) if (!(orderOf(pods[i - 1]!) < orderOf(pods[i]!))) return false;
  return true;
}

/** The last sorted list without the entries of chunks that changed, with the entries of the new chunks merged in. */
function patch<E>(m: Memo<E>, chunks: readonly Chunk<E>[]): readonly Selected<E>[] {
  if (chunks.length === m.chunks.length && chunks.every((c, i) => c === m.chunks[i])) return m.sorted;
  const now = new Set(chunks);
  const was = new Set(m.chunks);
  const gone = new Set<E>();
  for (const c of m.chunks) if (!now.has(c)) for (const s of c.selected) gone.add(s.entry);
  const added: Selected<E>[] = [];
  for (const c of chunks) {
    if (was.has(c)) continue;
    for (const s of c.selected) {
      if (gone.has(s.entry)) gone.delete(s.entry);
      else added.push(s);
    }
  }
  const kept = m.sorted.filter((s) => !gone.has(s.entry));
  added.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  const out: Selected<E>[] = [];
  let i = 0;
  let j = 0;
  while (i < kept.length || j < added.length) {
    if (j >= added.length || (i < kept.length && before(kept[i]!, added[j]!))) out.push(kept[i++]!);
    else out.push(added[j++]!);
  }
  return out;
}
