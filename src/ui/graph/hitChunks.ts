// Which transparent boxes (HitLayer.tsx) to mount in the next commit. A big Apply takes the graph from a handful of
// objects to thousands in one step; mounting thousands of boxes in one React commit is one long task (~160 ms for
// 2,000 on the 2-core machine), so when many boxes are new they are mounted a bounded number per animation frame,
// in graph order. Boxes already mounted stay; few new ones (a playback step, a small graph) mount at once.

/** New boxes mounted in one commit (~80 µs each on the 2-core machine: well under a 50 ms task). */
export const HITS_PER_COMMIT = 300;

export interface HitPlan {
  /** The boxes to render now: those already mounted that are still in the graph, and the new ones let in. */
  readonly show: ReadonlySet<string>;
  /** Every box of the graph is in `show`: nothing is held back for a later frame. */
  readonly complete: boolean;
}

/**
 * The next boxes to mount, from the graph's object ids (in graph order) and the boxes mounted so far. When at most
 * `perCommit` are new, all of them; otherwise the first `perCommit` new ones in graph order. Returns `mounted`
 * itself when it already holds exactly `ids` (nothing to do).
 */
export function planHits(ids: readonly string[], mounted: ReadonlySet<string>, perCommit = HITS_PER_COMMIT): HitPlan {
  let fresh = 0;
  for (const id of ids) if (!mounted.has(id)) fresh++;
  if (fresh === 0 && ids.length === mounted.size) return { show: mounted, complete: true };
  if (fresh <= perCommit) return { show: new Set(ids), complete: true };
  const show = new Set<string>();
  let admitted = 0;
  for (const id of ids) {
    if (mounted.has(id)) show.add(id);
    else if (admitted < perCommit) { show.add(id); admitted++; }
  }
  return { show, complete: false };
}
