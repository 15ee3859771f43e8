// The selected object: tabs YAML (live object), Describe (kubectl describe), Events, Why (the cause of its last
// change up to the playhead), and a button that highlights the editor lines that produced it.
import { useMemo, useState } from 'react';
import { appStore, useAppStore, selectSnapshot } from '../../../store/useAppStore';
import { selectSelectedKey } from '../../../store/selectors';
import { t, type MessageKey } from '../../i18n';
import { snapshotObjects } from '../graphModel';
import { DescribeTab, EventsTab, SourceButton, WhyTab, YamlTab } from './tabs';
import { Actions } from './Actions';

const TABS = [['yaml', 'tabYaml'], ['describe', 'tabDescribe'], ['events', 'tabEvents'], ['why', 'tabWhy']] as const;
export type TabId = (typeof TABS)[number][0];

export function Inspector() {
  const key = useAppStore(selectSelectedKey);
  const snapshot = useAppStore(selectSnapshot);
  const [tab, setTab] = useState<TabId>('yaml');
  const objects = useMemo(() => (key && snapshot ? snapshotObjects(snapshot) : undefined), [key, snapshot]);
  const obj = key ? objects?.get(key) : undefined;
  if (!key || !obj || !snapshot || !objects) return null;
  const close = () => appStore.getState().select(null);
  return (
    <aside className="inspector" aria-label={t('inspector')}>
      <header>
        <h2 title={obj.metadata.name}>{obj.kind} {obj.metadata.name}</h2>
        <button type="button" aria-label={t('inspectorClose')} onClick={close}>×</button>
      </header>
      <div className="inspector-tabs" role="tablist" aria-label={t('inspectorTabs')}>
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" id={`inspector-tab-${id}`} aria-selected={tab === id} aria-controls="inspector-panel"
            onClick={() => setTab(id)}>{t(label as MessageKey)}</button>
        ))}
      </div>
      <div className="inspector-panel" id="inspector-panel" role="tabpanel" aria-labelledby={`inspector-tab-${tab}`}>
        {tab === 'yaml' && <YamlTab obj={obj} snapshot={snapshot} />}
        {tab === 'describe' && <DescribeTab obj={obj} snapshot={snapshot} />}
        {tab === 'events' && <EventsTab obj={obj} snapshot={snapshot} />}
        {tab === 'why' && <WhyTab obj={obj} objKey={key} />}
      </div>
      <footer><Actions obj={obj} snapshot={snapshot} /><SourceButton obj={obj} objects={objects} /></footer>
    </aside>
  );
}
