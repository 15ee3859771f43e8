// The working copy's recorded Kubernetes events, oldest first, bounded (the event recorder's aggregation: an event
// like a live one, same object, reason, message and source, replaces it with its count raised, at the end).
// Each record and aggregation costs O(1): the events sit in an array read from `head` on, an aggregated or dropped
// event leaves a hole, and the array is compacted once the dead part outgrows the live one. `list()` gives the same
// list as splicing a plain array would.
import type { KubeEvent } from '../api/types';

function eventKey(e: KubeEvent): string {
  return `${e.involved.uid}|${e.reason}|${e.source}|${e.type}|${e.message}`;
}

export class EventLog {
  private buf: (KubeEvent | undefined)[];
  private head = 0;
  private live: number;
  /** Position in `buf` of the live event of each key (there is at most one), built on first use. */
  private at: Map<string, number> | undefined;

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

  private index(): Map<string, number> {
    if (!this.at) {
      this.at = new Map();
      for (let i = this.head; i < this.buf.length; i++) {
        const e = this.buf[i];
        if (e !== undefined && !this.at.has(eventKey(e))) this.at.set(eventKey(e), i);
      }
    }
    return this.at;
  }

  /** Record an event: aggregated into the live one like it (moved to the end), else appended, dropping the oldest past the bound. */
  record(ev: KubeEvent): KubeEvent {
    const at = this.index();
    const key = eventKey(ev);
    const i = at.get(key);
    if (i !== undefined) {
      const prev = this.buf[i]!;
      const merged = { ...prev, lastMs: ev.lastMs, count: prev.count + 1 };
      this.buf[i] = undefined;
      at.set(key, this.buf.length);
      this.buf.push(merged);
      this.compact();
      return merged;
    }
    at.set(key, this.buf.length);
    this.buf.push(ev);
    this.live++;
    while (this.live > this.max) {
      const old = this.buf[this.head];
      this.buf[this.head++] = undefined;
      if (old === undefined) continue;
      this.live--;
      at.delete(eventKey(old));
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
