// Components' own clocks. A real component arms a timer when it observes an event (the kubelet starts killing a
// container and sends SIGKILL a full grace period later; the taint manager schedules an eviction tolerationSeconds
// after it sees the taint). API timestamps are floored to the second, so a timer armed at "stamp + duration" would
// fire up to a second early; comparisons still use the stamps, as upstream does. The moments are kept in the
// simulation-side state (ClusterState.sim.observed), keyed by `component|object key|uid|what`.
import type { ObjectKey, SimTimeMs } from '../api/types';
import type { ApiAction, ClusterView } from './types';

export const observedKey = (component: string, key: ObjectKey, uid: string, what: string): string => `${component}|${key}|${uid}|${what}`;

/** The prefix of every moment a component keeps about one object (to forget them all). */
export const observedPrefix = (component: string, key: ObjectKey): string => `${component}|${key}|`;

/** When the component observed it, if it did. */
export const observedAt = (view: ClusterView, k: string): SimTimeMs | undefined => view.sim.observed?.[k];

/**
 * The intent that records `set` moments and forgets `drop` keys and every key starting with one of `dropPrefixes`
 * (none when nothing changes). One per reconcile: it replaces the whole record.
 */
export function rememberAction(view: ClusterView, set: Readonly<Record<string, SimTimeMs>>, drop: readonly string[] = [], dropPrefixes: readonly string[] = []): ApiAction[] {
  const before = view.sim.observed ?? {};
  const setsSomething = Object.entries(set).some(([k, v]) => before[k] !== v);
  const dropsSomething = drop.some((k) => k in before) || (dropPrefixes.length > 0 && hasKeyWithPrefix(before, dropPrefixes));
  if (!setsSomething && !dropsSomething) return [];
  // Only sets: the record with the set keys written over it (same key order as the loop below), in one copy.
  if (!dropsSomething) return [{ type: 'sim', sim: { observed: { ...before, ...set } } }];
  const next: Record<string, SimTimeMs> = {};
  let changed = false;
  for (const [k, v] of Object.entries(before)) {
    if (drop.includes(k) || dropPrefixes.some((p) => k.startsWith(p))) changed = true;
    else next[k] = v;
  }
  for (const [k, v] of Object.entries(set)) {
    if (next[k] !== v) changed = true;
    next[k] = v;
  }
  return changed ? [{ type: 'sim', sim: { observed: next } }] : [];
}

/** True when some key of `record` starts with one of `prefixes` (stops at the first). */
function hasKeyWithPrefix(record: Readonly<Record<string, unknown>>, prefixes: readonly string[]): boolean {
  for (const k in record) if (prefixes.some((p) => k.startsWith(p))) return true;
  return false;
}
