// Components' own clocks. A real component arms a timer when it observes an event (the kubelet starts killing a
// container and sends SIGKILL a full grace period later; the taint manager schedules an eviction tolerationSeconds
// after it sees the taint). API timestamps are floored to the second, so a timer armed at "stamp + duration" would
// fire up to a second early; comparisons still use the stamps, as upstream does. The moments are kept in the
// simulation-side state (ClusterState.sim.observed): by shard (a hash of `component|object key`, so a write
// copies one small shard and not every object's moments), then by `component|object key`, then by `uid|what`.
import type { ObjectKey, SimTimeMs } from '../api/types';
import type { ApiAction, ClusterView } from './types';

type Moments = Readonly<Record<string, SimTimeMs>>;

type Shard = Readonly<Record<string, Moments>>;
export type SimSideObserved = Readonly<Record<string, Shard>>;

const SHARDS = 64;
const id = (component: string, key: ObjectKey): string => `${component}|${key}`;

/** The shard of an id (FNV-1a, deterministic). */
function shardOf(objectId: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < objectId.length; i++) h = Math.imul(h ^ objectId.charCodeAt(i), 0x01000193);
  return String((h >>> 0) % SHARDS);
}

const momentsOf = (observed: SimSideObserved | undefined, objectId: string): Moments | undefined => observed?.[shardOf(objectId)]?.[objectId];

/** When the component observed `what` about this object (this uid), if it did. */
export const observedAt = (view: ClusterView, component: string, key: ObjectKey, uid: string, what: string): SimTimeMs | undefined =>
  momentsOf(view.sim.observed, id(component, key))?.[`${uid}|${what}`];

/** Every moment the component keeps about the object (by `uid|what`), for several lookups at once. */
export const momentsAbout = (view: ClusterView, component: string, key: ObjectKey): Moments | undefined => momentsOf(view.sim.observed, id(component, key));

/** True when the component keeps any moment about the object. */
export const keepsMoments = (view: ClusterView, component: string, key: ObjectKey): boolean => momentsOf(view.sim.observed, id(component, key)) !== undefined;

function withMoments(observed: SimSideObserved | undefined, objectId: string, moments: Moments | undefined, s = shardOf(objectId)): SimSideObserved {
  const shard: Record<string, Moments> = Object.assign({}, observed?.[s]);
  if (moments) shard[objectId] = moments;
  else delete shard[objectId];
  return { ...observed, [s]: shard };
}

function write(view: ClusterView, component: string, key: ObjectKey, moments: Moments | undefined): ApiAction[] {
  return [{ type: 'sim', sim: { observed: withMoments(view.sim.observed, id(component, key), moments) } }];
}

/**
 * Record moments `set` (by what) for the object's uid, first dropping the object's moments whose `what` starts with
 * one of `dropPrefixes`. No intent when nothing changes. One per reconcile: it replaces the whole record.
 */
export function rememberAction(view: ClusterView, component: string, key: ObjectKey, uid: string, set: Moments, dropPrefixes: readonly string[] = []): ApiAction[] {
  // The object's id and shard are worked out once (the kubelet asks on every sync).
  const objectId = id(component, key);
  const shard = shardOf(objectId);
  const before = view.sim.observed?.[shard]?.[objectId] ?? {};
  const whats = Object.keys(set);
  let same = true;
  for (const what of whats) if (before[`${uid}|${what}`] !== set[what]) { same = false; break; }
  if (same) return [];
  const drops = dropPrefixes.map((p) => `${uid}|${p}`);
  const next: Record<string, SimTimeMs> = {};
  for (const k of Object.keys(before)) if (!drops.some((p) => k.startsWith(p))) next[k] = before[k]!;
  for (const what of whats) next[`${uid}|${what}`] = set[what]!;
  return [{ type: 'sim', sim: { observed: withMoments(view.sim.observed, objectId, next, shard) } }];
}

/** Forget every moment about the object (it is gone, or nothing is timed any more); no intent when there are none. */
export const forgetAction = (view: ClusterView, component: string, key: ObjectKey): ApiAction[] =>
  keepsMoments(view, component, key) ? write(view, component, key, undefined) : [];

/** The record with one moment added, for writers outside a reconcile (a fault injected through the API side). */
export function withMoment(observed: SimSideObserved | undefined, component: string, key: ObjectKey, uid: string, what: string, ms: SimTimeMs): SimSideObserved {
  const objectId = id(component, key);
  return withMoments(observed, objectId, { ...momentsOf(observed, objectId), [`${uid}|${what}`]: ms });
}

