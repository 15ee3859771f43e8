// Entry: paint the page's shell at once, then load the app (store, engine, kubectl, schema: src/boot.tsx) as its
// own chunk and mount it in the same root. index.html fetches only this chunk (nothing else is preloaded): the app's
// chunks are fetched right after the shell has painted, so they never compete with the first paint. Monaco is
// lazy too (the editor pane imports it); on a page that shows the editor its chunks are fetched and compiled at the
// same moment as the app's, without running, so that import finds them ready and the app is not held up by them.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { applyShellPrefs, Shell } from './ui/Shell';
import { afterFirstPaint, preloadModules, showsEditor } from './ui/shellLoad';
import './ui/app.css';

const root = createRoot(document.getElementById('root')!);
const locale = applyShellPrefs();
flushSync(() => root.render(<Shell locale={locale} />));
afterFirstPaint(() => {
  import('./boot').then(
    (m) => m.mount(root),
    (err: unknown) => root.render(<Shell locale={locale} failed={err instanceof Error ? err.message : String(err)} />),
  );
  // After the app's request, so the app's chunks are asked for first.
  if (showsEditor(location.search)) preloadModules(document.querySelector('meta[name="podium-editor-modules"]')?.getAttribute('content'));
});
