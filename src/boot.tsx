// The app behind the shell (loaded by src/main.tsx as its own chunk): the store and its engine, the test API, share
// links, and the sandbox or compare page mounted in the shell's root.
import { lazy, StrictMode, Suspense } from 'react';
import type { Root } from 'react-dom/client';
import { App } from './ui/App';
import { appStore } from './store/useAppStore';
import { installTestApi } from './e2eApi';
import { isCompareMode, pageMode } from './store/pageMode';
import { startLessonsFromUrl } from './ui/lessons/lessonUrl';

/** The compare view (`?compare`) is its own chunk: the sandbox never loads it. */
const CompareApp = lazy(() => import('./ui/compare/CompareApp'));

export function mount(root: Root): void {
  installTestApi(appStore);
  // A share link (#share=…) is opened by the share code, loaded only when there is one.
  const openShareLink = () => {
    if (location.hash.startsWith('#share=')) void import('./share/sharePage').then((m) => m.openFromHash());
  };
  openShareLink();
  // `?embed` with neither a shared workspace nor a lesson: show the demo running rather than an empty cluster
  // (the embedded page has no editor to apply from, and saves nothing).
  if (pageMode.embed && !location.hash.startsWith('#share=') && !new URLSearchParams(location.search).has('lesson')) appStore.getState().applyEditor();
  window.addEventListener('hashchange', openShareLink);
  startLessonsFromUrl();
  root.render(
    <StrictMode>
      {isCompareMode() ? <Suspense fallback={null}><CompareApp /></Suspense> : <App />}
    </StrictMode>,
  );
}
