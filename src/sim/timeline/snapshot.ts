// Rebuild a read-only snapshot from a checkpoint plus the object changes of the frames after it.
import type { KObject, KubeEvent } from '../api/types';
import { kindOfKey } from '../api/keys';
import type { ClusterSnapshot, Frame } from '../engine/types';
import { MAX_EVENTS, sameEvent } from '../engine/work';

/** An event's aggregation identity (the fields sameEvent compares), as an unambiguous string. */
const identity = (e: KubeEvent): string => JSON.stringify([e.involved.uid, e.reason, e.message, e.source, e.type]);

/** Each checkpoint's events by identity, kept by the timeline's run (timeline.ts) so later snapshots reuse them. */
export type EventIndexes = Map<readonly KubeEvent[], Map<string, number>>;

/** The position of each event of a checkpoint by identity (from `indexes` when it has them). */
function baseIndexOf(events: readonly KubeEvent[], indexes: EventIndexes | undefined): Map<string, number> {
  let index = indexes?.get(events);
  if (!index) {
    index = new Map();
    for (let i = 0; i < events.length; i++) {
      const id = identity(events[i]!);
      if (!index.has(id)) index.set(id, i);
    }
    indexes?.set(events, index);
  }
  return index;
}

/**
 * Replays event aggregation on top of a checkpoint's events without copying or scanning them per event: the same
 * result as "remove the matching event (the engine keeps at most one per identity), push, drop the oldest beyond
 * MAX_EVENTS", in O(1) per event.
 */
class EventReplay {
  private readonly index: Map<string, number>;
  private readonly removed = new Set<number>();
  /** Events recorded since the checkpoint, oldest first (re-recording moves one to the end). */
  private readonly appended = new Map<string, KubeEvent>();
  /** Checkpoint events before this index were dropped by the cap. */
  private start = 0;
  /** Checkpoint events still present. */
  private live: number;

  constructor(private readonly base: readonly KubeEvent[], indexes: EventIndexes | undefined) {
    this.index = baseIndexOf(base, indexes);
    this.live = base.length;
  }

  record(ev: KubeEvent): void {
    const id = identity(ev);
    if (this.appended.has(id)) this.appended.delete(id);
    else {
      const j = this.index.get(id);
      if (j !== undefined && j >= this.start && !this.removed.has(j) && sameEvent(this.base[j]!, ev)) {
        this.removed.add(j);
        this.live--;
      }
    }
    this.appended.set(id, ev);
    while (this.live + this.appended.size > MAX_EVENTS) this.dropOldest();
  }

  private dropOldest(): void {
    if (this.live > 0) {
      while (this.removed.has(this.start)) this.start++;
      this.start++;
      this.live--;
      return;
    }
    this.appended.delete(this.appended.keys().next().value!);
  }

  result(): KubeEvent[] {
    const out: KubeEvent[] = [];
    for (let i = this.start; i < this.base.length; i++) if (!this.removed.has(i)) out.push(this.base[i]!);
    for (const ev of this.appended.values()) out.push(ev);
    return out;
  }
}
import type { Checkpoint } from './replay';

/** The snapshot after frame `index`, from the checkpoint `cp` at or before it; `indexes`: the run's (see EventIndexes). */
export function snapshotFrom(cp: Checkpoint, frames: readonly Frame[], index: number, indexes?: EventIndexes): ClusterSnapshot {
  const objects: Record<string, Record<string, KObject>> = { ...(cp.state.objects as Record<string, Record<string, KObject>>) };
  const copied = new Set<string>();
  let events: EventReplay | undefined;
  let sim = cp.state.sim;
  for (let f = cp.frame + 1; f <= index; f++) {
    const frame = frames[f]!;
    for (const ch of frame.changes) {
      const kind = kindOfKey(ch.key);
      if (!copied.has(kind)) { objects[kind] = { ...(objects[kind] ?? {}) }; copied.add(kind); }
      const sub = ch.key.slice(kind.length + 1);
      if (ch.type === 'DELETED') delete objects[kind]![sub];
      else objects[kind]![sub] = ch.object;
    }
    if (frame.events.length) {
      events ??= new EventReplay(cp.state.events, indexes);
      for (const ev of frame.events) events.record(ev);
    }
    if (frame.sim) sim = frame.sim;
  }
  return {
    nowMs: index >= 0 ? frames[index]!.atMs : cp.state.nowMs,
    objects: objects as ClusterSnapshot['objects'],
    events: events ? events.result() : cp.state.events,
    config: cp.state.config,
    sim,
  };
}
