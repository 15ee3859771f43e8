// The working copy's recorded Kubernetes events, oldest first, bounded (the event recorder's aggregation: an event
// like a live one, same object, reason, message and source, replaces it with its count raised, at the end).
// A record looks only at the live events of the same object with the same message (two map lookups by strings the
// events already hold, no key built: an object's many events, e.g. the thousand SuccessfulCreate of one
// StatefulSet, are not scanned): the events sit in an array read from `head` on, an aggregated or dropped event
// leaves a hole, and the array is compacted once the dead part outgrows the live one. `list()` gives the same list
// as splicing a plain array would.
import type { KubeEvent } from '../api/types';

/** The event recorder's aggregation identity: same object, reason, message, source and type. */
export function sameEvent(a: KubeEvent, b: KubeEvent): boolean {
  return a.involved.uid === b.involved.uid && a.reason === b.reason && a.message === b.message && a.source === b.source && a.type === b.type;
}

/** Positions in the buffer of live events by involved uid, then message, in order. */
type Positions = Map<string, Map<string, number[]>>;

export class EventLog {
  private buf: (KubeEvent | undefined)[];
  private head = 0;
  private live: number;
  /** The live events' positions by uid and message (built on first use). */
  private at: Positions | undefined;

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

  private index(): Positions {
    if (!this.at) {
      this.at = new Map();
      for (let i = this.head; i < this.buf.length; i++) {
        const e = this.buf[i];
        if (e !== undefined) this.positions(this.at, e).push(i);
      }
    }
    return this.at;
  }

  private positions(at: Positions, e: KubeEvent): number[] {
    let byMessage = at.get(e.involved.uid);
    if (!byMessage) at.set(e.involved.uid, (byMessage = new Map()));
    let list = byMessage.get(e.message);
    if (!list) byMessage.set(e.message, (list = []));
    return list;
  }

  /** Forget the first position of `e` (the oldest live event with its uid and message). */
  private dropFirst(at: Positions, e: KubeEvent): void {
    const byMessage = at.get(e.involved.uid)!;
    const list = byMessage.get(e.message)!;
    list.shift();
    if (list.length) return;
    byMessage.delete(e.message);
    if (!byMessage.size) at.delete(e.involved.uid);
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
      // The oldest live event is the first position of its uid and message.
      this.dropFirst(at, old);
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
