// `npm run bench`: engine speed as ratios run side by side (never timed assertions in tests).
import { bench, describe } from 'vitest';
import { createCluster, runUntilStable, submit, snapshotAt } from '../index';
import { longTimeline, statefulSetManifests } from './fixtures';

function applyAndSettle(replicas: number, policy: 'OrderedReady' | 'Parallel') {
  const { state } = submit(createCluster(), { type: 'apply', objects: statefulSetManifests(replicas, policy) });
  return runUntilStable(state, { maxMs: 36_000_000 });
}

describe('StatefulSet from apply to all Ready (Parallel)', () => {
  bench('10 replicas', () => { applyAndSettle(10, 'Parallel'); }, { iterations: 5, warmupIterations: 1 });
  bench('100 replicas', () => { applyAndSettle(100, 'Parallel'); }, { iterations: 3, warmupIterations: 1 });
  bench('1,000 replicas', () => { applyAndSettle(1000, 'Parallel'); }, { iterations: 1, warmupIterations: 0 });
});

describe('StatefulSet from apply to all Ready (OrderedReady)', () => {
  bench('10 replicas', () => { applyAndSettle(10, 'OrderedReady'); }, { iterations: 5, warmupIterations: 1 });
  bench('100 replicas', () => { applyAndSettle(100, 'OrderedReady'); }, { iterations: 2, warmupIterations: 1 });
  bench('1,000 replicas', () => { applyAndSettle(1000, 'OrderedReady'); }, { iterations: 1, warmupIterations: 0 });
});

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
