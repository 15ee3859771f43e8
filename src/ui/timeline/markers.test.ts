import { describe, expect, it } from 'vitest';
import type { Frame } from '../../sim';
import { layoutMarkers, markerKind } from './markers';
import { shortcutFor } from './shortcuts';

const frame = (atMs: number, actor: string, kinds: string[]): Frame => ({
  atMs, cause: { actor, why: { id: 'engine.nothingChanged' } }, events: [],
  changes: kinds.map((kind) => ({ type: 'ADDED', key: `${kind}/default/x`, object: { kind, apiVersion: 'v1', metadata: { name: 'x' } } })),
} as unknown as Frame);

describe('timeline markers', () => {
  it('classifies frames: user actions first, else the first object kind that changed', () => {
    expect(markerKind(frame(0, 'user', ['Pod']))).toBe('user');
    expect(markerKind(frame(0, 'kubelet', ['Event', 'Pod']))).toBe('pod');
    expect(markerKind(frame(0, 'persistentvolume-binder', ['PersistentVolumeClaim']))).toBe('storage');
    expect(markerKind(frame(0, 'garbage-collector', ['Event']))).toBe('other');
  });
  it('one marker per pixel column up to the live edge; a user action wins its column', () => {
    const frames = [frame(0, 'user', []), frame(1, 'kubelet', ['Pod']), frame(500, 'kubelet', ['Pod']), frame(1000, 'statefulset-controller', ['StatefulSet']), frame(2000, 'kubelet', ['Pod'])];
    expect([...layoutMarkers(frames, 1000, 116, 8)]).toEqual([[8, 'user'], [58, 'pod'], [108, 'workload']]);
  });
  it('gives what one pass over every frame gives, also as the frames grow (the counts are kept per array)', () => {
    const rank = { user: 5, pod: 4, storage: 3, workload: 2, network: 1, other: 0 } as const;
    /** The plain pass: each frame up to the edge into its column, the stronger kind winning. */
    const reference = (fs: readonly Frame[], untilMs: number, width: number, inset: number) => {
      const out = new Map<number, string>();
      const span = Math.max(1, width - 2 * inset);
      for (const f of fs) {
        if (f.atMs > untilMs) break;
        const x = Math.round(inset + (f.atMs / Math.max(1, untilMs)) * span);
        const k = markerKind(f);
        const had = out.get(x) as keyof typeof rank | undefined;
        if (had === undefined || rank[k] > rank[had]) out.set(x, k);
      }
      return [...out];
    };
    const kinds = [['Pod'], ['PersistentVolumeClaim'], ['StatefulSet'], ['Service'], ['Event'], []];
    const actors = ['kubelet', 'user', 'statefulset-controller'];
    const frames: Frame[] = [];
    let seed = 3;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    let t = 0;
    for (const grow of [40, 900, 5000]) {
      while (frames.length < grow) {
        t += rnd(4) === 0 ? rnd(50_000) : rnd(3);
        frames.push(frame(t, actors[rnd(10) === 0 ? 1 : rnd(3) === 1 ? 0 : rnd(3)]!, kinds[rnd(kinds.length)]!));
      }
      for (const [until, width] of [[t, 1200], [Math.floor(t / 3), 700], [t + 5000, 40], [0, 300]] as const) {
        expect([...layoutMarkers(frames, until, width, 8)]).toEqual(reference(frames, until, width, 8));
      }
    }
  });
});

describe('shortcuts', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
    shortcutFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, target: null, ...mods });
  it('maps presenter keys', () => {
    expect([key(' '), key('.'), key('PageDown'), key(','), key('PageUp'), key('ArrowLeft'), key('Home'), key('End'), key('?')])
      .toEqual(['togglePlay', 'next', 'next', 'prev', 'prev', 'prev', 'start', 'end', 'help']);
  });
  it('ignores modified keys and unknown keys', () => {
    expect([key('.', { ctrlKey: true }), key('ArrowRight', { altKey: true }), key('x'), key('ArrowUp')]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
