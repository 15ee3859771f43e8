// Timeline + playback: the engine's timeline, the playhead, the live edge and the play loop's state.
// A long computation (a big Apply, acting in the past, extending a crash loop) never holds the page: an action
// computes a short first slice at once (its result is known then), and the rest follows in slices of a few
// milliseconds between the page's frames (computeSlices.ts), the timeline marked as still computing.
import type { Timeline } from '../sim';
import { budgetOf, FIRST_SLICE_MS, makeSliceScheduler, TICK_SLICE_MS } from './computeSlices';
import { formatReason, t } from '../ui/i18n';
import { formatSimTime } from '../ui/timeline/format';
import type { AppState, SliceCreator, TimelineSlice } from './types';
import {
  DEFAULT_SPEED, EXTEND_CHUNK_MS, MAX_TICK_WALL_MS, SPEEDS, endOfHistoryMs, nextFrameMs, prevFrameMs, visibleFramesAfter,
} from './timelineMath';

const SEED = 1;
/** How often playback waiting at the edge of a computation takes the computation's newest timeline. */
const EDGE_REFRESH_MS = 150;

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

  /** Publish a timeline; one still computing gets its next slices scheduled. */
  function setTimeline(timeline: Timeline, more: Partial<AppState> = {}): void {
    set({ timeline, ...more });
    if (timeline.computingUntilMs !== undefined) slices.schedule();
  }

  /** When playback waiting at the edge last took the computation's newest timeline (tick). */
  let edgeRefreshedAt = -Infinity;

  const slices = makeSliceScheduler({
    current: () => get().timeline,
    advance: (tl, budget) => guard(() => deps.advance(tl, budget)) ?? deps.cancelComputing(tl),
    publish(tl, done) {
      set({ timeline: tl });
      if (done && tl.limit) get().notify('warning', formatReason(tl.limit));
    },
  });

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
      setTimeline(undo.timeline, {
        playheadMs: undo.playheadMs, liveEdgeMs: undo.liveEdgeMs, playing: false, forkUndo: null,
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
      // The next frame may not be computed yet: compute on (a bounded while; the rest goes on in slices).
      const budget = budgetOf(FIRST_SLICE_MS);
      for (let tries = 0; next === undefined && !tl.stable && !tl.limit && tries < 5; tries++) {
        const base: Timeline = tl;
        tl = guard(() => (base.computingUntilMs !== undefined ? deps.advance(base, budget) : deps.extend(base, base.computedUntilMs + EXTEND_CHUNK_MS, budget))) ?? base;
        if (tl === base) break;
        next = nextFrameMs(tl, from, deps.frameIndexAt);
        if (budget()) break;
      }
      if (next === undefined) {
        setTimeline(tl, { playing: false });
        return;
      }
      setTimeline(tl, { playing: false, playheadMs: next, liveEdgeMs: Math.max(get().liveEdgeMs, next) });
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
      if (target > tl.computedUntilMs && !tl.stable && tl.computingUntilMs === undefined) {
        const base: Timeline = tl;
        tl = guard(() => deps.extend(base, target + EXTEND_CHUNK_MS, budgetOf(FIRST_SLICE_MS))) ?? base;
      }
      // Playback waits at the edge of what is computed so far while the slices catch up. The slices publish only a
      // few times a second, so the edge is taken from the computation itself: advance returns its newest timeline,
      // computing one event more (or, when the slices are starved because a synchronous loop of ticks holds the
      // thread, a few milliseconds' worth). Waiting at the last published edge stalled playback for up to
      // PUBLISH_EVERY_MS (500 ms) behind what was already computed (e.g. after a drain's eviction forked a big cluster).
      // At most every EDGE_REFRESH_MS (each new timeline re-lays out a big graph), unless the slices are starved.
      const starved = slices.starved();
      if (tl.computingUntilMs !== undefined && target > tl.computedUntilMs && (starved || performance.now() - edgeRefreshedAt >= EDGE_REFRESH_MS)) {
        const base: Timeline = tl;
        edgeRefreshedAt = performance.now();
        tl = guard(() => deps.advance(base, budgetOf(starved ? TICK_SLICE_MS : 0))) ?? base;
      }
      if (tl.computingUntilMs !== undefined) target = Math.max(playheadMs, Math.min(target, tl.computedUntilMs));
      const end = heldEnd(endOfHistoryMs(tl));
      const stop = end !== undefined && target >= end;
      if (stop) target = Math.max(end, playheadMs);
      if (!get().playing) return; // the engine failed and paused us
      setTimeline(tl, { playheadMs: target, liveEdgeMs: Math.max(liveEdgeMs, target), playing: !stop });
    },

    cancelComputing() {
      const tl = get().timeline;
      if (!tl || tl.computingUntilMs === undefined) return;
      const out = deps.cancelComputing(tl);
      // Playback stops where the computation stopped (nothing lies beyond it).
      const edge = Math.max(out.computedUntilMs, out.frames[out.frames.length - 1]?.atMs ?? 0);
      set({ timeline: out, playing: false, playheadMs: Math.min(get().playheadMs, edge), liveEdgeMs: Math.min(get().liveEdgeMs, Math.max(edge, get().playheadMs)) });
      get().notify('warning', t('computeCancelled', { time: formatSimTime(out.computedUntilMs) }));
    },

    finishComputing() {
      const tl = get().timeline;
      if (!tl || tl.computingUntilMs === undefined) return;
      const out = guard(() => deps.advance(tl));
      if (out) slices.publishNow(out);
    },

    perform(request, command) {
      const tl = get().timeline;
      if (!tl) return undefined;
      const { playheadMs, liveEdgeMs } = get();
      const afterFrame = deps.frameIndexAt(tl, playheadMs);
      const seen = visibleFramesAfter(tl, playheadMs, liveEdgeMs, deps.frameIndexAt);
      const out = guard(() => deps.act(tl, { afterFrame, atMs: playheadMs }, request, command, budgetOf(FIRST_SLICE_MS)));
      if (!out) return undefined;
      const forkUndo = seen > 0 ? { timeline: tl, playheadMs, liveEdgeMs, discarded: seen } : null;
      setTimeline(out.timeline, { liveEdgeMs: playheadMs, forkUndo });
      if (!forkUndo) set({ notices: get().notices.filter((n) => n.action !== 'undoFork') });
      if (seen > 0) get().notify('warning', t('forkNotice', { count: seen }), 'undoFork');
      if (out.timeline.limit) get().notify('warning', formatReason(out.timeline.limit));
      const changed = out.timeline.frames.length > afterFrame + 1 || !out.timeline.stable;
      if (changed) get().play();
      return out.result;
    },
  };
};
