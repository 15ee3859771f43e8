// Header: title and the workspace actions (Apply / Delete act on the editor text like kubectl apply|delete -f).
import { appStore } from '../store/useAppStore';
import { t } from './i18n';

function onReset() {
  if (window.confirm(t('resetConfirm'))) appStore.getState().resetWorkspace();
}

export function Header() {
  return (
    <header className="app-header">
      <h1>{t('appTitle')} <span className="tagline">{t('appTagline')}</span></h1>
      <div className="actions">
        <button type="button" className="primary" onClick={() => appStore.getState().applyEditor()}>{t('apply')}</button>
        <button type="button" onClick={() => appStore.getState().deleteEditor()}>{t('delete')}</button>
        <button type="button" onClick={onReset}>{t('reset')}</button>
      </div>
    </header>
  );
}
