// Entry: paint the page's shell at once, then load the app (store, engine, kubectl, schema: src/boot.tsx) as its
// own chunk and mount it in the same root. index.html fetches only this chunk (nothing else is preloaded): the app's
// chunks are fetched right after the shell has painted, so they never compete with the first paint. Monaco is
// lazy too; on a page that shows the editor its chunk is requested at the same moment as the app's, so the two
// load side by side rather than one after the other.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { applyShellPrefs, Shell } from './ui/Shell';
import { afterFirstPaint, showsEditor } from './ui/shellLoad';
import './ui/app.css';

const root = createRoot(document.getElementById('root')!);
const locale = applyShellPrefs();
flushSync(() => root.render(<Shell locale={locale} />));
afterFirstPaint(() => {
  // The editor pane's own lazy import then finds the module loaded (or loading); a failure here is its to report.
  if (showsEditor(location.search)) import('./ui/editor/YamlEditor').catch(() => undefined);
  import('./boot').then(
    (m) => m.mount(root),
    (err: unknown) => root.render(<Shell locale={locale} failed={err instanceof Error ? err.message : String(err)} />),
  );
});
