// Builds the one app store from its slices, restores the saved workspace and starts autosave.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { parseLocaleTag, t } from '../ui/i18n';
import { createConsoleSlice } from './consoleSlice';
import { createEditorSlice } from './editorSlice';
import { createTimelineSlice } from './timelineSlice';
import { createUiSlice, sanitizePrefs } from './uiSlice';
import { createGraphSlice } from './graphSlice';
import { makeSnapshotReader, type SnapshotReader } from './selectors';
import {
  loadPrefs, loadWorkspace, rebuildTimeline, savePrefs, saveWorkspace, STORAGE_KEY, workspaceOf,
  type KeyValueStorage, type RestoreProblem, type SavedWorkspace,
} from './persistence';
import { DEFAULT_FILE_NAME } from './workspaceFiles';
import type { Deps } from './deps';
import type { AppState } from './types';

export interface AppStore {
  readonly store: StoreApi<AppState>;
  readonly reader: SnapshotReader;
  /** Stop autosaving (tests). */
  readonly dispose: () => void;
  /** Save now (page hide). */
  readonly flush: () => void;
  /**
   * Show a workspace from elsewhere (a share link) without saving it: the saved workspace stays as it was until
   * the learner changes the text or acts on the cluster (then `onKept` runs and saving resumes). Throws when the
   * engine cannot rebuild it; the store is then unchanged.
   */
  readonly openShared: (ws: SavedWorkspace, onKept?: () => void, overBudget?: () => boolean) => void;
}

export function createAppStore(
  deps: Deps, storage?: KeyValueStorage,
  opts: {
    autosaveMs?: number; defaultLocale?: 'en' | 'zh'; urlLocale?: 'en' | 'zh';
    /** This tab's (or frame's) own workspace key. */ workspaceKey?: string;
    /** Acting in the past of a big cluster answers later instead of holding the page (timelineSlice.ts; the page's store). */
    sliceActs?: boolean;
  } = {},
): AppStore {
  const reader = makeSnapshotReader(deps);
  const store = createStore<AppState>()((...a) => ({
    ...createEditorSlice(reader)(deps)(...a),
    ...createTimelineSlice({ sliceActs: opts.sliceActs })(deps)(...a),
    ...createConsoleSlice(reader)(deps)(...a),
    ...createUiSlice(deps)(...a),
    ...createGraphSlice(deps)(...a),
  }));
  // Language: `?lang=` for this visit (a teacher's link), else the saved choice, else the browser's. The URL's choice
  // is not written back until the learner changes a preference.
  const saved = loadPrefs(storage);
  store.getState().setPrefs(sanitizePrefs({ locale: opts.defaultLocale ?? browserLocale(), ...saved, ...(opts.urlLocale ? { locale: opts.urlLocale } : {}) }));
  const key = opts.workspaceKey ?? STORAGE_KEY;
  restore(store, deps, storage, key);
  const saver = storage ? autosave(store, storage, opts.autosaveMs ?? 400, key) : { dispose: () => {}, flush: () => {}, hold: (install: () => void) => install() };
  const openShared = (ws: SavedWorkspace, onKept?: () => void, overBudget?: () => boolean) => {
    const timeline = rebuildTimeline(ws, deps, overBudget);
    saver.hold(() => {
      store.getState().pause();
      restoreFiles(store, ws);
      store.setState({
        text: ws.text, timeline, liveEdgeMs: ws.liveEdgeMs, playheadMs: Math.min(ws.playheadMs, ws.liveEdgeMs), forkUndo: null,
        applyProblems: [], consoleLines: [], consoleShell: null, consoleWatch: null, selectedKey: null,
      });
      store.getState().setSpeed(ws.speed);
    }, onKept ?? (() => {}));
  };
  return { store, reader, dispose: saver.dispose, flush: saver.flush, openShared };
}

/** A restore problem in the learner's words. */
const said = (p: RestoreProblem) => (p.key === 'restoreActions' ? t(p.key, { dropped: p.dropped, total: p.total, first: p.first }) : t(p.key));

