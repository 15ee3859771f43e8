// Engine figures for `npm run bench` (issue 15): apply → all Ready for a StatefulSet with per-pod claims, the number
// of simulated events it takes and the wall time per event, next to a deliberately naive engine. A harness around the
// engine, not part of it: it reads the wall clock, so it lives with the CLI, outside src/sim.
import { createCluster, step, submit } from '../sim/index';
import type { ClusterState } from '../sim/engine/types';
import { DEFAULT_MAX_EVENTS } from '../sim/engine/run';
import { stepWork } from '../sim/engine/loop';
import { CONTROLLERS } from '../sim/engine/controllers';
import { Work } from '../sim/engine/work';
import { statefulSetManifests } from '../sim/bench/fixtures';

export type Policy = 'Parallel' | 'OrderedReady';

/** How far a run may go in simulated time (every bench run settles long before). */
export const HORIZON_MS = 36_000_000;

export interface EngineFigure {
  readonly replicas: number;
  readonly policy: Policy;
  /** Best wall time of the runs, ms. */
  readonly ms: number;
  /** CPU time of the run with the best wall time, ms, by `cpuNowMs` (0 without it): steadier than wall time on a shared machine. */
  readonly cpuMs: number;
  /** Simulated events processed (reconciles dequeued), apply to stable. */
  readonly events: number;
  readonly frames: number;
  /** The longest single engine step of the run with the best wall time, ms (one step cannot be split on the page). */
  readonly maxStepMs: number;
}

export const applied = (replicas: number, policy: Policy): ClusterState =>
  submit(createCluster(), { type: 'apply', objects: statefulSetManifests(replicas, policy) }).state;

const readyPods = (work: Work): number =>
  work.list('Pod').filter((p) => (p.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length;

/**
 * Apply, then step one working copy until nothing but steady timers is queued (runUntilStable's loop). `timeSteps`:
 * also time each step (two clock reads per event) for the longest one.
 */
function settle(replicas: number, policy: Policy, timeSteps = false): { events: number; frames: number; maxStepMs: number; work: Work } {
  const work = new Work(applied(replicas, policy));
  let events = 0;
  let frames = 0;
  let maxStepMs = 0;
  while (events < DEFAULT_MAX_EVENTS && work.hasUnsteadyWork(HORIZON_MS)) {
    const t0 = timeSteps ? performance.now() : 0;
    if (stepWork(work, CONTROLLERS)) frames++;
    if (timeSteps) maxStepMs = Math.max(maxStepMs, performance.now() - t0);
    events++;
  }
  return { events, frames, maxStepMs, work };
}

/** The engine from apply to all Ready, best of `runs` (the apply itself included). */
export function engineFigure(replicas: number, policy: Policy, runs: number, cpuNowMs: () => number = () => 0): EngineFigure {
  let best = Number.POSITIVE_INFINITY;
  let cpuMs = 0;
  let maxStepMs = 0;
  let out = { events: 0, frames: 0 };
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const c0 = cpuNowMs();
    const run = settle(replicas, policy, true);
    const t = performance.now() - t0;
    const cpu = cpuNowMs() - c0;
    if (t < best) {
      best = t;
      cpuMs = cpu;
      maxStepMs = run.maxStepMs;
    }
    if (readyPods(run.work) !== replicas) throw new Error(`bench: ${replicas} ${policy}: only ${readyPods(run.work)} pods Ready`);
    out = run;
  }
  return { replicas, policy, ms: best, cpuMs, events: out.events, frames: out.frames, maxStepMs };
}

/**
 * The naive variant: a deep clone of the whole state before every event (`structuredClone`), then the event on a
 * fresh working copy, so nothing one event computed survives to the next: every list, index and memo is built again
 * from the whole cluster, as an engine without incremental state would. Running it to the end at 200 replicas takes
 * minutes, so it is timed on `samples` events spread evenly over the engine's own run (each from the very state the
 * engine was in there); its total is the mean cost of those events times the number of events.
 */
export function naiveFigure(replicas: number, policy: Policy, samples: number): { ms: number; events: number; sampled: number } {
  const total = settle(replicas, policy).events;
  const every = Math.max(1, Math.floor(total / samples));
  const work = new Work(applied(replicas, policy));
  let spent = 0;
  let sampled = 0;
  for (let n = 0; n < total; n++) {
    if (n % every === 0) {
      const state = work.toState();
      const t0 = performance.now();
      step(structuredClone(state));
      spent += performance.now() - t0;
      sampled++;
    }
    stepWork(work, CONTROLLERS);
  }
  return { ms: (spent / sampled) * total, events: total, sampled };
}
