// Entry: mount the app and the test API. Monaco is not imported here (it is lazy).
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { appStore } from './store/useAppStore';
import { installTestApi } from './e2eApi';
import { isCompareMode } from './ui/pageMode';
import './ui/app.css';

/** The compare view (`?compare`) is its own chunk: the sandbox never loads it. */
const CompareApp = lazy(() => import('./ui/compare/CompareApp'));

installTestApi(appStore);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {isCompareMode() ? <Suspense fallback={null}><CompareApp /></Suspense> : <App />}
  </StrictMode>,
);
