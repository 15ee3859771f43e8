// The compare view (`?compare`): a Deployment and a StatefulSet made from one pod template, side by side, on the
// page's one timeline (one engine, one action log, one clock), with the paired actions above and the differences
// beside them. Its workspace is not the sandbox's: the saved workspace is never read or overwritten here.
import { useEffect } from 'react';
import { appStore, useAppStore } from '../../store/useAppStore';
import { Notices } from '../Notices';
import { HelpButton, LanguageSelect, ThemeButton } from '../Header';
import { TimelineBar } from '../timeline/TimelineBar';
import { HelpOverlay } from '../timeline/HelpOverlay';
import { useShortcuts } from '../timeline/useShortcuts';
import { EventList } from '../events/EventList';
import { Console } from '../console/Console';
import { useDocumentPrefs } from '../theme';
import { t } from '../i18n';
import { COMPARE_MANIFEST } from './compareManifest';
import { CompareSide } from './CompareSide';
import { DifferencesPanel } from './DifferencesPanel';
import { PairedActionsBar } from './PairedActionsBar';
import './compare.css';

/** A fresh cluster with both workloads created by one apply (one simulated moment). */
export function startCompare(): void {
  const s = appStore.getState();
  s.resetWorkspace({ text: COMPARE_MANIFEST });
  appStore.getState().applyEditor();
}

export default function CompareApp() {
  const prefs = useAppStore((s) => s.prefs);
  useDocumentPrefs(prefs.theme, prefs.locale);
  useShortcuts();
  useEffect(() => {
    if (!appStore.getState().timeline?.log.actions.length) startCompare();
  }, []);
  const back = new URL('./', location.href);
  back.search = '';
  return (
    <div className="app compare-app" key={prefs.locale}>
      <header className="app-header">
        <h1>{t('appTitle')} <span className="tagline">{t('compareTitle')}</span></h1>
        <div className="actions">
          <a className="header-link" href={back.pathname}>{t('compareBack')}</a>
          <span className="sep" aria-hidden="true" />
          <ThemeButton />
          <LanguageSelect />
          <HelpButton />
        </div>
      </header>
      <Notices />
      <PairedActionsBar />
      <main className="compare-main">
        <CompareSide side="deploy" />
        <CompareSide side="sts" />
        <DifferencesPanel />
      </main>
      <TimelineBar />
      <div className="bottom-panes compare-bottom">
        <EventList />
        <Console />
      </div>
      <HelpOverlay />
    </div>
  );
}
