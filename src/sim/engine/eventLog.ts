// The working copy's recorded Kubernetes events, oldest first, bounded (the event recorder's aggregation: an event
// like a live one, same object, reason, message and source, replaces it with its count raised, at the end).
// A record looks only at the live events of the same object (by uid, no key strings built): the events sit in an
// array read from `head` on, an aggregated or dropped event leaves a hole, and the array is compacted once the dead
// part outgrows the live one. `list()` gives the same list as splicing a plain array would.
import type { KubeEvent } from '../api/types';

/** The event recorder's aggregation identity: same object, reason, message, source and type. */
export function sameEvent(a: KubeEvent, b: KubeEvent): boolean {
  return a.involved.uid === b.involved.uid && a.reason === b.reason && a.message === b.message && a.source === b.source && a.type === b.type;
}

export class EventLog {
  private buf: (KubeEvent | undefined)[];
  private head = 0;
  private live: number;
  /** Positions in `buf` of the live events of each involved object's uid, in order, built on first use. */
  private at: Map<string, number[]> | undefined;

  constructor(events: readonly KubeEvent[], private readonly max: number) {
    this.buf = [...events];
    this.live = events.length;
  }

  /** The live events, oldest first. */
  list(): KubeEvent[] {
    const out: KubeEvent[] = [];
    for (let i = this.head; i < this.buf.length; i++) {
      const e = this.buf[i];
      if (e !== undefined) out.push(e);
    }
    return out;
  }

  private index(): Map<string, number[]> {
    if (!this.at) {
      this.at = new Map();
      for (let i = this.head; i < this.buf.length; i++) {
        const e = this.buf[i];
        if (e !== undefined) this.positions(this.at, e).push(i);
      }
    }
    return this.at;
  }

  private positions(at: Map<string, number[]>, e: KubeEvent): number[] {
    let list = at.get(e.involved.uid);
    if (!list) at.set(e.involved.uid, (list = []));
    return list;
  }

  /**
   * Record an event: aggregated into the live one like it (moved to the end), else appended, dropping the oldest past
   * the bound. `replayed`: `ev` is what an earlier record returned (the timeline replaying frames): kept as it is.
   */
  record(ev: KubeEvent, replayed = false): KubeEvent {
    const at = this.index();
    const list = this.positions(at, ev);
    for (let j = 0; j < list.length; j++) {
      const prev = this.buf[list[j]!]!;
      if (!sameEvent(prev, ev)) continue;
      const merged = replayed ? ev : { ...prev, lastMs: ev.lastMs, count: prev.count + 1 };
      this.buf[list[j]!] = undefined;
      list.splice(j, 1);
      list.push(this.buf.length);
      this.buf.push(merged);
      this.compact();
      return merged;
    }
    list.push(this.buf.length);
    this.buf.push(ev);
    this.live++;
    while (this.live > this.max) {
      const old = this.buf[this.head];
      this.buf[this.head++] = undefined;
      if (old === undefined) continue;
      this.live--;
      // The oldest live event is the first position of its uid.
      const olds = at.get(old.involved.uid)!;
      olds.shift();
      if (!olds.length) at.delete(old.involved.uid);
    }
    this.compact();
    return ev;
  }

  /** Drop the dead part once it is larger than the live one (positions in `at` are rebuilt). */
  private compact(): void {
    if (this.buf.length - this.live <= Math.max(64, this.live)) return;
    this.buf = this.list();
    this.head = 0;
    this.at = undefined;
  }
}
