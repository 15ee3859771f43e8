// Loading an example: same cluster → open its files as tabs (replacing tabs of the same name, keeping the others);
// another cluster (e.g. no default StorageClass) → start a new workspace with that cluster and those files, after
// the learner confirms.
import type { Example } from '../../examples';
import { appStore } from '../../store/useAppStore';
import { realDeps } from '../../store/realDeps';
import { t } from '../i18n';

export function loadExample(example: Example, confirm: (message: string) => boolean = (m) => window.confirm(m)): boolean {
  const s = appStore.getState();
  const current = s.timeline?.log.config ?? realDeps.defaultConfig;
  if (current.defaultStorageClass === example.storageClass) {
    const names = new Set(example.files.map((f) => f.name));
    s.setFiles([...s.files.filter((f) => !names.has(f.name)), ...example.files], example.files[0]?.name);
    s.notify('info', t('exampleLoaded'));
    return true;
  }
  const cluster = example.storageClass === 'none' ? t('clusterNone') : t('clusterStandard');
  if (!confirm(t('exampleResetConfirm', { cluster }))) return false;
  s.resetWorkspace({ files: example.files, config: { ...current, defaultStorageClass: example.storageClass } });
  s.notify('info', t('exampleLoaded'));
  return true;
}
