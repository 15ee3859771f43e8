// How the page was opened, read once from its URL: `?embed` (graph + timeline only, for an <iframe>) and
// `?lang=en|zh-CN` (the UI language for this visit; a saved choice is not changed).
import { parseLocaleTag } from '../ui/i18n/localeTag';

export interface PageMode {
  readonly embed: boolean;
  readonly lang: 'en' | 'zh' | undefined;
}

export function readPageMode(search: string): PageMode {
  const q = new URLSearchParams(search);
  const lang = q.get('lang');
  return {
    embed: q.has('embed') && q.get('embed') !== '0' && q.get('embed') !== 'false',
    lang: parseLocaleTag(lang),
  };
}

export const pageMode: PageMode = readPageMode(typeof location === 'undefined' ? '' : location.search);

/** The compare view (`?compare`, DESIGN "Share, embed, present") instead of the sandbox. */
export function isCompareMode(search: string = typeof location === 'undefined' ? '' : location.search): boolean {
  return new URLSearchParams(search).has('compare');
}
