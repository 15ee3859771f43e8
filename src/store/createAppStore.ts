// Builds the one app store from its slices, restores the saved workspace and starts autosave.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { t } from '../ui/i18n';
import { createConsoleSlice } from './consoleSlice';
import { createEditorSlice } from './editorSlice';
import { createTimelineSlice } from './timelineSlice';
import { createUiSlice, sanitizePrefs } from './uiSlice';
import { createGraphSlice } from './graphSlice';
import { makeSnapshotReader, type SnapshotReader } from './selectors';
import { loadPrefs, loadWorkspace, rebuildTimeline, savePrefs, saveWorkspace, type KeyValueStorage, type SavedWorkspace } from './persistence';
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
}

export function createAppStore(
  deps: Deps, storage?: KeyValueStorage, opts: { autosaveMs?: number; defaultLocale?: 'en' | 'zh' } = {},
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
  restore(store, deps, storage);
  const saver = storage ? autosave(store, storage, opts.autosaveMs ?? 400) : { dispose: () => {}, flush: () => {} };
  return { store, reader, ...saver };
}

function restore(store: StoreApi<AppState>, deps: Deps, storage: KeyValueStorage | undefined): void {
  const loaded = loadWorkspace(storage);
  if (loaded.kind === 'ok') {
    const { saved } = loaded;
    try {
      const timeline = rebuildTimeline(saved, deps);
      const liveEdgeMs = saved.liveEdgeMs;
      restoreFiles(store, saved);
      store.setState({ timeline, liveEdgeMs, playheadMs: Math.min(saved.playheadMs, liveEdgeMs) });
      store.getState().setSpeed(saved.speed);
      return;
    } catch (err) {
      restoreFiles(store, saved);
      fresh(err instanceof Error ? err.message : String(err));
      return;
    }
  }
  if (loaded.kind === 'corrupt') {
    if (loaded.text !== undefined) store.getState().setFiles([{ name: DEFAULT_FILE_NAME, text: loaded.text }]);
    fresh(loaded.reason);
    return;
  }
  store.getState().newTimeline();

  function fresh(reason: string) {
    store.getState().newTimeline();
    store.getState().notify('warning', t('restoreFailed', { reason }));
  }
}

function restoreFiles(store: StoreApi<AppState>, saved: SavedWorkspace): void {
  store.getState().setFiles(saved.files ?? [{ name: DEFAULT_FILE_NAME, text: saved.text }], saved.activeFile);
}

function autosave(store: StoreApi<AppState>, storage: KeyValueStorage, delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    const s = store.getState();
    if (!s.timeline) return;
    saveWorkspace(storage, { text: s.text, files: s.files, activeFile: s.activeFile, log: s.timeline.log, playheadMs: s.playheadMs, liveEdgeMs: s.liveEdgeMs, speed: s.speed });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.prefs !== prev.prefs) savePrefs(storage, s.prefs);
    const changed = s.text !== prev.text || s.files !== prev.files || s.activeFile !== prev.activeFile || s.timeline !== prev.timeline || s.playheadMs !== prev.playheadMs
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
