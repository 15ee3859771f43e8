// Reverse lookups that stay current as objects are written ("which pending pods mount claim X?"), so an informer
// handler need not scan every object of a kind on every change (client-go's Indexer, kept by the working copy).
// Controllers reach it through `lookupKeys(view, …)`; a view that is not backed by a working copy (unit tests)
// answers by scanning, with the same result.
import type { KObject, KindName, ObjectKey } from '../api/types';
import { keyOf } from '../api/keys';
import type { ClusterView } from '../controllers/types';

/** Index terms of an object (e.g. `namespace/claim` for each claim a pending pod mounts). A pure function. */
export type Terms = (obj: KObject) => readonly string[];

export class TermIndex {
  private readonly byTerm = new Map<string, Set<ObjectKey>>();

  /** `subs[i]` is the key of `objects[i]` without its `Kind/` prefix. */
  constructor(readonly kind: KindName, readonly terms: Terms, subs: readonly string[], objects: readonly KObject[]) {
    for (let i = 0; i < subs.length; i++) this.add(`${kind}/${subs[i]}`, objects[i]!);
  }

  private add(key: ObjectKey, obj: KObject): void {
    for (const t of this.terms(obj)) {
      let keys = this.byTerm.get(t);
      if (!keys) this.byTerm.set(t, (keys = new Set()));
      keys.add(key);
    }
  }

  /** Follow a write of `key` from `old` to `next` (undefined = absent). */
  update(key: ObjectKey, old: KObject | undefined, next: KObject | undefined): void {
    if (old) {
      for (const t of this.terms(old)) {
        const keys = this.byTerm.get(t);
        keys?.delete(key);
        if (keys?.size === 0) this.byTerm.delete(t);
      }
    }
    if (next) this.add(key, next);
  }

  /** How many objects have this term. */
  count(term: string): number {
    return this.byTerm.get(term)?.size ?? 0;
  }

  /** Keys of objects with this term, sorted. */
  lookup(term: string): ObjectKey[] {
    const keys = this.byTerm.get(term);
    return keys ? [...keys].sort() : [];
  }
}

/** Whatever can answer indexed lookups for a view (the working copy behind it). */
export interface IndexSource {
  termIndex(kind: KindName, name: string, terms: Terms): TermIndex;
  /** The position of the working copy's record of `kind` writes now (the record starts on first use). */
  writeMark(kind: KindName): number;
  /** The keys (without `Kind/`) of `kind` objects written since `mark`, in order; undefined when not recorded. */
  writesSince(kind: KindName, mark: number): readonly string[] | undefined;
  /** How many `kind` objects there are (all namespaces): `view.list(kind).length` without building the list. */
  count(kind: KindName): number;
}

/** How many `kind` objects have `term` among their terms (the same index as lookupKeys, without listing them). */
export function countKeys(view: ClusterView, kind: KindName, name: string, terms: Terms, term: string): number {
  const source = view.index;
  if (source) return source.termIndex(kind, name, terms).count(term);
  return view.list(kind).filter((o) => terms(o).includes(term)).length;
}

/** Keys of `kind` objects whose terms include `term`, sorted by key. `name` identifies `terms` (one function per name). */
export function lookupKeys(view: ClusterView, kind: KindName, name: string, terms: Terms, term: string): ObjectKey[] {
  const source = view.index;
  if (source) return source.termIndex(kind, name, terms).lookup(term);
  return view.list(kind).filter((o) => terms(o).includes(term)).map(keyOf).sort();
}
