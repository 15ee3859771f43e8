// A big Apply in the page computes a short first slice, then the rest in slices: the same frames as computing in
// one go; Cancel keeps what was computed and stops playback there.
import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { realDeps } from './realDeps';

const manifest = (replicas: number) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  replicas: ${replicas}
  podManagementPolicy: Parallel
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: nginx
          image: nginx
`;

function applied(replicas: number) {
  const { store } = createAppStore(realDeps);
  store.getState().setText(manifest(replicas));
  store.getState().applyEditor();
  return store;
}

describe('computing the future in slices', () => {
  it('leaves a big apply computing, with progress; finishing gives the frames of one long computation', () => {
    const store = applied(300);
    const first = store.getState().timeline!;
    expect(first.computingUntilMs).toBeDefined();
    expect(store.getState().consoleLines.length + first.frames.length).toBeGreaterThan(0);
    store.getState().finishComputing();
    const done = store.getState().timeline!;
    expect(done.computingUntilMs).toBeUndefined();
    expect(done.stable).toBe(true);
    const whole = realDeps.act(realDeps.createTimeline(realDeps.defaultConfig, 1), { afterFrame: -1, atMs: 0 }, done.log.actions[0]!.request, done.log.actions[0]!.command).timeline;
    expect(done.frames).toEqual(whole.frames);
  });

  it('playback at the edge goes on with what the slices computed, not only what they last published', () => {
    const store = applied(300);
    const published = store.getState().timeline!;
    expect(published.computingUntilMs).toBeDefined();
    // The slices compute on between publications (here 200 events, not published to the store).
    let events = 0;
    const head = realDeps.advance(published, () => ++events >= 200);
    expect(head.computedUntilMs).toBeGreaterThan(published.computedUntilMs);
    store.setState({ playing: true, speed: 20, playheadMs: published.computedUntilMs, liveEdgeMs: published.computedUntilMs });
    store.getState().tick(250);
    const s = store.getState();
    expect(s.timeline!.computedUntilMs).toBeGreaterThanOrEqual(head.computedUntilMs);
    expect(s.playheadMs).toBeGreaterThan(published.computedUntilMs);
    expect(s.playing).toBe(true);
  });

  it('Cancel keeps the frames computed so far, says so, and pauses', () => {
    const store = applied(300);
    const before = store.getState().timeline!;
    expect(before.computingUntilMs).toBeDefined();
    const count = before.frames.length;
    store.getState().cancelComputing();
    const s = store.getState();
    expect(s.timeline!.computingUntilMs).toBeUndefined();
    expect(s.timeline!.frames.length).toBe(count);
    expect(s.timeline!.limit?.id).toBe('timeline.cancelled');
    expect(s.playing).toBe(false);
    expect(s.notices.some((n) => /Computing stopped/.test(n.text))).toBe(true);
  });
});
