// A checkpoint's `why` (the engine's last explanation per controller and key: thousands of entries at 1,000 replicas,
// a third of the timeline's memory when every checkpoint held a whole copy) kept as its change from the checkpoint
// before, and a whole copy every WHY_FULL_EVERY checkpoints. Made whole again only when a fork starts from the
// checkpoint (the engine's working copy reads it); seeking never reads it.
import type { ClusterState } from '../engine/types';
import type { Reason } from '../reasons';

type Why = Readonly<Record<string, Reason>>;

/** Longest chain of changes before a whole copy (making a checkpoint's `why` whole costs at most this many copies). */
export const WHY_FULL_EVERY = 16;

interface WhyLink {
  readonly full?: Why;
  readonly base?: WhyLink;
  readonly set?: Readonly<Record<string, Reason>>;
  readonly del?: readonly string[];
  readonly depth: number;
}

function whole(link: WhyLink): Why {
  if (link.full) return link.full;
  const out: Record<string, Reason> = { ...whole(link.base!) };
  for (const k of link.del ?? []) delete out[k];
  if (link.set) for (const k in link.set) out[k] = link.set[k]!;
  return out;
}

/** Checkpoint states of one run, their `why` linked to the previous one's (one per run, owned by it: not module state). */
export class WhyChain {
  private last: { readonly why: Why; readonly link: WhyLink; readonly size: number } | undefined;

  /** `state` (fresh from the working copy) with its `why` kept as a link: read `why` to get it whole. */
  keep(state: ClusterState): ClusterState {
    const why = state.why;
    const prev = this.last;
    let link: WhyLink;
    let size = 0;
    if (!prev || prev.link.depth + 1 >= WHY_FULL_EVERY) {
      for (const _ in why) size++;
      link = { full: why, depth: 0 };
    } else {
      let set: Record<string, Reason> | undefined;
      let both = 0;
      for (const k in why) {
        size++;
        const was = prev.why[k];
        if (was !== undefined) both++;
        if (why[k] !== was) (set ??= {})[k] = why[k]!;
      }
      // Keys gone since: only looked for when some of the previous ones are missing.
      const del: string[] = [];
      if (both < prev.size) for (const k in prev.why) if (!(k in why)) del.push(k);
      link = { base: prev.link, depth: prev.link.depth + 1, ...(set ? { set } : {}), ...(del.length ? { del } : {}) };
    }
    this.last = { why, link, size };
    const { why: _, ...rest } = state;
    return Object.defineProperty(rest, 'why', { enumerable: true, get: () => whole(link) }) as ClusterState;
  }
}
