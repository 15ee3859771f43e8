// Theme: the preference (light / dark / system) resolved against prefers-color-scheme, applied as
// <html data-theme>; app.css defines both palettes as CSS variables.
import { useEffect, useSyncExternalStore } from 'react';
import type { ThemePref } from '../store/types';

const query = () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null);

export function resolvedTheme(pref: ThemePref, systemDark = query()?.matches ?? false): 'light' | 'dark' {
  return pref === 'system' ? (systemDark ? 'dark' : 'light') : pref;
}

function subscribe(cb: () => void) {
  const q = query();
  q?.addEventListener('change', cb);
  return () => q?.removeEventListener('change', cb);
}

/** Keeps <html data-theme> and <html lang> in step with the preferences and the system setting. */
export function useDocumentPrefs(theme: ThemePref, locale: string): void {
  const systemDark = useSyncExternalStore(subscribe, () => query()?.matches ?? false, () => false);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = resolvedTheme(theme, systemDark);
    root.style.colorScheme = root.dataset.theme;
  }, [theme, systemDark]);
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);
}
