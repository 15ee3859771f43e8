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
