// The first paint's language and theme, read without the store (which loads with the engine, after the shell):
// the same precedence as the store (`?lang=`, else the saved preference, else the browser's language).
import { parseLocaleTag } from './i18n/localeTag';

export interface ShellPrefs {
  readonly locale: 'en' | 'zh';
  readonly theme: 'light' | 'dark';
}


/** `savedPrefs` is the raw saved preferences (JSON; anything unreadable is ignored). */
export function shellPrefs(search: string, savedPrefs: string | null, browserLanguage: string, systemDark: boolean): ShellPrefs {
  let saved: { locale?: unknown; theme?: unknown } = {};
  try {
    const parsed: unknown = savedPrefs ? JSON.parse(savedPrefs) : {};
    if (parsed && typeof parsed === 'object') saved = parsed as typeof saved;
  } catch { /* corrupt: the store reports it */ }
  const locale = parseLocaleTag(new URLSearchParams(search).get('lang'))
    ?? (saved.locale === 'en' || saved.locale === 'zh' ? saved.locale : undefined)
    ?? parseLocaleTag(browserLanguage) ?? 'en';
  const theme = saved.theme === 'light' || saved.theme === 'dark' ? saved.theme : systemDark ? 'dark' : 'light';
  return { locale, theme };
}
