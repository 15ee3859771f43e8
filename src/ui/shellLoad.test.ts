import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, preloadModules, showsEditor } from './shellLoad';

describe('showsEditor', () => {
  it('is true for the sandbox, a lesson and a share link, false for ?embed and ?compare', () => {
    expect(showsEditor('')).toBe(true);
    expect(showsEditor('?lesson=seed-sts-vs-deployment&step=2')).toBe(true);
    expect(showsEditor('?lang=zh-CN')).toBe(true);
    expect(showsEditor('?embed')).toBe(false);
    expect(showsEditor('?embed=1&lesson=x')).toBe(false);
    expect(showsEditor('?compare')).toBe(false);
    // The page reads `?embed=0` and `?embed=false` as no embed (store/pageMode.ts).
    expect(showsEditor('?embed=0')).toBe(true);
    expect(showsEditor('?embed=false')).toBe(true);
  });
});

describe('afterFirstPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs once, in a task after the next frame, not in the frame itself', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const load = vi.fn();
    afterFirstPaint(load);
    expect(load).not.toHaveBeenCalled();
    frames.shift()!(0);
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(load).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('runs anyway when no frame comes (a hidden tab), once', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const load = vi.fn();
    afterFirstPaint(load, 250);
    vi.advanceTimersByTime(249);
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(load).toHaveBeenCalledTimes(1);
    frames.shift()!(0);
    vi.advanceTimersByTime(10);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('preloadModules', () => {
  function fakeDocument() {
    const head: Array<Record<string, string>> = [];
    const doc = { createElement: () => ({}), head: { appendChild: (el: Record<string, string>) => head.push(el) } };
    return { doc: doc as unknown as Document, head };
  }

  it('adds one modulepreload link per listed URL, in order', () => {
    const { doc, head } = fakeDocument();
    preloadModules('./assets/YamlEditor-a.js ./assets/sim-b.js', doc);
    expect(head).toEqual([
      { rel: 'modulepreload', crossOrigin: '', href: './assets/YamlEditor-a.js' },
      { rel: 'modulepreload', crossOrigin: '', href: './assets/sim-b.js' },
    ]);
  });

  it('does nothing without a list (the dev server has no meta)', () => {
    const { doc, head } = fakeDocument();
    preloadModules(undefined, doc);
    preloadModules(null, doc);
    preloadModules('', doc);
    expect(head).toEqual([]);
  });
});
