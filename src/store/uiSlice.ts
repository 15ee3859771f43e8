// UI-only state: notices, the selected graph object, preferences (theme, language, pane sizes), the help overlay
// and Reset. Nothing here creates frames.
import { DEFAULT_DEMO } from '../examples/defaultDemo';
import { DEFAULT_FILE_NAME } from './workspaceFiles';
import { setLocale } from '../ui/i18n';
import type { Prefs, SliceCreator, UiSlice } from './types';

let nextNoticeId = 1;
const MAX_NOTICES = 5;

export const DEFAULT_PREFS: Prefs = { theme: 'system', locale: 'en', editorPct: 36, topPct: 68, widenWhilePlaying: true };
const clampPct = (v: number, lo: number, hi: number, fallback: number) => (Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : fallback);

/** Preferences made safe: unknown values fall back to the defaults, sizes stay in a usable range. */
export function sanitizePrefs(p: Partial<Record<keyof Prefs, unknown>>): Prefs {
  return {
    theme: p.theme === 'light' || p.theme === 'dark' || p.theme === 'system' ? p.theme : DEFAULT_PREFS.theme,
    locale: p.locale === 'zh' || p.locale === 'en' ? p.locale : DEFAULT_PREFS.locale,
    editorPct: clampPct(Number(p.editorPct), 20, 70, DEFAULT_PREFS.editorPct),
    topPct: clampPct(Number(p.topPct), 35, 85, DEFAULT_PREFS.topPct),
    widenWhilePlaying: typeof p.widenWhilePlaying === 'boolean' ? p.widenWhilePlaying : DEFAULT_PREFS.widenWhilePlaying,
  };
}

export const createUiSlice: SliceCreator<UiSlice> = () => (set, get) => ({
  notices: [],
  selectedKey: null,
  prefs: DEFAULT_PREFS,
  helpOpen: false,
  setPrefs(patch) {
    const prefs = sanitizePrefs({ ...get().prefs, ...patch });
    setLocale(prefs.locale);
    set({ prefs });
  },
  setHelpOpen(open) {
    set({ helpOpen: open });
  },
  notify(tone, text, action) {
    const kept = get().notices.filter((n) => n.text !== text && (!action || n.action !== action));
    set({ notices: [...kept, { id: nextNoticeId++, tone, text, ...(action ? { action } : {}) }].slice(-MAX_NOTICES) });
  },
  dismissNotice(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
  select(key) {
    set({ selectedKey: key });
  },
  resetWorkspace(opts = {}) {
    const files = opts.files?.length ? opts.files : [{ name: DEFAULT_FILE_NAME, text: opts.text ?? DEFAULT_DEMO }];
    get().setFiles(files);
    set({ applyProblems: [], consoleLines: [], consoleShell: null, consoleWatch: null, terminals: get().terminals.map((t) => ({ ...t, lines: [], shell: null, watch: null })), notices: [], selectedKey: null });
    get().newTimeline(opts.config);
  },
});
