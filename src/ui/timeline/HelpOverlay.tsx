// The `?` overlay: every keyboard shortcut. Escape, the Close button or a click outside closes it.
import { useEffect, useRef } from 'react';
import { appStore, useAppStore } from '../../store/useAppStore';
import { t } from '../i18n';
import { SHORTCUT_HELP } from './shortcuts';
import { MARKER_KINDS } from './markers';

const MARKER_LABEL = {
  user: 'markerUser', pod: 'markerPod', storage: 'markerStorage', workload: 'markerWorkload', network: 'markerNetwork', other: 'markerOther',
} as const;

const close = () => appStore.getState().setHelpOpen(false);

export function HelpOverlay() {
  const open = useAppStore((s) => s.helpOpen);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const before = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => before?.focus?.();
  }, [open]);
  if (!open) return null;
  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="help" role="dialog" aria-modal="true" aria-labelledby="podium-help-title">
        <header>
          <h2 id="podium-help-title">{t('help')}</h2>
          <button type="button" ref={closeRef} onClick={close}>{t('helpClose')}</button>
        </header>
        <p className="muted">{t('helpIntro')}</p>
        <table>
          <tbody>
            {SHORTCUT_HELP.map((row) => (
              <tr key={row.what}>
                <td>{row.keys.map((k, i) => <span key={k}>{i > 0 && ' / '}<kbd>{k}</kbd></span>)}</td>
                <td>{t(row.what)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t('markersLabel')}</h3>
        <ul className="marker-legend">
          {MARKER_KINDS.map((k) => (
            <li key={k}><span className="legend-dot" style={{ background: `var(--marker-${k})` }} />{t(MARKER_LABEL[k])}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
