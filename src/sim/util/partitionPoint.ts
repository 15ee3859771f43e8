/**
 * The first index in [0, n) for which `before(i)` is false, given that it is true for a prefix and false after it
 * (a binary search: lower bound when `before` is "sorts before the key", upper bound when it is "≤ the key").
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
