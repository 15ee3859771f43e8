// A store value for a pane that need not move on every animation frame: it is published at most once per `ms`
// (the first change after a quiet spell at once, the last of a burst at the end of its interval), and at once
// when playback starts or stops. The event list uses it: at 2× a busy rollout brings several events per frame,
// and dragging the scrubber a new frame per pointer move; re-rendering and scrolling the list for each of them
// cost a quarter of every frame (measured with `npm run bench:browser`), for a list no one can read that fast.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { appStore } from '../../store/useAppStore';
import type { AppState } from '../../store/types';

interface Store<S> { getState(): S; subscribe(listener: (s: S) => void): () => void }

/**
 * Calls `onValue` with `select(state)` when it changes, at most once per `ms` (the last value of a burst is
 * delivered at the end of its interval), and at once when `state.playing` flips. Returns the unsubscribe.
 */
export function subscribePaced<S extends { playing: boolean }, T>(
  store: Store<S>, select: (s: S) => T, equal: (a: T, b: T) => boolean, ms: number, initial: T, onValue: (value: T) => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -Infinity;
  let current = initial;
  let playing = store.getState().playing;
  const publish = () => {
    timer = undefined;
    last = performance.now();
    const value = select(store.getState());
    if (equal(current, value)) return;
    current = value;
    onValue(value);
  };
  const off = store.subscribe((s) => {
    if (s.playing !== playing) {
      playing = s.playing;
      clearTimeout(timer);
      publish();
    } else if (timer === undefined) {
      const wait = last + ms - performance.now();
      if (wait <= 0) publish();
      else timer = setTimeout(publish, wait);
    }
  });
  return () => {
    off();
    clearTimeout(timer);
  };
}

export function usePaced<T>(select: (s: AppState) => T, ms: number, equal: (a: T, b: T) => boolean): T {
  const latest = useRef<{ value: T } | null>(null);
  const read = useCallback(() => {
    latest.current ??= { value: select(appStore.getState()) };
    return latest.current.value;
  }, [select]);
  const subscribe = useCallback((notify: () => void) => {
    // Catch up with changes made before this subscription (React compares read() right after subscribing).
    const now = select(appStore.getState());
    if (!latest.current || !equal(latest.current.value, now)) latest.current = { value: now };
    return subscribePaced(appStore, select, equal, ms, now, (value) => {
      latest.current = { value };
      notify();
    });
  }, [select, ms, equal]);
  return useSyncExternalStore(subscribe, read);
}
