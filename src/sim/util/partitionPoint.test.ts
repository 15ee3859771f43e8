import { describe, expect, it } from 'vitest';
import { partitionPoint } from './partitionPoint';

describe('partitionPoint', () => {
  it('finds the first index where the predicate turns false', () => {
    const xs = [1, 3, 3, 5, 8];
    expect(partitionPoint(xs.length, (i) => xs[i]! < 3)).toBe(1); // lower bound
    expect(partitionPoint(xs.length, (i) => xs[i]! <= 3)).toBe(3); // upper bound
    expect(partitionPoint(xs.length, (i) => xs[i]! < 0)).toBe(0);
    expect(partitionPoint(xs.length, (i) => xs[i]! < 99)).toBe(5);
    expect(partitionPoint(0, () => true)).toBe(0);
  });
});
