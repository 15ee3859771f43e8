// The page: header, editor | graph (resizable), timeline bar, then events | console (resizable height).
// A language switch remounts the tree so every string is re-read; the workspace lives in the store and survives.
import { lazy, Suspense, type CSSProperties } from 'react';
import { useAppStore } from '../store/useAppStore';
import { Header } from './Header';
import { Notices } from './Notices';
import { EditorPane } from './editor/EditorPane';
import { GraphView } from './graph/GraphView';
import { TimelineBar } from './timeline/TimelineBar';
import { HelpOverlay } from './timeline/HelpOverlay';
import { useShortcuts } from './timeline/useShortcuts';
import { EventList } from './events/EventList';
import { Consoles } from './console/Console';
import { Splitter } from './Splitter';
import { useDocumentPrefs } from './theme';
import { t } from './i18n';
import { usePresenter } from './present/presenter';
import './present/present.css';
import { pageMode } from '../store/pageMode';
import { DemoHost } from './demos/DemoHost';
import { useLessons } from './lessons/lessonStore';
import { useMakingRoom } from './stage/makeRoom';

const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
/** Editor width as % of the workspace. */
/** The Lesson panel (and its Markdown renderer) loads only when a lesson is open. */
const LessonPanel = lazy(() => import('./lessons/LessonPanel'));

function measureColumns(x: number): number | undefined {
  const w = box('.workspace');
  return w && ((x - w.left) / w.width) * 100;
}
/** Top area as % of the flexible height (workspace + bottom panes); the timeline bar sits between them. */
function measureRows(_x: number, y: number): number | undefined {
  const top = box('.workspace');
  const bar = box('.timeline-bar');
  const bottom = box('.bottom-panes');
  if (!top || !bar || !bottom) return undefined;
  return ((y - top.top - bar.height) / (top.height + bottom.height)) * 100;
}

/** The full page without `?embed`: for a blog post's <iframe>, only what explains the moment. */
function fullPageHref(): string {
  const url = new URL(location.href);
  url.searchParams.delete('embed');
  return url.href;
}

/** `?embed`: the graph and the timeline (and a lesson's narration, when one is open), no editor or page chrome. */
function EmbeddedApp({ locale, lessonOpen }: { locale: string; lessonOpen: boolean }) {
  return (
    <div className={lessonOpen ? 'app embed with-lesson' : 'app embed'} key={locale}>
      <Notices />
      {lessonOpen && <Suspense fallback={null}><LessonPanel /></Suspense>}
      <GraphView />
      <TimelineBar />
      <a className="embed-open" href={fullPageHref()} target="_blank" rel="noopener">{t('embedOpenFull')} ↗</a>
    </div>
  );
}

/**
 * Presenter mode: the editor folds away (its text stays in the store), the graph takes the height, the event list
 * stands large beside it and the console is a strip below the timeline.
 */
function PresenterApp({ locale, lessonOpen }: { locale: string; lessonOpen: boolean }) {
  return (
    <div className="app presenter" key={locale}>
      <Header />
      <Notices />
      <main className="workspace">
        <GraphView />
        {lessonOpen ? <Suspense fallback={null}><LessonPanel /></Suspense> : <EventList />}
      </main>
      <TimelineBar />
      <Consoles />
      <HelpOverlay />
    </div>
  );
}

export function App() {
  const prefs = useAppStore((s) => s.prefs);
  const presenter = usePresenter();
  const lessonOpen = useLessons((s) => s.open !== null && s.catalog !== null);
  const makingRoom = useMakingRoom();
  useDocumentPrefs(prefs.theme, prefs.locale);
  useShortcuts();
  if (pageMode.embed) return <EmbeddedApp locale={prefs.locale} lessonOpen={lessonOpen} />;
  if (presenter) return <PresenterApp locale={prefs.locale} lessonOpen={lessonOpen} />;
  const sizes = { '--editor-pct': `${prefs.editorPct}%`, '--top-fr': `${prefs.topPct}fr`, '--bottom-fr': `${100 - prefs.topPct}fr` } as CSSProperties;
  return (
    <div className={`app${lessonOpen ? ' with-lesson' : ''}${makingRoom ? ' making-room' : ''}`} style={sizes} key={prefs.locale}>
      <Header />
      {lessonOpen && <Suspense fallback={null}><LessonPanel /></Suspense>}
      <Notices />
      <main className="workspace">
        <EditorPane />
        <Splitter pref="editorPct" orientation="vertical" label={t('resizeColumns')} min={20} max={70} measure={measureColumns} />
        <GraphView />
      </main>
      <TimelineBar />
      <Splitter pref="topPct" orientation="horizontal" label={t('resizeRows')} min={35} max={85} measure={measureRows} />
      <div className="bottom-panes">
        <EventList />
        <Consoles />
      </div>
      <HelpOverlay />
      <DemoHost />
    </div>
  );
}
