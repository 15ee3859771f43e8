import { describe, expect, it } from 'vitest';
import { CHUNK, chunked, chunkedFindIndex } from './chunkMemo';

describe('chunked', () => {
  const store = new Map<string, unknown>();
  it('computes changed chunks again and reuses the rest', () => {
    const items = Array.from({ length: CHUNK * 3 + 5 }, (_, i) => ({ i }));
    const calls: number[] = [];
    const sum = (xs: readonly { i: number }[]) => chunked(store, 't', '', xs, (from, to) => { calls.push(from); return xs.slice(from, to).reduce((s, x) => s + x.i, 0); });
    expect(sum(items).reduce((a, b) => a + b)).toBe(items.reduce((s, x) => s + x.i, 0));
    expect(calls).toEqual([0, CHUNK, CHUNK * 2, CHUNK * 3]);
    const changed = items.slice();
    changed[CHUNK + 1] = { i: 1000 };
    calls.length = 0;
    expect(sum(changed).reduce((a, b) => a + b)).toBe(changed.reduce((s, x) => s + x.i, 0));
    expect(calls).toEqual([CHUNK]);
  });

  it('recomputes when the parameters or the identity input differ', () => {
    const items = [{}, {}];
    let n = 0;
    chunked(store, 'p', 'a', items, () => ++n);
    chunked(store, 'p', 'a', items, () => ++n);
    expect(n).toBe(1);
    chunked(store, 'p', 'b', items, () => ++n);
    chunked(store, 'p', 'b', items, () => ++n, {});
    expect(n).toBe(3);
  });

  it('finds the first match like Array.findIndex', () => {
    const items = Array.from({ length: CHUNK * 2 + 3 }, (_, i) => ({ hit: i === CHUNK + 7 }));
    expect(chunkedFindIndex(store, 'f', '', items, (i) => items[i]!.hit)).toBe(CHUNK + 7);
    expect(chunkedFindIndex(store, 'f', '', items, (i) => items[i]!.hit)).toBe(CHUNK + 7);
    const none = items.map(() => ({ hit: false }));
    expect(chunkedFindIndex(store, 'f', '', none, (i) => none[i]!.hit)).toBe(-1);
  });
});

describe('chunked without a store', () => {
  it('computes every chunk every time (nothing is remembered between calls)', () => {
    const items = Array.from({ length: CHUNK * 2 }, (_, i) => ({ i }));
    let n = 0;
    chunked(undefined, 'x', '', items, () => ++n);
    chunked(undefined, 'x', '', items, () => ++n);
    expect(n).toBe(4);
  });
});