function restore(store: StoreApi<AppState>, deps: Deps, storage: KeyValueStorage | undefined, key: string): void {
  const loaded = loadWorkspace(storage, key);
  if (loaded.kind === 'ok') {
    const { saved, dropped } = loaded;
    try {
      const timeline = rebuildTimeline(saved, deps);
      const liveEdgeMs = Math.min(saved.liveEdgeMs, Math.max(timeline.computedUntilMs, timeline.frames.at(-1)?.atMs ?? 0));
      restoreFiles(store, saved);
      store.setState({ timeline, liveEdgeMs, playheadMs: Math.min(saved.playheadMs, liveEdgeMs) });
      store.getState().setSpeed(saved.speed);
      if (dropped.length) store.getState().notify('warning', t('restoreDropped', { what: dropped.map(said).join('; ') }), 'downloadScenario');
      return;
    } catch {
      // The engine refused the history (never its exception text: it means nothing to a learner).
      restoreFiles(store, saved);
      fresh({ key: 'restoreReplay' });
      return;
    }
  }
  if (loaded.kind === 'corrupt') {
    if (loaded.text !== undefined) store.getState().setFiles([{ name: DEFAULT_FILE_NAME, text: loaded.text }]);
    fresh(loaded.problem);
    return;
  }
  store.getState().newTimeline();

  function fresh(problem: RestoreProblem) {
    store.getState().newTimeline();
    store.getState().notify('warning', t('restoreLost', { what: said(problem) }));
  }
}

function restoreFiles(store: StoreApi<AppState>, saved: SavedWorkspace): void {
  store.getState().setFiles(saved.files ?? [{ name: DEFAULT_FILE_NAME, text: saved.text }], saved.activeFile);
}

function autosave(store: StoreApi<AppState>, storage: KeyValueStorage, delayMs: number, key: string) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** While a shared workspace is only being looked at: nothing is saved; its first real change ends the hold. */
  let held: { onKept: () => void; text: string; timeline: unknown } | undefined;
  let installing = false;
  let failing = false;
  const save = () => {
    timer = undefined;
    const ws = held ? undefined : workspaceOf(store.getState());
    if (!ws) return;
    const result = saveWorkspace(storage, ws, key);
    // Said at once, once per failing spell (not on every keystroke), with the way to keep the work.
    if (result !== 'ok' && !failing) {
      store.getState().notify('error', t('saveFailed', { reason: t(result === 'quota' ? 'saveFailedQuota' : 'saveFailedDisabled') }), 'downloadScenario');
    }
    failing = result !== 'ok';
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.prefs !== prev.prefs) savePrefs(storage, s.prefs);
    if (installing) return;
    if (held) {
      if (s.text === held.text && s.timeline === held.timeline) return; // scrubbing, playing: still just looking
      const { onKept } = held;
      held = undefined;
      onKept();
    }
    const changed = s.text !== prev.text || s.files !== prev.files || s.activeFile !== prev.activeFile || s.timeline !== prev.timeline || s.playheadMs !== prev.playheadMs
      || s.liveEdgeMs !== prev.liveEdgeMs || s.speed !== prev.speed;
    if (changed && timer === undefined) timer = setTimeout(save, delayMs);
  });
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    /** Run `install` (which puts a shared workspace in the store) and hold saving until that workspace changes. */
    hold: (install: () => void, onKept: () => void) => {
      cancel();
      held = { onKept, text: '', timeline: undefined };
      installing = true;
      try {
        install();
      } finally {
        installing = false;
      }
      const s = store.getState();
      held = { onKept, text: s.text, timeline: s.timeline };
    },
    dispose: () => {
      unsubscribe();
      cancel();
    },
    flush: () => {
      cancel();
      save();
    },
  };
}

/** `zh` for a Chinese browser, else `en` (a saved choice wins). */
function browserLocale(): 'en' | 'zh' {
  return (typeof navigator !== 'undefined' ? parseLocaleTag(navigator.language) : undefined) ?? 'en';
}
