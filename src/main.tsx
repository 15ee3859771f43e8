// Entry: mount the app and the test API. Monaco is not imported here (it is lazy).
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { appStore } from './store/useAppStore';
import { installTestApi } from './e2eApi';
import { pageMode } from './store/pageMode';
import { isCompareMode } from './ui/pageMode';
import { startLessonsFromUrl } from './ui/lessons/lessonUrl';
import './ui/app.css';

/** The compare view (`?compare`) is its own chunk: the sandbox never loads it. */
const CompareApp = lazy(() => import('./ui/compare/CompareApp'));

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
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {isCompareMode() ? <Suspense fallback={null}><CompareApp /></Suspense> : <App />}
  </StrictMode>,
);
