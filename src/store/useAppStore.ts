// The page's store singleton and its React hook. Narrow selectors only: useAppStore(selectX).
import { useStore } from 'zustand';
import { createAppStore } from './createAppStore';
import { prefsOnly, STORAGE_KEY } from './persistence';
import { realDeps } from './realDeps';
import { isCompareMode, pageMode } from './pageMode';
import type { AppState } from './types';

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** This tab's (or embedded frame's) own workspace key, so two tabs or frames never overwrite each other's work.
 * A tab keeps its id in sessionStorage (a reload finds its workspace again); a frame in its window.name (frames of
 * one page share sessionStorage). */
function workspaceKey(): string | undefined {
  if (typeof window === 'undefined') return undefined;
  const fresh = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e9).toString(36)}`;
  try {
    if (window.top !== window.self) {
      const m = /^podium-frame:(\w+)$/.exec(window.name);
      const id = m?.[1] ?? fresh();
      if (!m) window.name = `podium-frame:${id}`;
      return `${STORAGE_KEY}.frame.${id}`;
    }
    const id = sessionStorage.getItem('podium.tab') ?? fresh();
    sessionStorage.setItem('podium.tab', id);
    return `${STORAGE_KEY}.tab.${id}`;
  } catch {
    return undefined;
  }
}

// An embedded page (?embed) never reads or writes the visitor's saved workspace: it shows what its URL holds.
// The compare view has its own workspace: it keeps the learner's preferences, and never reads or overwrites
// their saved workspace.
// `?lang=en` / `?lang=zh-CN` picks the language of the UI, the lessons and the engine's reasons (DESIGN).
const lang = pageMode.lang;
const key = workspaceKey();
const storage = pageMode.embed ? undefined : isCompareMode() ? prefsOnly(browserStorage()) : browserStorage();
export const app = createAppStore(realDeps, storage, { sliceActs: true, ...(lang ? { urlLocale: lang } : {}), ...(key ? { workspaceKey: key } : {}) });
export const appStore = app.store;
export const snapshotReader = app.reader;
/** The cluster at the playhead, as a store selector (memoized by the reader). */
export const selectSnapshot = snapshotReader.snapshot.bind(snapshotReader);

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}

if (typeof window !== 'undefined') window.addEventListener('pagehide', () => app.flush());
