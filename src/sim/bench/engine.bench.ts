// `npm run bench` part 2: seek cost along a long timeline, as ratios (never timed assertions in tests). The apply →
// Ready figures, the CLI path and the naive variant are printed by part 1 (src/cli/bench.ts).
import { bench, describe } from 'vitest';
import { snapshotAt } from '../index';
import { longTimeline } from './fixtures';

const LONG = longTimeline(100_000);
const n = LONG.frames.length;
// Seek at the same point of a scale-up near the start, the middle and the end, so only the position differs.
const scaleUps = LONG.log.actions.filter((_a, k) => k > 0 && k % 2 === 0).map((a) => a.producedFrame ?? a.afterFrame);
const near = (frame: number): number => scaleUps.reduce((best, f) => (Math.abs(f - frame) < Math.abs(best - frame) ? f : best));
const [start, middle, end] = [near(0), near(n >> 1), near(n - 1)];
let i = 0;
describe(`seek in a ${n.toLocaleString('en')}-frame timeline (flat = ratios near 1)`, () => {
  bench(`seek near the start (frame ${start})`, () => { snapshotAt(LONG, start + 1 + (i++ % 63)); });
  bench(`seek in the middle (frame ${middle})`, () => { snapshotAt(LONG, middle + 1 + (i++ % 63)); });
  bench(`seek near the end (frame ${end})`, () => { snapshotAt(LONG, end + 1 + (i++ % 63)); });
});
