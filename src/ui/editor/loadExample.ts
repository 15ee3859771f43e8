// Loading an example: same cluster → replace the editor text; another cluster (e.g. no default StorageClass) →
// start a new workspace with that cluster, after the learner confirms.
import type { Example } from '../../examples';
import { appStore } from '../../store/useAppStore';
import { realDeps } from '../../store/realDeps';
import { t } from '../i18n';

export function loadExample(example: Example, confirm: (message: string) => boolean = (m) => window.confirm(m)): boolean {
  const s = appStore.getState();
  const current = s.timeline?.log.config ?? realDeps.defaultConfig;
  if (current.defaultStorageClass === example.storageClass) {
    s.setText(example.text);
    s.notify('info', t('exampleLoaded'));
    return true;
  }
  const cluster = example.storageClass === 'none' ? t('clusterNone') : t('clusterStandard');
  if (!confirm(t('exampleResetConfirm', { cluster }))) return false;
  s.resetWorkspace({ text: example.text, config: { ...current, defaultStorageClass: example.storageClass } });
  s.notify('info', t('exampleLoaded'));
  return true;
}
