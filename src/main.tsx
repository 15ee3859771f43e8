// Entry: mount the app and the test API. Monaco is not imported here (it is lazy).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { appStore } from './store/useAppStore';
import { installTestApi } from './e2eApi';
import './ui/app.css';

installTestApi(appStore);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
