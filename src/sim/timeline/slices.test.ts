// Computing the future in slices (the page does, to stay responsive) gives exactly the frames of one long run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../scenario';
import { DEFAULT_CONFIG, type ClientRequest } from '../index';
import { act, advance, cancelComputing, continueAct, createTimeline, extend, startAct, timelineFromLog, type Budget, type Timeline } from './timeline';

function logOf(file: string) {
  const parsed = parseScenario(readFileSync(new URL(`../../../scenarios/${file}`, import.meta.url), 'utf8'), file);
  if (!parsed.ok) throw new Error('invalid scenario');
  return runScenario(parsed.scenario).log;
}

/** Stop after every `n` events. */
const every = (n: number): Budget => {
  let k = 0;
  return () => ++k % n === 0;
};

function drain(tl: Timeline, n: number): { tl: Timeline; slices: number } {
  let slices = 1;
  while (tl.computingUntilMs !== undefined) {
    tl = advance(tl, every(n));
    slices++;
  }
  return { tl, slices };
}

const view = (tl: Timeline) => ({ frames: tl.frames, checkpoints: tl.checkpoints.map((c) => c.frame), until: tl.computedUntilMs, stable: tl.stable, limit: tl.limit });

describe('sliced computation', () => {
  it.each(['parallel-pod-management.yaml', 'sts-rolling-update.yaml'])('%s: slices of 1, 7 and all events give identical frames', (file) => {
    const log = logOf(file);
    const whole = timelineFromLog(log);
    expect(whole.computingUntilMs).toBeUndefined();
    for (const n of [1, 7]) {
      const { tl, slices } = drain(timelineFromLog(log, every(n)), n);
      expect(slices).toBeGreaterThan(1);
      expect(view(tl)).toEqual(view(whole));
      expect(tl.checkpoints).toEqual(whole.checkpoints);
    }
  });

  it('acting in the past, in slices, forks to the same future', () => {
    const log = logOf('sts-rolling-update.yaml');
    const base = timelineFromLog(log);
    const at = { afterFrame: 3, atMs: base.frames[3]!.atMs };
    const req = log.actions[log.actions.length - 1]!.request;
    const whole = act(base, at, req, 'again');
    const sliced = act(timelineFromLog(log), at, req, 'again', every(7));
    expect(sliced.timeline.computingUntilMs).toBeDefined();
    expect(sliced.result).toEqual(whole.result);
    expect(view(drain(sliced.timeline, 7).tl)).toEqual(view(whole.timeline));
  });

  it('acting in the past with the history up to the fork recomputed in slices gives the result and future of one act', () => {
    const log = logOf('sts-rolling-update.yaml');
    const base = timelineFromLog(log);
    const req = log.actions[log.actions.length - 1]!.request;
    // Fork points all over the history, also right at and after the recorded actions (replayed on the way).
    const points = [...new Set([...log.actions.flatMap((a) => [a.afterFrame, a.afterFrame + 1, (a.producedFrame ?? a.afterFrame) + 2]), 5, 40, base.frames.length - 2])]
      .filter((i) => i >= 0 && i < base.frames.length);
    let sliced = 0;
    for (const i of points) {
      const at = { afterFrame: i, atMs: base.frames[i]!.atMs + 1 };
      const whole = act(base, at, req, 'again');
      for (const n of [1, 3]) {
        const pending = startAct(base, at, req, 'again');
        let out = continueAct(pending, every(n), () => true);
        for (; out === undefined; sliced++) out = continueAct(pending, every(n), () => true);
        expect(out.result).toEqual(whole.result);
        expect(out.discardedFrames).toBe(whole.discardedFrames);
        expect(view(drain(out.timeline, 5).tl)).toEqual(view(whole.timeline));
        expect(out.timeline.log).toEqual(whole.timeline.log);
      }
    }
    expect(sliced).toBeGreaterThan(points.length);
  });

  it('extending a crash loop in slices matches one extension; cancelling keeps the frames and says so', () => {
    // A pod whose container exits every minute (restartPolicy Always): it never settles.
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'loop', namespace: 'default' }, spec: { containers: [{ name: 'main', image: 'busybox', command: ['sleep', '60'] }] } };
    const log = act(createTimeline(DEFAULT_CONFIG, 1), { afterFrame: -1, atMs: 0 }, { type: 'apply', objects: [pod] } as ClientRequest, 'kubectl apply -f -').timeline.log;
    const base = timelineFromLog(log);
    const until = base.computedUntilMs + 3_600_000;
    expect(base.stable).toBe(false);
    const whole = extend(base, until);
    const other = timelineFromLog(log);
    const sliced = drain(extend(other, until, every(3)), 3).tl;
    expect(view(sliced)).toEqual(view(whole));
    const part = extend(timelineFromLog(log), until, every(2));
    expect(part.computingUntilMs).toBe(until);
    const cancelled = cancelComputing(part);
    expect(cancelled.computingUntilMs).toBeUndefined();
    expect(cancelled.limit?.id).toBe('timeline.cancelled');
    expect(cancelled.frames.length).toBe(part.frames.length);
    expect(whole.frames.slice(0, cancelled.frames.length)).toEqual(cancelled.frames);
  });
});
