// `npm run bench`: the engine next to a deliberately naive variant of itself, side by side in one run (issue 15).
// The naive run deep-clones the whole state before every event, so no object keeps its identity from one event to
// the next: every memo misses and every controller rescans everything, as an engine without indexes would.
// vitest prints the ratio between the two ("x times faster than").
import { bench, describe } from 'vitest';
import { createCluster, runUntilStable, step, submit } from '../index';
import type { ClusterState } from '../engine/types';
import { DEFAULT_MAX_EVENTS, runWorkUntil } from '../engine/run';
import { Work } from '../engine/work';
import { statefulSetManifests } from './fixtures';

const HORIZON_MS = 36_000_000;
const applied = (replicas: number): ClusterState =>
  submit(createCluster(), { type: 'apply', objects: statefulSetManifests(replicas, 'Parallel') }).state;

/** Events processed from apply to stable (for the per-event cost: time per run / events). */
function eventsToStable(replicas: number): number {
  return runWorkUntil(new Work(applied(replicas)), HORIZON_MS, DEFAULT_MAX_EVENTS, () => {});
}

function naive(replicas: number): ClusterState {
  let state = applied(replicas);
  for (let r = step(structuredClone(state)); r && r.state.nowMs <= HORIZON_MS; r = step(structuredClone(state))) state = r.state;
  return state;
}

const EVENTS_200 = eventsToStable(200);
describe(`200 replicas with claims, apply to all Ready (Parallel, ${EVENTS_200} events): engine vs naive`, () => {
  bench('engine (one working copy, memos and indexes)', () => { runUntilStable(applied(200), { maxMs: HORIZON_MS }); }, { iterations: 2, warmupIterations: 1 });
  bench('naive (deep clone of the state and a full rescan on every event)', () => { naive(200); }, { iterations: 1, warmupIterations: 0 });
});

// Per-event cost vs cluster size: divide each mean by the event count in its name; flat = linear engine.
const sizes = [10, 100, 200].map((n) => [n, eventsToStable(n)] as const);
describe('cost per event vs cluster size (Parallel, apply to all Ready)', () => {
  for (const [n, events] of sizes) {
    bench(`${n} replicas: ${events} events`, () => { runUntilStable(applied(n), { maxMs: HORIZON_MS }); }, { iterations: 3, warmupIterations: 1 });
  }
});
