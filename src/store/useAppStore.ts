// The page's store singleton and its React hook. Narrow selectors only: useAppStore(selectX).
import { useStore } from 'zustand';
import { createAppStore } from './createAppStore';
import { prefsOnly } from './persistence';
import { isCompareMode } from '../ui/pageMode';
import { realDeps } from './realDeps';
import type { AppState } from './types';

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The compare view has its own workspace: it keeps the learner's preferences, and never reads or overwrites
 * their saved workspace. */
export const app = createAppStore(realDeps, isCompareMode() ? prefsOnly(browserStorage()) : browserStorage());
export const appStore = app.store;
export const snapshotReader = app.reader;

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}

if (typeof window !== 'undefined') window.addEventListener('pagehide', () => app.flush());
