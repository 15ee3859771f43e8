// The selected object's YAML at the playhead (read-only).
import { useMemo } from 'react';
import { stringify } from 'yaml';
import { appStore, snapshotReader, useAppStore } from '../../store/useAppStore';
import { selectSelectedKey } from '../../store/selectors';
import { t } from '../i18n';
import { graphObjects } from './relations';

const selectSnapshot = snapshotReader.snapshot.bind(snapshotReader);

export function Inspector() {
  const key = useAppStore(selectSelectedKey);
  const snapshot = useAppStore(selectSnapshot);
  const obj = useMemo(() => (key && snapshot ? graphObjects(snapshot.objects as never).get(key) : undefined), [key, snapshot]);
  if (!key || !obj) return null;
  return (
    <aside className="inspector" aria-label={t('inspector')}>
      <header>
        <h2>{obj.kind} {obj.metadata.name}</h2>
        <button type="button" aria-label={t('inspectorClose')} onClick={() => appStore.getState().select(null)}>×</button>
      </header>
      <pre>{stringify(obj)}</pre>
    </aside>
  );
}
