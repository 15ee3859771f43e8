// `npm run bench`: engine speed as ratios run side by side (never timed assertions in tests).
import { bench, describe } from 'vitest';
import { createCluster, runUntilStable, submit } from '../index';
import { act, createTimeline, DEFAULT_CONFIG, snapshotAt, extend } from '../index';
import type { Timeline } from '../index';
import { statefulSetManifests } from './fixtures';

function applyAndSettle(replicas: number, policy: 'OrderedReady' | 'Parallel') {
  const { state } = submit(createCluster(), { type: 'apply', objects: statefulSetManifests(replicas, policy) });
  return runUntilStable(state, { maxMs: 3_600_000 });
}

describe('StatefulSet from apply to all Ready (Parallel)', () => {
  bench('10 replicas', () => { applyAndSettle(10, 'Parallel'); }, { iterations: 5 });
  bench('100 replicas', () => { applyAndSettle(100, 'Parallel'); }, { iterations: 3 });
  bench('1,000 replicas', () => { applyAndSettle(1000, 'Parallel'); }, { iterations: 1, warmupIterations: 0 });
});

describe('StatefulSet from apply to all Ready (OrderedReady)', () => {
  bench('10 replicas', () => { applyAndSettle(10, 'OrderedReady'); }, { iterations: 5 });
  bench('100 replicas', () => { applyAndSettle(100, 'OrderedReady'); }, { iterations: 2 });
});

/** A long timeline: a 1000-replica set scaled up and down until about `frames` frames exist. */
function longTimeline(frames: number): Timeline {
  let tl = createTimeline(DEFAULT_CONFIG, 1);
  let replicas = 1000;
  tl = act(tl, { afterFrame: -1, atMs: 0 }, { type: 'apply', objects: statefulSetManifests(replicas) }, 'apply').timeline;
  while (tl.frames.length < frames) {
    replicas = replicas === 1000 ? 0 : 1000;
    const last = tl.frames.length - 1;
    tl = act(tl, { afterFrame: last, atMs: tl.frames[last]!.atMs + 1000 }, { type: 'scale', target: { kind: 'StatefulSet', namespace: 'default', name: 'web' }, replicas }, 'scale').timeline;
    tl = extend(tl, tl.computedUntilMs + 60_000);
  }
  return tl;
}

const LONG = longTimeline(100_000);
let i = 0;
describe(`seek in a ${LONG.frames.length.toLocaleString('en')}-frame timeline (flat = ratios near 1)`, () => {
  bench('seek near the start', () => { snapshotAt(LONG, 100 + (i++ % 63)); });
  bench('seek in the middle', () => { snapshotAt(LONG, (LONG.frames.length >> 1) + (i++ % 63)); });
  bench('seek near the end', () => { snapshotAt(LONG, LONG.frames.length - 64 + (i++ % 63)); });
});
