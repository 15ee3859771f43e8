// The page's store singleton and its React hook. Narrow selectors only: useAppStore(selectX).
import { useStore } from 'zustand';
import { createAppStore } from './createAppStore';
import { realDeps } from './realDeps';
import type { AppState } from './types';

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export const app = createAppStore(realDeps, browserStorage());
export const appStore = app.store;
export const snapshotReader = app.reader;

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}

if (typeof window !== 'undefined') window.addEventListener('pagehide', () => app.flush());
