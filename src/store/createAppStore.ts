// Builds the one app store from its slices, restores the saved workspace and starts autosave.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { t } from '../ui/i18n';
import { createConsoleSlice } from './consoleSlice';
import { createEditorSlice } from './editorSlice';
import { createTimelineSlice } from './timelineSlice';
import { createUiSlice, sanitizePrefs } from './uiSlice';
import { createGraphSlice } from './graphSlice';
import { makeSnapshotReader, type SnapshotReader } from './selectors';
import { loadPrefs, loadWorkspace, rebuildTimeline, savePrefs, saveWorkspace, STORAGE_KEY, type KeyValueStorage, type RestoreProblem } from './persistence';
import type { Deps } from './deps';
import type { AppState } from './types';

export interface AppStore {
  readonly store: StoreApi<AppState>;
  readonly reader: SnapshotReader;
  /** Stop autosaving (tests). */
  readonly dispose: () => void;
  /** Save now (page hide). */
  readonly flush: () => void;
}

export function createAppStore(
  deps: Deps, storage?: KeyValueStorage,
  opts: { autosaveMs?: number; defaultLocale?: 'en' | 'zh'; /** This tab's (or frame's) own workspace key. */ workspaceKey?: string } = {},
): AppStore {
  const reader = makeSnapshotReader(deps);
  const store = createStore<AppState>()((...a) => ({
    ...createEditorSlice(reader)(deps)(...a),
    ...createTimelineSlice(deps)(...a),
    ...createConsoleSlice(reader)(deps)(...a),
    ...createUiSlice(deps)(...a),
    ...createGraphSlice(deps)(...a),
  }));
  store.getState().setPrefs(sanitizePrefs({ locale: opts.defaultLocale ?? browserLocale(), ...loadPrefs(storage) }));
  const key = opts.workspaceKey ?? STORAGE_KEY;
  restore(store, deps, storage, key);
  const saver = storage ? autosave(store, storage, opts.autosaveMs ?? 400, key) : { dispose: () => {}, flush: () => {} };
  return { store, reader, ...saver };
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
      store.setState({ text: saved.text, timeline, liveEdgeMs, playheadMs: Math.min(saved.playheadMs, liveEdgeMs) });
      store.getState().setSpeed(saved.speed);
      if (dropped.length) store.getState().notify('warning', t('restoreDropped', { what: dropped.map(said).join('; ') }), 'downloadScenario');
      return;
    } catch {
      // The engine refused the history (never its exception text: it means nothing to a learner).
      store.setState({ text: saved.text });
      fresh({ key: 'restoreReplay' });
      return;
    }
  }
  if (loaded.kind === 'corrupt') {
    if (loaded.text !== undefined) store.setState({ text: loaded.text });
    fresh(loaded.problem);
    return;
  }
  store.getState().newTimeline();

  function fresh(problem: RestoreProblem) {
    store.getState().newTimeline();
    store.getState().notify('warning', t('restoreLost', { what: said(problem) }));
  }
}

function autosave(store: StoreApi<AppState>, storage: KeyValueStorage, delayMs: number, key: string) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failing = false;
  const save = () => {
    timer = undefined;
    const s = store.getState();
    if (!s.timeline) return;
    const result = saveWorkspace(storage, { text: s.text, log: s.timeline.log, playheadMs: s.playheadMs, liveEdgeMs: s.liveEdgeMs, speed: s.speed }, key);
    // Said at once, once per failing spell (not on every keystroke), with the way to keep the work.
    if (result !== 'ok' && !failing) {
      s.notify('error', t('saveFailed', { reason: t(result === 'quota' ? 'saveFailedQuota' : 'saveFailedDisabled') }), 'downloadScenario');
    }
    failing = result !== 'ok';
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.prefs !== prev.prefs) savePrefs(storage, s.prefs);
    const changed = s.text !== prev.text || s.timeline !== prev.timeline || s.playheadMs !== prev.playheadMs
      || s.liveEdgeMs !== prev.liveEdgeMs || s.speed !== prev.speed;
    if (changed && timer === undefined) timer = setTimeout(save, delayMs);
  });
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
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
  return typeof navigator !== 'undefined' && /^zh\b/i.test(navigator.language ?? '') ? 'zh' : 'en';
}
