// The header's share group: Share (a link in the `Share link` box, copied when the browser allows), Embed (the
// <iframe> snippet) and the Presenter mode toggle. The share code (compression) loads on first use.
import { useEffect, useState } from 'react';
import { t } from '../i18n';
import { togglePresenter, usePresenter } from '../present/presenter';
import './share.css';
import type { MadeLink } from '../../share/sharePage';
import { MAX_LINK_CHARS } from '../../share/limits';

type Panel = { readonly kind: 'share' | 'embed'; readonly made: MadeLink; readonly text: string; readonly copied: boolean };

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no permission, or no clipboard (plain http): the learner copies from the box
  }
}

function PanelBody({ panel }: { panel: Panel }) {
  const { made } = panel;
  if (made.kind === 'empty') return <p>{t('shareEmpty')}</p>;
  if (made.kind === 'tooBig') {
    return <p role="alert">{t('shareTooBig', { length: made.length.toLocaleString('en'), limit: MAX_LINK_CHARS.toLocaleString('en') })}</p>;
  }
  const select = (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => e.currentTarget.select();
  return panel.kind === 'share' ? (
    <>
      <input type="text" readOnly aria-label={t('shareLink')} value={panel.text} onFocus={select} autoFocus />
      <p>{panel.copied ? t('shareCopied') : t('shareCopyManual')} <span className="muted-inline">{t('shareLength', { length: panel.text.length.toLocaleString('en') })}</span></p>
    </>
  ) : (
    <>
      <textarea readOnly aria-label={t('embedCode')} value={panel.text} rows={4} onFocus={select} autoFocus />
      <p>{t('embedHint')}</p>
    </>
  );
}

export function ShareControls() {
  const presenter = usePresenter();
  const [panel, setPanel] = useState<Panel | null>(null);
  useEffect(() => {
    if (!panel) return undefined;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setPanel(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [panel]);

  async function open(kind: Panel['kind']) {
    const m = await import('../../share/sharePage');
    const made = m.makeShareLink({ embed: kind === 'embed' });
    const text = made.kind !== 'ok' ? '' : kind === 'share' ? made.url : m.embedSnippet(made.url);
    setPanel({ kind, made, text, copied: false });
    if (text && (await copy(text))) setPanel((p) => (p && p.text === text ? { ...p, copied: true } : p));
  }

  return (
    <div className="share-group" role="group" aria-label={t('shareGroup')}>
      <button type="button" title={t('shareTitle')} aria-expanded={panel?.kind === 'share'} onClick={() => void open('share')}>{t('share')}</button>
      <button type="button" title={t('embedTitle')} aria-expanded={panel?.kind === 'embed'} onClick={() => void open('embed')}>{t('embed')}</button>
      <button type="button" className="icon-text presenter-toggle" aria-label={t('presenterMode')} title={t('presenterTitle')} aria-pressed={presenter}
        onClick={togglePresenter}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M1.5 2.5h13v8h-13z M8 10.5v3 M5 13.5h6" fill="none" stroke="currentColor" strokeWidth="1.4" /></svg>
      </button>
      {panel && (
        <div className="share-panel">
          <PanelBody panel={panel} />
          <button type="button" className="share-close" onClick={() => setPanel(null)}>{t('closePanel')}</button>
        </div>
      )}
    </div>
  );
}
