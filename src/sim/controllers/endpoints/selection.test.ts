// The patched selection must always equal selecting and stable-sorting every pod again, across many small edits.
import { describe, expect, it } from 'vitest';
import type { KObject } from '../../api/types';
import { selectSorted } from './selection';
import { nextRandom } from '../../engine/rng';

const pod = (name: string, ip: number, selected: boolean, namespace = 'default'): KObject =>
  ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace, labels: { pick: String(selected) } }, status: { ip } }) as unknown as KObject;

const pick = (o: KObject) => (o.metadata.labels?.['pick'] === 'true' ? { ipNum: (o as unknown as { status: { ip: number } }).status.ip, entry: o } : null);

/** What selectedPods did before: select in list order, then a stable sort by IP. */
const naive = (pods: readonly KObject[]) => pods.flatMap((o) => { const s = pick(o); return s ? [s] : []; }).sort((a, b) => a.ipNum - b.ipNum).map((s) => s.entry);

const byKey = (a: KObject, b: KObject) => (`${a.metadata.namespace}/${a.metadata.name}` < `${b.metadata.namespace}/${b.metadata.name}` ? -1 : 1);

describe('selectSorted', () => {
  const store = new Map<string, unknown>();
  it('equals a full stable sort after every edit, with IP ties, inserts, removals and replacements', () => {
    let rng = 42;
    const rand = (n: number) => { const [v, next] = nextRandom(rng); rng = next; return Math.floor(v * n); };
    let pods: KObject[] = Array.from({ length: 300 }, (_, i) => pod(`web-${i}`, rand(40), rand(3) > 0)).sort(byKey);
    for (let step = 0; step < 400; step++) {
      const next = pods.slice();
      for (let k = rand(4); k >= 0; k--) {
        const i = rand(next.length);
        const op = rand(3);
        if (op === 0) next[i] = pod(next[i]!.metadata.name!, rand(40), rand(3) > 0);
        else if (op === 1 && next.length > 1) next.splice(i, 1);
        else next.push(pod(`web-${300 + step * 10 + k}`, rand(40), rand(3) > 0));
      }
      pods = next.sort(byKey);
      expect(selectSorted(store, 'test', '', undefined, pods, pick)).toEqual(naive(pods));
    }
  });

  it('falls back to list order for ties when the list is not sorted by namespace/name', () => {
    const a = pod('b', 1, true);
    const b = pod('a', 1, true);
    expect(selectSorted(store, 'unsorted', '', undefined, [a, b], pick)).toEqual([a, b]);
    expect(selectSorted(store, 'unsorted', '', undefined, [b, a], pick)).toEqual([b, a]);
  });
});
