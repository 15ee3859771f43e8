// Index arithmetic for the event list window.
import type { Frame } from '../../sim';

/** Index of the last frame at or before `ms` (binary search), or -1. */
export function lastIndexAtOrBefore(frames: readonly Frame[], ms: number): number {
  let lo = 0;
  let hi = frames.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (frames[mid]!.atMs <= ms) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}
