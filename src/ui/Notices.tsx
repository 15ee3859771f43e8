// Transient notices: fork warnings (with Undo), restore failures, engine errors. Announced politely to screen readers.
import { appStore, useAppStore } from '../store/useAppStore';
import { selectNotices } from '../store/selectors';
import { t } from './i18n';

function undoFork() {
  const s = appStore.getState();
  s.undoFork();
  s.notify('info', t('forkUndone'));
}

export function Notices() {
  const notices = useAppStore(selectNotices);
  return (
    <div className="notices" role="status" aria-label={t('notices')} aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.tone}`}>
          <span>{n.text}</span>
          {n.action === 'undoFork' && <button type="button" className="notice-action" onClick={undoFork}>{t('undo')}</button>}
          <button type="button" className="notice-close" aria-label={t('dismiss')} onClick={() => appStore.getState().dismissNotice(n.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
