// The first paint: the page's frame (header, panes) drawn from the small entry chunk while the app's code —
// the store, the engine, kubectl, the schema — loads (src/main.tsx). No store, no i18n module: only its own strings.
import { shellEn } from './i18n/shell.en';
import { shellZh } from './i18n/shell.zh';
import { shellPrefs } from './shellPrefs';

function readSaved(): string | null {
  try {
    return localStorage.getItem('podium.prefs.v1');
  } catch {
    return null;
  }
}

/** Language and theme for the shell, applied to <html> before it paints (the app keeps them in step after). */
export function applyShellPrefs(): 'en' | 'zh' {
  const prefs = shellPrefs(location.search, readSaved(), navigator.language ?? '', window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false);
  const root = document.documentElement;
  root.dataset.theme = prefs.theme;
  root.style.colorScheme = prefs.theme;
  root.lang = prefs.locale === 'zh' ? 'zh-CN' : 'en';
  return prefs.locale;
}

/**
 * The page's frame as the app will draw it — header, editor column, graph, timeline row, events and terminal — so
 * nothing jumps when the app arrives. Empty panes: only the graph area says what is happening. `?embed` is the graph
 * alone.
 */
export function Shell({ locale, failed }: { locale: 'en' | 'zh'; failed?: string }) {
  const s = locale === 'zh' ? shellZh : shellEn;
  const embed = new URLSearchParams(location.search).has('embed');
  const status = (
    <div className="app-shell-body" role="status">
      {failed ? s.shellLoadFailed.replace('{reason}', failed) : s.shellLoading}
    </div>
  );
  if (embed) return <div className="app embed app-shell" aria-busy={!failed}>{status}</div>;
  return (
    <div className="app app-shell" aria-busy={!failed}>
      <header className="app-header">
        <h1>{s.appTitle} <span className="tagline">{s.appTagline}</span></h1>
      </header>
      <main className="workspace">
        <div className="app-shell-pane" />
        <div className="app-shell-gap" />
        {status}
      </main>
      <div className="app-shell-timeline" />
      <div className="app-shell-gap" />
      <div className="bottom-panes">
        <div className="app-shell-pane" />
        <div className="app-shell-terminal" />
      </div>
    </div>
  );
}
