// A kind's objects sorted by key, kept up to date by patching the few keys written since it was built instead
// of sorting the whole bucket again (Work.list runs after nearly every write). Results are identical to
// `Object.keys(bucket).sort()` filtered by `accept`: patching is order-independent, and lists are never mutated
// once handed out (a patch copies).
import type { KObject } from '../api/types';
import { partitionPoint } from '../util/partitionPoint';

export interface SortedList {
  readonly keys: readonly string[];
  readonly objs: readonly KObject[];
  /** Keys written since this list was built (null: clean). */
  dirty: Set<string> | null;
}

/** Above this many pending keys (relative to the list) a full sort is cheaper than splicing. */
const PATCH_LIMIT = 64;

export function buildSorted(bucket: Readonly<Record<string, KObject>>): SortedList {
  const keys = Object.keys(bucket).sort();
  return { keys, objs: keys.map((k) => bucket[k]!), dirty: null };
}

/** The entries of a clean sorted list that `accept` keeps. */
export function filterSorted(all: SortedList, accept: (o: KObject) => boolean): SortedList {
  const keys: string[] = [];
  const objs: KObject[] = [];
  for (let i = 0; i < all.keys.length; i++) {
    if (!accept(all.objs[i]!)) continue;
    keys.push(all.keys[i]!);
    objs.push(all.objs[i]!);
  }
  return { keys, objs, dirty: null };
}

/** Where `key` is or would go in the sorted keys. */
export function lowerBound(keys: readonly string[], key: string): number {
  return partitionPoint(keys.length, (i) => keys[i]! < key);
}

/**
 * The list brought up to date with the bucket (a new list when anything was written), or undefined when so much
 * was written that building it again is cheaper.
 */
export function refreshSorted(list: SortedList, bucket: Readonly<Record<string, KObject>>, accept?: (o: KObject) => boolean): SortedList | undefined {
  const dirty = list.dirty;
  if (!dirty) return list;
  if (dirty.size > PATCH_LIMIT && dirty.size * 8 > list.keys.length) return undefined;
  const keys = list.keys.slice();
  const objs = list.objs.slice();
  for (const k of dirty) {
    const o = bucket[k];
    const want = o !== undefined && (!accept || accept(o));
    const i = lowerBound(keys, k);
    const present = i < keys.length && keys[i] === k;
    if (want && present) objs[i] = o;
    else if (want) { keys.splice(i, 0, k); objs.splice(i, 0, o); }
    else if (present) { keys.splice(i, 1); objs.splice(i, 1); }
  }
  return { keys, objs, dirty: null };
}
