import { describe, expect, it } from 'vitest';
import { planHits } from './hitChunks';

const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `o${from + i}`);

describe('planHits: which hit boxes to mount next', () => {
  it('mounts a small graph at once', () => {
    const plan = planHits(ids(250), new Set(), 300);
    expect(plan.complete).toBe(true);
    expect([...plan.show]).toEqual(ids(250));
  });

  it('mounts a big new graph a bounded number per commit, in graph order, until every box is there', () => {
    const all = ids(1000);
    let mounted: ReadonlySet<string> = new Set();
    const steps: number[] = [];
    for (;;) {
      const plan = planHits(all, mounted, 300);
      steps.push(plan.show.size);
      mounted = plan.show;
      if (plan.complete) break;
    }
    expect(steps).toEqual([300, 600, 900, 1000]);
    expect([...mounted].sort()).toEqual([...all].sort());
    expect(planHits(all, mounted, 300).show).toBe(mounted); // settled: nothing more to do
  });

  it('keeps the boxes already mounted and lets in the first new ones in graph order', () => {
    const all = ['a', 'n1', 'b', 'n2', 'n3', 'c', 'n4'];
    const plan = planHits(all, new Set(['a', 'b', 'c']), 2);
    expect(plan.complete).toBe(false);
    expect([...plan.show]).toEqual(['a', 'n1', 'b', 'n2', 'c']);
  });

  it('drops the boxes of objects that are gone, at once', () => {
    const plan = planHits(['a', 'c'], new Set(['a', 'b', 'c']), 2);
    expect(plan.complete).toBe(true);
    expect([...plan.show]).toEqual(['a', 'c']);
  });

  it('counts only new boxes against the bound: a playback step adding a few to thousands mounts them at once', () => {
    const before = new Set(ids(4000));
    const plan = planHits(ids(4010), before, 300);
    expect(plan.complete).toBe(true);
    expect(plan.show.size).toBe(4010);
  });

  it('a graph replaced by another one of the same size is mounted in steps (nothing of it was mounted)', () => {
    const plan = planHits(ids(1000, 5000), new Set(ids(1000)), 300);
    expect(plan.complete).toBe(false);
    expect(plan.show.size).toBe(300);
    expect([...plan.show]).toEqual(ids(300, 5000));
  });
});
