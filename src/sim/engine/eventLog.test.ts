// The event log must give exactly what recording into a plain array gives (aggregate: remove and append; bound:
// drop the oldest), across many records with repeats, aggregation and eviction.
import { describe, expect, it } from 'vitest';
import type { KubeEvent } from '../api/types';
import { EventLog } from './eventLog';
import { nextRandom } from './rng';

const same = (a: KubeEvent, b: KubeEvent) => a.involved.uid === b.involved.uid && a.reason === b.reason && a.message === b.message && a.source === b.source && a.type === b.type;

function plainRecord(events: KubeEvent[], ev: KubeEvent, max: number): KubeEvent {
  const i = events.findIndex((e) => same(e, ev));
  if (i >= 0) {
    const merged = { ...events[i]!, lastMs: ev.lastMs, count: events[i]!.count + 1 };
    events.splice(i, 1);
    events.push(merged);
    return merged;
  }
  events.push(ev);
  if (events.length > max) events.splice(0, events.length - max);
  return ev;
}

describe('EventLog', () => {
  it('equals a plain array with splices, with aggregation and a bound', () => {
    let rng = 3;
    const rand = (n: number) => { const [v, next] = nextRandom(rng); rng = next; return Math.floor(v * n); };
    const ev = (t: number): KubeEvent => ({
      type: rand(5) ? 'Normal' : 'Warning', reason: `R${rand(3)}`, message: `m${rand(4)}`, source: 'kubelet',
      involved: { kind: 'Pod', namespace: 'default', name: 'p', uid: `u${rand(t < 3000 ? 30 : 400)}` }, firstMs: t, lastMs: t, count: 1,
    });
    const start = Array.from({ length: 20 }, (_, t) => ev(t)).filter((e, i, all) => all.findIndex((x) => same(x, e)) === i);
    const plain = [...start];
    const log = new EventLog(start, 50);
    for (let t = 0; t < 6000; t++) {
      const e = ev(t);
      expect(log.record(e)).toEqual(plainRecord(plain, e, 50));
      if (t % 97 === 0) expect(log.list()).toEqual(plain);
    }
    expect(log.list()).toEqual(plain);
  });
});
