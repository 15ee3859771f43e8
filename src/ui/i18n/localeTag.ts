// Reading a language tag, with no other i18n code: the first paint's shell and the page's URL parsing use it too.

/** The languages Podium speaks (the ids of ui/i18n's LOCALES). */
export type Locale = 'en' | 'zh';
const IDS: readonly Locale[] = ['en', 'zh'];

/**
 * A language tag from a URL or the browser (`en`, `en-GB`, `zh`, `zh-CN`, `zh-Hans`) as a locale; undefined for a
 * language Podium does not speak.
 */
export function parseLocaleTag(tag: string | null | undefined): Locale | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return IDS.find((id) => id === primary);
}
