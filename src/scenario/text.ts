// Texts in several languages (DESIGN "Lessons"): a plain string is English; a mapping holds one text per
// language, `en` required. Adding a language = adding its code to LANGUAGES (and its UI catalog in src/ui/i18n).
import { isMap, isScalar, type Pair } from 'yaml';
import { describe, unknownName, type Reader } from './yamlReader';

/** Language codes a lesson text may carry (BCP 47, as in `?lang=`). */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One text per language; `en` is always there (the fallback). */
export type LocalText = { readonly en: string } & Readonly<Partial<Record<Language, string>>>;

/** The text in `lang`, falling back to English. */
export function pickText(text: LocalText, lang: string): string {
  return (text as Readonly<Record<string, string | undefined>>)[lang] ?? text.en;
}

/** Read a string or a `{en: ..., zh-CN: ...}` mapping. `trim` removes trailing whitespace (block scalars). */
export function parseText(r: Reader, node: unknown, what: string, line: number): LocalText | undefined {
  if (isScalar(node) && typeof node.value === 'string') return { en: node.value.trimEnd() };
  if (!isMap(node)) return r.fail(r.lineOf(node, line), `${what} must be a text or a mapping by language (en, zh-CN), found ${describe(node)}`);
  const out: Record<string, string> = {};
  for (const pair of node.items as Pair[]) {
    const keyLine = r.lineOf(pair.key, line);
    const lang = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(LANGUAGES as readonly string[]).includes(lang)) {
      r.fail(keyLine, unknownName(`language '${lang}' in ${what}`, lang, LANGUAGES));
      continue;
    }
    const text = r.string(pair.value, `${what}.${lang}`, keyLine);
    if (text !== undefined) out[lang] = text.trimEnd();
  }
  if (out.en === undefined) return r.fail(r.lineOf(node, line), `${what} needs an 'en' text (the fallback for every language)`);
  return out as LocalText;
}

/** The languages a text lacks, for lessons (which must exist in every language). */
export function missingLanguages(text: LocalText): Language[] {
  return LANGUAGES.filter((l) => (text as Readonly<Record<string, string | undefined>>)[l] === undefined);
}
