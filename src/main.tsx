// Entry: mount the app and the test API. Monaco is not imported here (it is lazy).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { appStore } from './store/useAppStore';
import { installTestApi } from './e2eApi';
import { startLessonsFromUrl } from './ui/lessons/lessonUrl';
import './ui/app.css';

installTestApi(appStore);
startLessonsFromUrl();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
