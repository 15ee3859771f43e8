// t(): look up a UI string in the current language and fill `{name}` placeholders. English is the fallback.
// A translation is one file (zh.ts) with the same keys as en.ts.
import { en, type MessageKey } from './en';
import { zh } from './zh';

export type Locale = 'en' | 'zh';
export const LOCALES: readonly { id: Locale; name: string }[] = [{ id: 'en', name: 'English' }, { id: 'zh', name: '中文' }];

const catalogs: Record<Locale, Partial<Record<MessageKey, string>>> = { en, zh };
let current: Locale = 'en';

export function setLocale(locale: Locale): void {
  current = locale in catalogs ? locale : 'en';
}
export function getLocale(): Locale {
  return current;
}

export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  const text = catalogs[current][key] ?? en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
export type { MessageKey };
