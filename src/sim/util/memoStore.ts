// The explicit home of the engine's caches: one store per engine working copy (engine/work.ts), reached by
// controllers through their ClusterView (`view.memo`). Nothing is cached at module level, so two runs never share
// a cache and a run's results cannot depend on what ran before it. Every entry is pure work: a cache miss
// recomputes the same value, so dropping the store (a new working copy, or a view without one) changes nothing
// but speed. Users include the StatefulSet controller's pod facts and claim index (controllers/statefulset/podFacts.ts,
// claimIndex.ts), the endpoint controllers' selections and the API server's remembered admissions.

export type MemoStore = Map<string, unknown>;

/** Bound on tables per store (a cache of pure work: clearing only costs recomputation). */
const MAX_TABLES = 1024;

/** The table named `id` in `store`, made by `make` when absent; with no store, a fresh table every call. */
export function memoTable<T>(store: MemoStore | undefined, id: string, make: () => T): T {
  if (!store) return make();
  let table = store.get(id) as T | undefined;
  if (table === undefined) {
    if (store.size >= MAX_TABLES) store.clear();
    store.set(id, (table = make()));
  }
  return table;
}

/**
 * A run's identity memo named `id`: values remembered by an immutable key object (a stored object, a status, an
 * array a controller built), valid only inside the run that owns the store. Without a store, a fresh (empty) map.
 */
export function identityMemo<K extends object, V>(store: MemoStore | undefined, id: string): WeakMap<K, V> {
  return memoTable(store, id, () => new WeakMap<K, V>());
}
