import { describe, expect, it } from 'vitest';
import { canonicalQuantity, compareQuantities, formatQuantity, isValidQuantity, parseQuantity } from './quantity';

describe('parseQuantity', () => {
  it.each([
    ['1Gi', 2 ** 30], ['500Mi', 500 * 2 ** 20], ['1.5Gi', 1.5 * 2 ** 30], ['1e9', 1e9], ['1E3', 1000],
    ['100m', 0.1], ['2k', 2000], ['1G', 1e9], ['10', 10], ['0', 0], ['1Ki', 1024], ['.5Mi', 2 ** 19], ['-1Gi', -(2 ** 30)],
    [3, 3], ['1E', 1e18],
  ])('%s', (q, want) => {
    expect(parseQuantity(q)).toBeCloseTo(want, 9);
  });
  it.each(['', 'abc', '1GB', '1gi', 'Gi', '1 Gi', '1.2.3Gi'])('rejects %j', (q) => {
    expect(Number.isNaN(parseQuantity(q))).toBe(true);
    expect(isValidQuantity(q)).toBe(false);
  });
});

describe('compare and format', () => {
  it('compares across suffixes', () => {
    expect(compareQuantities('1Gi', '1024Mi')).toBe(0);
    expect(compareQuantities('1G', '1Gi')).toBe(-1);
    expect(compareQuantities('2Gi', '1Gi')).toBe(1);
  });
  it('formats canonically', () => {
    expect(formatQuantity(2 ** 30)).toBe('1Gi');
    expect(formatQuantity(1.5 * 2 ** 30)).toBe('1536Mi');
    expect(formatQuantity(1000)).toBe('1000');
    expect(formatQuantity(2e9, 'DecimalSI')).toBe('2G');
    expect(formatQuantity(0.1, 'DecimalSI')).toBe('100m');
    expect(canonicalQuantity('1.5Gi')).toBe('1536Mi');
    expect(canonicalQuantity('1000M')).toBe('1G');
    expect(canonicalQuantity('bad')).toBeUndefined();
  });
});
