// The page side of share links (loaded on demand): make the link / the <iframe> snippet from the store, and
// open a link found in the URL fragment. A bad link is reported (alert + notice) and removed from the address
// bar; the page keeps what it had, and the saved workspace is never touched.
import { app, appStore } from '../store/useAppStore';
import { workspaceOf } from '../store/persistence';
import { pageMode } from '../store/pageMode';
import { getLocale, t, type MessageKey } from '../ui/i18n';
import { decodeShare, encodeShare, MAX_LINK_CHARS, shareDataOf, ShareError, type ShareErrorCode } from './shareCodec';
import { currentLesson, openLesson } from './lessonPlace';

export type MadeLink = { readonly kind: 'ok'; readonly url: string } | { readonly kind: 'tooBig'; readonly length: number } | { readonly kind: 'empty' };

/** The page's address without query or fragment: the link works from whatever sub-path the site is served. */
const pageBase = () => `${location.origin}${location.pathname}`;

export function makeShareLink(opts: { embed?: boolean } = {}): MadeLink {
  const workspace = workspaceOf(appStore.getState());
  if (!workspace) return { kind: 'empty' };
  const lesson = currentLesson();
  const fragment = encodeShare({ workspace, lang: getLocale() === 'zh' ? 'zh-CN' : 'en', ...(lesson ? { lesson } : {}) });
  const url = `${pageBase()}${opts.embed ? '?embed' : ''}${fragment}`;
  return url.length > MAX_LINK_CHARS ? { kind: 'tooBig', length: url.length } : { kind: 'ok', url };
}

/** The <iframe> for a blog post: 700×450 is the size the embedded layout is made for. */
export function embedSnippet(url: string): string {
  const title = t('embedFrameTitle').replace(/"/g, '&quot;');
  return `<iframe src="${url.replace(/"/g, '%22')}" width="700" height="450" style="border:0;max-width:100%" title="${title}" loading="lazy"></iframe>`;
}

/** How long the replay of a link may hold the page (a hostile log could ask for days of a crash-looping fleet). */
const REPLAY_BUDGET_MS = 4_000;

const REASON: Record<ShareErrorCode, MessageKey> = {
  format: 'shareBadFormat', encoding: 'shareBadEncoding', tooLong: 'shareBadTooLong', compression: 'shareBadCompression',
  tooBig: 'shareBadTooBig', json: 'shareBadJson', shape: 'shareBadShape', yamlBomb: 'shareBadYamlBomb',
};

function dropFragment(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/** Open the share link in the current URL fragment, if there is one. */
export function openFromHash(): void {
  const data = shareDataOf(location.hash);
  if (data === undefined) return;
  let message: string;
  try {
    const payload = decodeShare(data);
    // Until the learner changes something, the shared workspace is only looked at: say so, and keep saying so.
    const kept = () => {
      dropFragment();
      const s = appStore.getState();
      for (const n of s.notices) if (n.text === t('shareOpened')) s.dismissNotice(n.id);
    };
    const start = performance.now();
    app.openShared(payload.workspace, pageMode.embed ? undefined : kept, () => performance.now() - start > REPLAY_BUDGET_MS);
    if (!pageMode.lang) appStore.getState().setPrefs({ locale: payload.lang === 'zh-CN' ? 'zh' : 'en' });
    if (payload.lesson) openLesson(payload.lesson);
    if (!pageMode.embed) appStore.getState().notify('warning', t('shareOpened'));
    return;
  } catch (err) {
    const reason = err instanceof ShareError
      ? t(REASON[err.code], { limit: MAX_LINK_CHARS.toLocaleString('en'), detail: err.detail })
      : t('shareBadEngine', { detail: err instanceof Error ? err.message : String(err) });
    message = t('shareBad', { reason });
  }
  dropFragment();
  appStore.getState().notify('error', message);
  // After the first paint, so the page is there behind the dialog.
  setTimeout(() => window.alert(message), 0);
}
