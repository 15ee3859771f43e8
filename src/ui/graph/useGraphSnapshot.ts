// The timeline and snapshot the graph draws, a task behind the store: a scrub, a playback tick or a step updates the
// Timeline bar and the rest of the page at once, and the graph of a big cluster (building a thousand cards, the
// canvas, the hit boxes) follows in a task of its own, so the input's task stays short. Several changes before that
// task runs are drawn once, from the latest state (a slow graph skips frames instead of queueing them).
// The update is a React transition: React renders the graph's thousand hit boxes in slices of a few milliseconds and
// starts over with the newest state if the page moves on meanwhile. A transition pending longer than MAX_DEFER_MS
// (playback or a drag that never leaves it time) is overtaken by a plain update, so the graph never falls far behind.
import { startTransition, useEffect, useRef, useState } from 'react';
import type { ClusterSnapshot, Timeline } from '../../sim';
import { appStore, snapshotReader } from '../../store/useAppStore';
import type { AppState } from '../../store/types';

export interface GraphState {
  readonly timeline: Timeline | null;
  readonly snapshot: ClusterSnapshot | null;
  /** The frame the snapshot is the state after (-1: before any); the graph shows it as data-graph-frame. */
  readonly index: number;
}

const read = (s: AppState): GraphState => ({ timeline: s.timeline, snapshot: snapshotReader.snapshot(s), index: snapshotReader.frameIndex(s) });

/** Run `fn` in a new task soon (a MessageChannel: no timer clamping), or a timer where there is none. */
function taskPoster(fn: () => void): { post: () => void; close: () => void } {
  if (typeof MessageChannel === 'undefined') {
    let id: ReturnType<typeof setTimeout> | undefined;
    return { post: () => { id = setTimeout(fn, 0); }, close: () => clearTimeout(id) };
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = fn;
  return { post: () => channel.port2.postMessage(null), close: () => channel.port1.close() };
}

/** Longest a graph update waits as a transition before a plain update takes over. */
export const MAX_DEFER_MS = 120;

export function useGraphState(): GraphState {
  const [state, setState] = useState(() => read(appStore.getState()));
  /** When the oldest transition not yet committed was started (null: none pending). */
  const pendingSince = useRef<number | null>(null);
  useEffect(() => {
    pendingSince.current = null;
  }, [state]);
  useEffect(() => {
    let shown: { timeline: Timeline | null; index: number } = { timeline: state.timeline, index: -2 };
    let posted = false;
    const task = taskPoster(() => {
      posted = false;
      const next = read(appStore.getState());
      shown = next;
      const since = pendingSince.current;
      if (since !== null && performance.now() - since > MAX_DEFER_MS) {
        setState(next);
        return;
      }
      if (since === null) pendingSince.current = performance.now();
      startTransition(() => setState(next));
    });
    // Cheap on every store change: only the timeline and the frame index at the playhead decide the snapshot.
    const check = (s: AppState) => {
      if (posted || (s.timeline === shown.timeline && snapshotReader.frameIndex(s) === shown.index)) return;
      posted = true;
      task.post();
    };
    const off = appStore.subscribe(check);
    check(appStore.getState());
    return () => {
      off();
      task.close();
    };
    // Subscribed once: the first state is the one useState started from.
  }, []);
  return state;
}
