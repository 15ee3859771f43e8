import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { fakeDeps } from './testing/fakeDeps';

function setup(opts: Parameters<typeof fakeDeps>[0] = {}) {
  const deps = fakeDeps(opts);
  const { store } = createAppStore(deps);
  return { deps, store, s: () => store.getState() };
}

describe('timeline + playback', () => {
  it('starts with an empty timeline at t=0, paused', () => {
    const { s } = setup();
    expect(s().timeline?.frames).toHaveLength(0);
    expect([s().playheadMs, s().liveEdgeMs, s().playing]).toEqual([0, 0, false]);
  });

  it('acting at the live edge autoplays; playback reveals history up to where the engine settled', () => {
    const { s } = setup();
    s().perform({ type: 'fault', fault: { type: 'node-down', node: 'node-1' } }, 'kubectl apply -f -');
    expect(s().playing).toBe(true);
    expect(s().notices).toHaveLength(0);
    s().setSpeed(2);
    s().tick(100);
    expect([s().playheadMs, s().liveEdgeMs]).toEqual([200, 200]);
    for (let i = 0; i < 20; i++) s().tick(250);
    expect(s().playheadMs).toBe(3000); // the last frame: stable, so playback stops there
    expect(s().playing).toBe(false);
    expect(s().liveEdgeMs).toBe(3000);
  });

  it('seek clamps to [0, live edge]', () => {
    const { s } = setup();
    s().perform({ type: 'fault', fault: { type: 'node-down', node: 'node-1' } }, 'x');
    for (let i = 0; i < 10; i++) s().tick(250);
    s().seek(99_999);
    expect(s().playheadMs).toBe(s().liveEdgeMs);
    s().seek(-5);
    expect(s().playheadMs).toBe(0);
  });

  it('steps one frame at a time; stepping past the live edge moves it', () => {
    const { s } = setup();
    s().perform({ type: 'fault', fault: { type: 'node-down', node: 'node-1' } }, 'x');
    s().pause();
    expect(s().liveEdgeMs).toBe(0);
    s().stepForward();
    expect([s().playheadMs, s().liveEdgeMs]).toEqual([1000, 1000]);
    s().stepForward();
    s().stepForward();
    s().stepForward(); // nothing further: stays
    expect(s().playheadMs).toBe(3000);
    s().stepBack();
    expect(s().playheadMs).toBe(2000);
    s().seek(1500);
    s().stepBack();
    expect(s().playheadMs).toBe(1000);
    s().stepBack();
    s().stepBack();
    expect(s().playheadMs).toBe(0);
  });

  it('acting in the past forks and says how many seen frames were discarded', () => {
    const { s, deps } = setup();
    s().perform({ type: 'fault', fault: { type: 'node-down', node: 'node-1' } }, 'first');
    for (let i = 0; i < 20; i++) s().tick(250);
    s().seek(1000);
    s().perform({ type: 'fault', fault: { type: 'node-up', node: 'node-1' } }, 'second');
    expect(deps.calls.at(-1)).toBe('act second after=1 at=1000');
    expect(s().notices.map((n) => n.text)).toEqual(['Changed the past: 2 later frames were discarded.']);
    expect(s().liveEdgeMs).toBe(1000);
    expect(s().playing).toBe(true);
  });

  it('extends an unsettled timeline when playback reaches the computed end', () => {
    const { s, deps } = setup({ neverStable: true });
    s().perform({ type: 'fault', fault: { type: 'container-crash', pod: 'web-0' } }, 'crash');
    s().setSpeed(20);
    for (let i = 0; i < 4; i++) s().tick(250);
    expect(deps.calls.some((c) => c.startsWith('extend'))).toBe(true);
    expect(s().playing).toBe(true);
    expect(s().playheadMs).toBe(20_000);
  });

  it('clamps speed to 0.25×–20×', () => {
    const { s } = setup();
    s().setSpeed(100);
    expect(s().speed).toBe(20);
    s().setSpeed(0);
    expect(s().speed).toBe(0.25);
  });
});

describe('fork undo', () => {
  it('acting in the past offers Undo, which restores the previous timeline and playhead', () => {
    const { s } = setup();
    s().perform({ type: 'fault', fault: { type: 'node-down', node: 'node-1' } }, 'first');
    for (let i = 0; i < 20; i++) s().tick(250);
    const before = s().timeline;
    const edge = s().liveEdgeMs;
    s().seek(1000);
    s().perform({ type: 'fault', fault: { type: 'node-down', node: 'node-2' } }, 'second');
    expect(s().timeline).not.toBe(before);
    expect(s().forkUndo?.discarded).toBeGreaterThan(0);
    expect(s().notices.find((n) => n.action === 'undoFork')?.text).toMatch(/Changed the past: \d+ later frames were discarded/);
    s().undoFork();
    expect(s().timeline).toBe(before);
    expect([s().playheadMs, s().liveEdgeMs, s().forkUndo]).toEqual([1000, edge, null]);
    expect(s().notices.some((n) => n.action === 'undoFork')).toBe(false);
  });
});
