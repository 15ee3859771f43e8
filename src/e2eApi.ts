// A small typed test API on window.__podium (installed in every build; it only reads and drives the store).
import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from './store/types';

export interface PodiumTestApi {
  /** The whole store state (read-only use). */
  getState(): AppState;
  /** Number of frames the engine has computed (including the hidden future beyond the live edge). */
  frameCount(): number;
  /** Playhead in simulated ms. */
  playheadMs(): number;
  /** Furthest simulated ms reached (the slider's max). */
  liveEdgeMs(): number;
  setSpeed(speed: number): void;
  play(): void;
  pause(): void;
  /** Move the playhead (clamped to [0, live edge]); pauses playback. */
  seekMs(ms: number): void;
  /** Play until the cluster settles (or `maxMs` of simulated time), instantly (computing the future in one go,
   * not in the page's slices), then pause. Returns the playhead. */
  runToEnd(maxMs?: number): number;
}

export function installTestApi(store: StoreApi<AppState>): PodiumTestApi {
  const s = () => store.getState();
  const api: PodiumTestApi = {
    getState: s,
    frameCount: () => s().timeline?.frames.length ?? 0,
    playheadMs: () => s().playheadMs,
    liveEdgeMs: () => s().liveEdgeMs,
    setSpeed: (speed) => s().setSpeed(speed),
    play: () => s().play(),
    pause: () => s().pause(),
    seekMs: (ms) => {
      s().pause();
      s().seek(ms);
    },
    runToEnd(maxMs = 600_000) {
      const start = s().playheadMs;
      const speed = s().speed;
      s().setSpeed(20);
      s().finishComputing();
      s().play();
      while (s().playing && s().playheadMs - start < maxMs) {
        s().tick(250);
        s().finishComputing();
      }
      s().pause();
      s().setSpeed(speed);
      return s().playheadMs;
    },
  };
  if (typeof window !== 'undefined') window.__podium = api;
  return api;
}
