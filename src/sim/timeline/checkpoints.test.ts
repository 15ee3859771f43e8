// Where checkpoints sit never changes a snapshot or a fork: a heavy frame gets one right after it (replay.ts), and
// seeking or acting from it gives exactly what folding every frame from the initial cluster gives.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/cluster';
import { longTimeline, statefulSetManifests } from '../bench/fixtures';
import { act, advance, createTimeline, snapshotAt, type Timeline } from './timeline';
import { CHECKPOINT_EVERY, HEAVY_FRAME_CHANGES, Replayer } from './replay';
import { WHY_FULL_EVERY } from './checkpointWhy';
import { snapshotFrom } from './snapshot';

/** 130 Parallel replicas: the first StatefulSet sync creates 260 objects (pods and claims) in one frame. */
function bigApply(): Timeline {
  let tl = act(createTimeline(DEFAULT_CONFIG, 1), { afterFrame: -1, atMs: 0 }, { type: 'apply', objects: statefulSetManifests(130, 'Parallel') }, 'kubectl apply -f -').timeline;
  while (tl.computingUntilMs !== undefined) tl = advance(tl);
  return tl;
}

/** The same timeline with only the initial cluster as a checkpoint (every seek and fork replays from the start). */
const withoutCheckpoints = (tl: Timeline): Timeline => ({ ...tl, checkpoints: [tl.checkpoints[0]!], run: undefined });

describe('checkpoints after heavy frames', () => {
  const tl = bigApply();
  const heavy = tl.checkpoints.filter((c) => c.frame % CHECKPOINT_EVERY !== 0 && c.frame >= 0);

  it('a frame with many changes gets a checkpoint right after it, and only such frames do off the interval', () => {
    expect(heavy.length).toBeGreaterThan(0);
    for (const c of heavy) expect(tl.frames[c.frame]!.changes.length).toBeGreaterThanOrEqual(HEAVY_FRAME_CHANGES);
    const expected = tl.frames.flatMap((f, i) => (i % CHECKPOINT_EVERY === 0 || f.changes.length >= HEAVY_FRAME_CHANGES ? [i] : []));
    expect(tl.checkpoints.map((c) => c.frame)).toEqual([-1, ...expected]);
  });

  it('snapshots from them equal the frames folded from the initial cluster', () => {
    const first = tl.checkpoints[0]!;
    const at = [...heavy.flatMap((c) => [c.frame - 1, c.frame, c.frame + 1, c.frame + 5]), tl.frames.length - 1, Math.floor(tl.frames.length / 2)];
    for (const i of at) expect(snapshotAt(tl, i)).toEqual(snapshotFrom(first, tl.frames, i));
  });

  it('acting in the past after a heavy frame forks to the same future as replaying from the start', () => {
    const i = heavy[0]!.frame + 3;
    const at = { afterFrame: i, atMs: tl.frames[i]!.atMs };
    const request = { type: 'scale', target: { kind: 'StatefulSet', namespace: 'default', name: 'web' }, replicas: 3 } as const;
    const fromHeavy = act(tl, at, request, 'kubectl scale sts web --replicas=3');
    const fromStart = act(withoutCheckpoints(tl), at, request, 'kubectl scale sts web --replicas=3');
    expect(fromHeavy.result).toEqual(fromStart.result);
    let a = fromHeavy.timeline;
    let b = fromStart.timeline;
    while (a.computingUntilMs !== undefined) a = advance(a);
    while (b.computingUntilMs !== undefined) b = advance(b);
    expect(a.frames).toEqual(b.frames);
    expect(a.log).toEqual(b.log);
    expect(a.checkpoints.map((c) => c.frame).filter((f) => f > i)).toEqual(b.checkpoints.map((c) => c.frame).filter((f) => f > i));
  });
});

describe('snapshots between checkpoints', () => {
  it('replaying frames gives the engine state at the next checkpoint: objects, events (aggregated, past the 1,000 bound), sim', () => {
    const tl = longTimeline(3000);
    const cps = tl.checkpoints;
    expect(cps.at(-1)!.state.events.length).toBe(1000);
    expect(cps.at(-1)!.state.events.some((e) => e.count > 1)).toBe(true);
    for (let k = 1; k < cps.length; k++) {
      const { frame, state } = cps[k]!;
      const snap = snapshotFrom(cps[k - 1]!, tl.frames, frame);
      expect(snap.events).toEqual(state.events);
      expect(snap.objects).toEqual(state.objects);
      expect(snap.sim).toEqual(state.sim);
    }
  });
});

describe('checkpoint why, kept as changes', () => {
  it.each([['130 Parallel replicas', bigApply], ['a long scale up/down history', () => longTimeline(3000)]])('%s: every checkpoint gives the engine its whole why', (_, make) => {
    const tl = make();
    expect(tl.checkpoints.length).toBeGreaterThan(WHY_FULL_EVERY + 1);
    const r = new Replayer(tl.checkpoints[0]!, tl.log.actions, () => {});
    for (const cp of tl.checkpoints.slice(1)) {
      r.advanceTo(cp.frame);
      expect(cp.state.why).toEqual(r.work.toState().why);
    }
  });
});
