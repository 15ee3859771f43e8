import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, showsEditor } from './shellLoad';

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
