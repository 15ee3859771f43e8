// t(): look up a UI string in the current language and fill `{name}` placeholders. English is the fallback.
// formatReason(): render an engine reason (a message id with parameters, src/sim/reasons) in the current language.
// A language is two files: its UI strings (zh.ts, same keys as en.ts) and its engine reasons (reasons.zh.ts, every
// id of the registry), registered below. See docs/i18n.md.
import { englishReasons, renderWith, type Reason, type ReasonCatalogue } from '../../sim';
import { en, type MessageKey } from './en';
import { zh } from './zh';
import { zhReasons } from './reasons.zh';

import type { Locale } from './localeTag';
export type { Locale };
export { parseLocaleTag } from './localeTag';
/** The languages offered, with their BCP 47 tag (`?lang=`, `<html lang>`, lesson texts) and their own name. */
export const LOCALES: readonly { id: Locale; tag: string; name: string }[] = [
  { id: 'en', tag: 'en', name: 'English' },
  { id: 'zh', tag: 'zh-CN', name: '中文' },
];

const catalogs: Record<Locale, Partial<Record<MessageKey, string>>> = { en, zh };
const reasonCatalogs: Record<Locale, ReasonCatalogue> = { en: englishReasons, zh: zhReasons };
let current: Locale = 'en';

export function setLocale(locale: Locale): void {
  current = locale in catalogs ? locale : 'en';
}
export function getLocale(): Locale {
  return current;
}
/** The BCP 47 tag of a locale: `zh-CN` for zh (the key lesson texts use). */
export function localeTag(locale: Locale = current): string {
  return LOCALES.find((l) => l.id === locale)?.tag ?? 'en';
}


export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  const text = catalogs[current][key] ?? en[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** An engine reason ("why") in the current language; English for an id a catalogue lacks; '' for none. */
export function formatReason(reason: Reason | undefined, locale: Locale = current): string {
  return reason ? renderWith(reason, reasonCatalogs[locale] ?? englishReasons, englishReasons) : '';
}
export type { MessageKey };
