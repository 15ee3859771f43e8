import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { subscribePaced } from './usePaced';

interface S { playing: boolean; n: number }
function store(initial: S) {
  let state = initial;
  const listeners = new Set<(s: S) => void>();
  return {
    getState: () => state,
    subscribe: (l: (s: S) => void) => { listeners.add(l); return () => listeners.delete(l); },
    set: (patch: Partial<S>) => { state = { ...state, ...patch }; for (const l of listeners) l(state); },
    listeners,
  };
}

describe('subscribePaced', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('delivers a change after a quiet spell at once, and paces a burst (a scrubber drag) when paused too', () => {
    const s = store({ playing: false, n: 0 });
    const seen: number[] = [];
    subscribePaced(s, (x) => x.n, Object.is, 100, 0, (v) => seen.push(v));
    s.set({ n: 1 });
    expect(seen).toEqual([1]);
    s.set({ n: 1 }); // unchanged: not delivered
    s.set({ n: 2 });
    s.set({ n: 3 });
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([1, 3]);
    vi.advanceTimersByTime(300);
    s.set({ n: 4 });
    expect(seen).toEqual([1, 3, 4]);
  });

  it('while playing, delivers at most once per interval, ending with the last value of a burst', () => {
    const s = store({ playing: true, n: 0 });
    const seen: number[] = [];
    subscribePaced(s, (x) => x.n, Object.is, 100, 0, (v) => seen.push(v));
    s.set({ n: 1 }); // the first change goes through
    expect(seen).toEqual([1]);
    for (let i = 2; i <= 6; i++) { vi.advanceTimersByTime(16); s.set({ n: i }); }
    expect(seen).toEqual([1]); // 80 ms later: still held
    vi.advanceTimersByTime(20);
    expect(seen).toEqual([1, 6]); // at 100 ms: the latest
    vi.advanceTimersByTime(500);
    expect(seen).toEqual([1, 6]);
  });

  it('pausing (or starting) delivers the held value at once and cancels the pending one', () => {
    const s = store({ playing: true, n: 0 });
    const seen: number[] = [];
    subscribePaced(s, (x) => x.n, Object.is, 100, 0, (v) => seen.push(v));
    s.set({ n: 1 });
    vi.advanceTimersByTime(10);
    s.set({ n: 2 });
    s.set({ playing: false });
    expect(seen).toEqual([1, 2]);
    vi.advanceTimersByTime(200);
    expect(seen).toEqual([1, 2]);
  });

  it('unsubscribes from the store and drops a pending delivery', () => {
    const s = store({ playing: true, n: 0 });
    const seen: number[] = [];
    const off = subscribePaced(s, (x) => x.n, Object.is, 100, 0, (v) => seen.push(v));
    s.set({ n: 1 });
    s.set({ n: 2 });
    off();
    vi.advanceTimersByTime(200);
    expect(seen).toEqual([1]);
    expect(s.listeners.size).toBe(0);
  });
});
