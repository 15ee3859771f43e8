// The page's address and lessons: `?lang=en|zh-CN` picks the language, `?lesson=<id>&step=<n>` opens a lesson
// at page n (a link a teacher hands out). While a lesson is open the address follows it, so the link can be
// copied at any time; a reload restores the learner's own cluster when the address names the page they were on.
import { appStore } from '../../store/useAppStore';
import { t } from '../i18n';
import { loadCatalog, lessonStore, openAt } from './lessonStore';

/** The UI locale for a `?lang=` value, or undefined when it names no language we have. */
export function localeOfLang(lang: string | null): 'en' | 'zh' | undefined {
  if (!lang) return undefined;
  if (/^zh\b/i.test(lang)) return 'zh';
  if (/^en\b/i.test(lang)) return 'en';
  return undefined;
}

export function startLessonsFromUrl(search: string = window.location.search): void {
  const params = new URLSearchParams(search);
  const locale = localeOfLang(params.get('lang'));
  if (locale) appStore.getState().setPrefs({ locale });
  const id = params.get('lesson');
  const step = Math.max(1, Number.parseInt(params.get('step') ?? '1', 10) || 1);
  const saved = lessonStore.getState().open;
  if (id || saved) {
    void loadCatalog().then((catalog) => {
      if (!id) {
        if (!catalog.some((l) => l.id === saved?.id)) lessonStore.setState({ open: null });
        return;
      }
      const lesson = catalog.find((l) => l.id === id);
      if (!lesson) {
        appStore.getState().notify('warning', t('lessonNotFound', { id }));
        return;
      }
      const page = Math.min(step, lesson.pages.length) - 1;
      if (saved?.id === id && saved.page === page) return; // the learner's own cluster, restored by the autosave
      openAt(lesson, page);
    });
  }
  lessonStore.subscribe((s, prev) => {
    if (s.open?.id === prev.open?.id && s.open?.page === prev.open?.page) return;
    const url = new URL(window.location.href);
    if (s.open) {
      url.searchParams.set('lesson', s.open.id);
      url.searchParams.set('step', String(s.open.page + 1));
    } else {
      url.searchParams.delete('lesson');
      url.searchParams.delete('step');
    }
    window.history.replaceState(window.history.state, '', url);
  });
}
