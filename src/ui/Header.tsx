// Header: title, the workspace actions (Apply / Delete act on the editor text like kubectl apply|delete -f; Reset),
// and the page preferences: Theme, Language, keyboard-shortcut help.
import { appStore, useAppStore } from '../store/useAppStore';
import { LOCALES, t, type Locale } from './i18n';
import { resolvedTheme } from './theme';
import { ShareControls } from './share/ShareControls';
import { OpenButton } from './demos/OpenButton';
import { LessonsMenu } from './lessons/LessonsMenu';
import { downloadScenario } from './downloadScenario';

function onReset() {
  if (window.confirm(t('resetConfirm'))) appStore.getState().resetWorkspace();
}

export function ThemeButton() {
  const theme = useAppStore((s) => s.prefs.theme);
  const dark = resolvedTheme(theme) === 'dark';
  return (
    <button type="button" className="icon-text" aria-label={t('theme')} aria-pressed={dark} title={dark ? t('themeDark') : t('themeLight')}
      onClick={() => appStore.getState().setPrefs({ theme: dark ? 'light' : 'dark' })}>
      {dark ? '☾' : '☀'}
    </button>
  );
}

/** Opens the keyboard-shortcuts help (also `?`). */
export function HelpButton() {
  return <button type="button" className="icon-text" aria-label={t('help')} title={`${t('help')} (?)`} onClick={() => appStore.getState().setHelpOpen(true)}>?</button>;
}

export function LanguageSelect() {
  const locale = useAppStore((s) => s.prefs.locale);
  return (
    <select className="lang" aria-label={t('language')} title={t('language')} value={locale}
      onChange={(e) => appStore.getState().setPrefs({ locale: e.target.value as Locale })}>
      {LOCALES.map((l) => <option key={l.id} value={l.id} lang={l.tag}>{l.name}</option>)}
    </select>
  );
}

export function Header() {
  return (
    <header className="app-header">
      <h1>{t('appTitle')} <span className="tagline">{t('appTagline')}</span></h1>
      <div className="actions">
        <LessonsMenu />
        <button type="button" className="primary" onClick={() => appStore.getState().applyEditor()}>{t('apply')}</button>
        <button type="button" onClick={() => appStore.getState().deleteEditor()}>{t('delete')}</button>
        <button type="button" onClick={onReset}>{t('reset')}</button>
        <OpenButton />
        <a className="header-link" href="?compare">{t('compare')}</a>
        <button type="button" className="download" aria-label={t('downloadScenario')} title={t('downloadScenarioHint')} onClick={downloadScenario}>
          <span aria-hidden="true">⤓</span><span className="wide-only"> {t('downloadScenario')}</span>
        </button>
        <span className="sep" aria-hidden="true" />
        <ShareControls />
        <span className="sep" aria-hidden="true" />
        <ThemeButton />
        <LanguageSelect />
        <HelpButton />
      </div>
    </header>
  );
}
