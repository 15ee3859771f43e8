// Entry: paint the page's shell at once, then load the app (store, engine, kubectl, schema: src/boot.tsx) as its
// own chunk and mount it in the same root. Monaco is lazier still (the editor pane loads it).
import { createRoot } from 'react-dom/client';
import { applyShellPrefs, Shell } from './ui/Shell';
import './ui/app.css';

const root = createRoot(document.getElementById('root')!);
const locale = applyShellPrefs();
root.render(<Shell locale={locale} />);
import('./boot').then(
  (m) => m.mount(root),
  (err: unknown) => root.render(<Shell locale={locale} failed={err instanceof Error ? err.message : String(err)} />),
);
