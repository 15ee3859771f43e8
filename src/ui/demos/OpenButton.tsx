// The header's one entry for opening: a file, or one of the bundled demos (the dialog itself loads lazily).
import { t } from '../i18n';
import { demoStore } from './demoStore';

export function OpenButton() {
  return (
    <button type="button" aria-haspopup="dialog" onClick={() => demoStore.setState({ dialogOpen: true })}>{t('open')}…</button>
  );
}
