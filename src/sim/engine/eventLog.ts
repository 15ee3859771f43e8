// The working copy's recorded Kubernetes events, oldest first, bounded (the event recorder's aggregation: an event
// like a live one, same object, reason, message and source, replaces it with its count raised, at the end).
// A record looks only at the live events of the same identity (one map lookup: an object's own events, e.g. the
// thousand SuccessfulCreate of one StatefulSet, are not scanned): the events sit in an array read from `head` on, an aggregated or dropped event leaves a hole, and the array is compacted once the dead
// part outgrows the live one. `list()` gives the same list as splicing a plain array would.
import type { KubeEvent } from '../api/types';

/**
 * The event recorder's aggregation identity (same object, reason, message, source and type) as one string. The
 * message comes last, so a message holding the separator cannot make two identities meet.
 */
const identity = (e: KubeEvent): string => e.involved.uid + '\u0000' + e.reason + '\u0000' + e.source + '\u0000' + e.type + '\u0000' + e.message;

export class EventLog {
  private buf: (KubeEvent | undefined)[];
  private head = 0;
  private live: number;
  /** Positions in `buf` of the live events of each identity, in order (one, unless the input had twins), built on first use. */
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
        if (e !== undefined) this.positions(this.at, identity(e)).push(i);
      }
    }
    return this.at;
  }

  private positions(at: Map<string, number[]>, id: string): number[] {
    let list = at.get(id);
    if (!list) at.set(id, (list = []));
    return list;
  }

  /** Record an event: aggregated into the live one like it (moved to the end), else appended, dropping the oldest past the bound. */
  record(ev: KubeEvent): KubeEvent {
    const at = this.index();
    const list = this.positions(at, identity(ev));
    if (list.length) {
      // The oldest live event like this one.
      const prev = this.buf[list[0]!]!;
      const merged = { ...prev, lastMs: ev.lastMs, count: prev.count + 1 };
      this.buf[list[0]!] = undefined;
      list.shift();
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
      // The oldest live event is the first position of its identity.
      const id = identity(old);
      const olds = at.get(id)!;
      olds.shift();
      if (!olds.length) at.delete(id);
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
