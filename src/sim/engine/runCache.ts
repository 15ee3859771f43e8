// The explicit home of the engine's caches: one per engine working copy (engine/work.ts `memo`), reached by
// controllers through their ClusterView (`view.memo`). Nothing is cached at module level, so two runs never share a
// cache and a run's results cannot depend on what ran before it. Every entry is pure work or derived state that a
// miss rebuilds with the same result, so dropping the cache (a new working copy, or a view without one) changes
// nothing but speed.

export type RunCache = Map<string, unknown>;

/** Bound on tables per cache (clearing only costs recomputation). */
const MAX_TABLES = 1024;

/** The table named `id` in `cache`, made by `make` when absent; with no cache, a fresh table every call. */
export function cacheTable<T>(cache: RunCache | undefined, id: string, make: () => T): T {
  if (!cache) return make();
  let table = cache.get(id) as T | undefined;
  if (table === undefined) {
    if (cache.size >= MAX_TABLES) cache.clear();
    cache.set(id, (table = make()));
  }
  return table;
}

/** A run's identity cache named `id`: values by an immutable key object (a stored object, a status). Without a cache, a fresh (empty) map. */
export function identityCache<K extends object, V>(cache: RunCache | undefined, id: string): WeakMap<K, V> {
  return cacheTable(cache, id, () => new WeakMap<K, V>());
}
