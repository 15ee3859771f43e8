// Left column: a toolbar (Examples, Format), the file tabs, the lazily loaded Monaco editor (a plain placeholder until it
// arrives) and the problems list.
import { lazy, Suspense } from 'react';
import { useAppStore } from '../../store/useAppStore';
import { selectText } from '../../store/selectors';
import { t } from '../i18n';
import { ProblemsList } from './ProblemsList';
import { ExamplesMenu } from './ExamplesMenu';
import { FileTabs } from './FileTabs';
import { formatManifest } from './editorHandle';

const YamlEditor = lazy(() => import('./YamlEditor'));

function Placeholder() {
  const text = useAppStore(selectText);
  return (
    <div className="editor-placeholder" aria-busy="true">
      <p className="muted">{t('editorLoading')}</p>
      <pre>{text}</pre>
    </div>
  );
}

export function EditorPane() {
  return (
    <div className="editor-pane">
      <div className="editor-toolbar">
        <ExamplesMenu />
        <button type="button" onClick={() => void formatManifest()}>{t('format')}</button>
      </div>
      <FileTabs />
      <div className="editor nokey" role="region" aria-label={t('editorLabel')}>
        <Suspense fallback={<Placeholder />}>
          <YamlEditor />
        </Suspense>
      </div>
      <ProblemsList />
    </div>
  );
}
