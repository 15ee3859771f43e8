// Transient notices: fork warnings (with Undo), restore failures, engine errors. Announced politely to screen readers.
import { useEffect } from 'react';
import { appStore, useAppStore } from '../store/useAppStore';
import { selectNotices } from '../store/selectors';
import { t } from './i18n';
import { downloadScenario } from './downloadScenario';

function undoFork() {
  const s = appStore.getState();
  s.undoFork();
  s.notify('info', t('forkUndone'));
}

/** Info notices (confirmations) leave by themselves; warnings and errors stay until dismissed. */
const INFO_MS = 6000;

export function Notices() {
  const notices = useAppStore(selectNotices);
  useEffect(() => {
    const timers = notices.filter((n) => n.tone === 'info').map((n) => setTimeout(() => appStore.getState().dismissNotice(n.id), INFO_MS));
    return () => timers.forEach(clearTimeout);
  }, [notices]);
  return (
    <div className="notices" role="status" aria-label={t('notices')} aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.tone}`}>
          <span>{n.text}</span>
          {n.action === 'undoFork' && <button type="button" className="notice-action" onClick={undoFork}>{t('undo')}</button>}
          {n.action === 'downloadScenario' && <button type="button" className="notice-action" onClick={downloadScenario}>{t('downloadScenario')}</button>}
          <button type="button" className="notice-close" aria-label={t('dismiss')} onClick={() => appStore.getState().dismissNotice(n.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
