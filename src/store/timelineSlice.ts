// Timeline + playback: the engine's timeline, the playhead, the live edge and the play loop's state.
import type { Timeline } from '../sim';
import { formatReason, t } from '../ui/i18n';
import type { SliceCreator, TimelineSlice } from './types';
import {
  DEFAULT_SPEED, EXTEND_CHUNK_MS, MAX_TICK_WALL_MS, SPEEDS, endOfHistoryMs, nextFrameMs, prevFrameMs, visibleFramesAfter,
} from './timelineMath';

const SEED = 1;

export const createTimelineSlice: SliceCreator<TimelineSlice> = (deps) => (set, get) => {
  /** Run an engine call; a throw becomes a visible notice instead of a crash. */
  function guard<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      get().notify('error', t('engineError', { reason: err instanceof Error ? err.message : String(err) }));
      set({ playing: false });
      return undefined;
    }
  }

  /**
   * The end of a settled history, or later while a blocking console command will act on its own then (a drain
   * retries an eviction every 5 s): time goes on until it does.
   */
  const heldEnd = (end: number | undefined): number | undefined => {
    if (end === undefined) return undefined;
    const st = get();
    const dues = [st.consoleWatch, ...st.terminals.map((t) => t.watch)].map((w) => (w?.mode === 'block' ? w.dueMs : undefined)).filter((d): d is number => d !== undefined);
    return dues.length ? Math.max(end, Math.min(...dues)) : end;
  };
  return {
    timeline: null,
    playheadMs: 0,
    liveEdgeMs: 0,
    playing: false,
    speed: DEFAULT_SPEED,
    forkUndo: null,

    newTimeline(config = deps.defaultConfig) {
      const timeline = guard(() => deps.createTimeline(config, SEED)) ?? null;
      set({ timeline, playheadMs: 0, liveEdgeMs: 0, playing: false, forkUndo: null });
    },

    undoFork() {
      const undo = get().forkUndo;
      if (!undo) return;
      set({
        timeline: undo.timeline, playheadMs: undo.playheadMs, liveEdgeMs: undo.liveEdgeMs, playing: false, forkUndo: null,
        notices: get().notices.filter((n) => n.action !== 'undoFork'),
      });
    },

    seek(ms) {
      const { liveEdgeMs } = get();
      set({ playheadMs: Math.round(Math.min(Math.max(0, ms), liveEdgeMs)) });
    },

    stepForward() {
      const first = get().timeline;
      if (!first) return;
      let tl: Timeline = first;
      const from = get().playheadMs;
      let next = nextFrameMs(tl, from, deps.frameIndexAt);
      for (let tries = 0; next === undefined && !tl.stable && tries < 5; tries++) {
        const base: Timeline = tl;
        tl = guard(() => deps.extend(base, base.computedUntilMs + EXTEND_CHUNK_MS)) ?? base;
        if (tl === base) break;
        next = nextFrameMs(tl, from, deps.frameIndexAt);
      }
      if (next === undefined) {
        set({ timeline: tl, playing: false });
        return;
      }
      set({ timeline: tl, playing: false, playheadMs: next, liveEdgeMs: Math.max(get().liveEdgeMs, next) });
    },

    stepBack() {
      const tl = get().timeline;
      if (!tl) return;
      set({ playing: false, playheadMs: prevFrameMs(tl, get().playheadMs, deps.frameIndexAt) });
    },

    play() {
      const tl = get().timeline;
      if (!tl) return;
      const end = heldEnd(endOfHistoryMs(tl));
      if (end !== undefined && get().playheadMs >= end) return;
      set({ playing: true });
    },

    pause() {
      set({ playing: false });
    },

    setSpeed(speed) {
      const min = SPEEDS[0];
      const max = SPEEDS[SPEEDS.length - 1]!;
      if (Number.isFinite(speed)) set({ speed: Math.min(max, Math.max(min, speed)) });
    },

    tick(wallMs) {
      const { playing, speed, playheadMs, liveEdgeMs, timeline } = get();
      if (!playing || !timeline) return;
      let tl: Timeline = timeline;
      let target = Math.round(playheadMs + Math.min(Math.max(wallMs, 0), MAX_TICK_WALL_MS) * speed);
      if (target > tl.computedUntilMs && !tl.stable) {
        const base: Timeline = tl;
        tl = guard(() => deps.extend(base, target + EXTEND_CHUNK_MS)) ?? base;
      }
      const end = heldEnd(endOfHistoryMs(tl));
      const stop = end !== undefined && target >= end;
      if (stop) target = Math.max(end, playheadMs);
      if (!get().playing) return; // the engine failed and paused us
      set({ timeline: tl, playheadMs: target, liveEdgeMs: Math.max(liveEdgeMs, target), playing: !stop });
    },

    perform(request, command) {
      const tl = get().timeline;
      if (!tl) return undefined;
      const { playheadMs, liveEdgeMs } = get();
      const afterFrame = deps.frameIndexAt(tl, playheadMs);
      const seen = visibleFramesAfter(tl, playheadMs, liveEdgeMs, deps.frameIndexAt);
      const out = guard(() => deps.act(tl, { afterFrame, atMs: playheadMs }, request, command));
      if (!out) return undefined;
      const forkUndo = seen > 0 ? { timeline: tl, playheadMs, liveEdgeMs, discarded: seen } : null;
      set({ timeline: out.timeline, liveEdgeMs: playheadMs, forkUndo });
      if (!forkUndo) set({ notices: get().notices.filter((n) => n.action !== 'undoFork') });
      if (seen > 0) get().notify('warning', t('forkNotice', { count: seen }), 'undoFork');
      if (out.timeline.limit) get().notify('warning', formatReason(out.timeline.limit));
      const changed = out.timeline.frames.length > afterFrame + 1 || !out.timeline.stable;
      if (changed) get().play();
      return out.result;
    },
  };
};
