// The page's store singleton and its React hook. Narrow selectors only: useAppStore(selectX).
import { useStore } from 'zustand';
import { createAppStore } from './createAppStore';
import { realDeps } from './realDeps';
import { pageMode } from './pageMode';
import type { AppState } from './types';

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

// An embedded page (?embed) never reads or writes the visitor's saved workspace: it shows what its URL holds.
export const app = createAppStore(realDeps, pageMode.embed ? undefined : browserStorage(), pageMode.lang ? { locale: pageMode.lang } : {});
export const appStore = app.store;
export const snapshotReader = app.reader;

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}

if (typeof window !== 'undefined') window.addEventListener('pagehide', () => app.flush());
