// Timeline + playback: the engine's timeline, the playhead, the live edge and the play loop's state.
// A long computation (a big Apply, acting in the past, extending a crash loop) never holds the page: an action
// computes a short first slice at once (its result is known then), and the rest follows in slices of a few
// milliseconds between the page's frames (computeSlices.ts), the timeline marked as still computing.
import type { Budget, ClientRequest, PendingAct, RequestResult, Timeline } from '../sim';
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

/**
 * `sliceActs`: an action whose history up to the playhead takes longer than a slice to compute again answers later
 * (performThen), so the page never waits on it; off, it answers at once (tests, where wall time must not decide).
 */
export const createTimelineSlice = (opts: { readonly sliceActs?: boolean } = {}): SliceCreator<TimelineSlice> => (deps) => (set, get) => {
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

  /** Nothing of the future is computed while acting (a heavy first step must not hold the page): slices do it. */
  const LATER = () => true;

  /** An action on its way (perform): where it was taken, and the pending computation of the history up to it. */
  interface Acting {
    readonly pending: PendingAct;
    readonly from: Timeline;
    readonly afterFrame: number;
    readonly playheadMs: number;
    readonly liveEdgeMs: number;
    readonly seen: number;
  }

  function startActing(request: ClientRequest, command: string): Acting | undefined {
    const tl = get().timeline;
    if (!tl) return undefined;
    const { playheadMs, liveEdgeMs } = get();
    const afterFrame = deps.frameIndexAt(tl, playheadMs);
    const seen = visibleFramesAfter(tl, playheadMs, liveEdgeMs, deps.frameIndexAt);
    const pending = guard(() => deps.startAct(tl, { afterFrame, atMs: playheadMs }, request, command));
    return pending && { pending, from: tl, afterFrame, playheadMs, liveEdgeMs, seen };
  }

  /** Publish what an action did: the forked timeline, its Undo, notices, and playback of what follows. */
  function finishActing(a: Acting, out: { timeline: Timeline; result: RequestResult }): RequestResult {
    const forkUndo = a.seen > 0 ? { timeline: a.from, playheadMs: a.playheadMs, liveEdgeMs: a.liveEdgeMs, discarded: a.seen } : null;
    const tl = out.timeline;
    const changed = tl.frames.length > a.afterFrame + 1 || (!tl.stable && tl.computingUntilMs === undefined);
    // Nothing of the future is computed yet: whether an action that changed nothing itself sets things going shows
    // in the first slice (published at once).
    playIfChanged = !changed && tl.computingUntilMs !== undefined ? a.afterFrame : undefined;
    if (playIfChanged !== undefined) slices.publishNext();
    setTimeline(tl, { playheadMs: a.playheadMs, liveEdgeMs: a.playheadMs, forkUndo });
    if (!forkUndo) set({ notices: get().notices.filter((n) => n.action !== 'undoFork') });
    if (a.seen > 0) get().notify('warning', t('forkNotice', { count: a.seen }), 'undoFork');
    if (tl.limit) get().notify('warning', formatReason(tl.limit));
    if (changed) get().play();
    return out.result;
  }

  /**
   * After an action whose future is left to the slices: play once the first slice shows it changed something (new
   * frames, or more to compute), as an action that computed its first slice at once did.
   */
  let playIfChanged: number | undefined;

  /** An action still computing the history up to its place (in slices), and who waits for its result. */
  let acting: { readonly a: Acting; readonly done: (r: RequestResult | undefined) => void } | null = null;

  /** Go on with the action on its way for a slice (no budget: to its end); true while it still needs more. */
  function continueActing(budget?: Budget): boolean {
    const cur = acting;
    if (!cur) return false;
    if (get().timeline !== cur.a.from) {
      // The timeline was replaced meanwhile (a workspace loaded, Undo): the action no longer has a place.
      acting = null;
      set({ actingPending: false });
      cur.done(undefined);
      return false;
    }
    let failed = false;
    const out = guard(() => {
      failed = true;
      const r = deps.continueAct(cur.a.pending, budget, LATER);
      failed = false;
      return r;
    });
    if (out === undefined && !failed) return true;
    acting = null;
    set({ actingPending: false });
    cur.done(out ? finishActing(cur.a, out) : undefined);
    return false;
  }

  const slices = makeSliceScheduler({
    current: () => get().timeline,
    advance: (tl, budget) => guard(() => deps.advance(tl, budget)) ?? deps.cancelComputing(tl),
    before: continueActing,
    publish(tl, done) {
      set({ timeline: tl });
      if (playIfChanged !== undefined) {
        const after = playIfChanged;
        playIfChanged = undefined;
        if (tl.frames.length > after + 1 || !tl.stable) get().play();
      }
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
    actingPending: false,

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
      const cur = acting;
      if (cur) {
        acting = null;
        set({ actingPending: false });
        get().notify('warning', t('actCancelled', { command: cur.a.pending.command }));
        cur.done(undefined);
        return;
      }
      const tl = get().timeline;
      if (!tl || tl.computingUntilMs === undefined) return;
      const out = deps.cancelComputing(tl);
      // Playback stops where the computation stopped (nothing lies beyond it).
      const edge = Math.max(out.computedUntilMs, out.frames[out.frames.length - 1]?.atMs ?? 0);
      set({ timeline: out, playing: false, playheadMs: Math.min(get().playheadMs, edge), liveEdgeMs: Math.min(get().liveEdgeMs, Math.max(edge, get().playheadMs)) });
      get().notify('warning', t('computeCancelled', { time: formatSimTime(out.computedUntilMs) }));
    },

    finishComputing() {
      get().finishActing();
      const tl = get().timeline;
      if (!tl || tl.computingUntilMs === undefined) return;
      const out = guard(() => deps.advance(tl));
      if (out) slices.publishNow(out);
    },

    perform(request, command) {
      get().finishActing();
      const a = startActing(request, command);
      if (!a) return undefined;
      const out = guard(() => deps.continueAct(a.pending, undefined, LATER));
      return out && finishActing(a, out);
    },

    performThen(request, command, done) {
      if (!opts.sliceActs) return done(get().perform(request, command));
      get().finishActing();
      const a = startActing(request, command);
      if (!a) return done(undefined);
      acting = { a, done };
      // The history up to the action's place is computed again from the checkpoint before it: in slices when it
      // takes longer than the first one (the page stays responsive; the result comes when it is there).
      if (!continueActing(budgetOf(FIRST_SLICE_MS))) return;
      set({ playing: false, actingPending: true });
      slices.schedule();
    },

    finishActing() {
      if (acting) continueActing();
    },
  };
};
