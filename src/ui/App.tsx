// The page: header, editor | graph (resizable), timeline bar, then events | console (resizable height).
// A language switch remounts the tree so every string is re-read; the workspace lives in the store and survives.
import type { CSSProperties } from 'react';
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

const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
/** Editor width as % of the workspace. */
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

export function App() {
  const prefs = useAppStore((s) => s.prefs);
  useDocumentPrefs(prefs.theme, prefs.locale);
  useShortcuts();
  const sizes = { '--editor-pct': `${prefs.editorPct}%`, '--top-fr': `${prefs.topPct}fr`, '--bottom-fr': `${100 - prefs.topPct}fr` } as CSSProperties;
  return (
    <div className="app" style={sizes} key={prefs.locale}>
      <Header />
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
    </div>
  );
}
