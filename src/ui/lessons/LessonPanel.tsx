// The `Lesson` region (DESIGN "Lessons"): the open page's narration, tasks, questions and checks, the status
// `Step N of M`, and the buttons Previous step, Show me and Next step. `Lesson complete` when the last page's
// checks hold.
import { memo, useEffect } from 'react';
import { expectText, pickText, type Step } from '../../scenario';
import { appStore } from '../../store/useAppStore';
import { useLessonLanguage } from './useLessonLanguage';
import { formatReason, t } from '../i18n';
import { Markdown, type MarkdownActions } from './Markdown';
import { Question } from './Question';
import type { Lesson, LessonPage } from './model';
import { closeLesson, markDone, nextPage, previousPage, showMe, useLessons, type OpenLesson } from './lessonStore';
import { useChecks } from './useChecks';
import { setClickerTarget } from '../present/presenter';
import './lessons.css';

const actions: MarkdownActions = {
  runCommand: (command) => appStore.getState().runCommand(command),
  loadManifest: (text) => appStore.getState().setText(text),
};

export default function LessonPanel() {
  const open = useLessons((s) => s.open);
  const lesson = useLessons((s) => (s.open ? s.catalog?.find((l) => l.id === s.open?.id) : undefined));
  if (!open || !lesson) return null;
  const page = lesson.pages[open.page];
  if (!page) return null;
  return <PagePanel lesson={lesson} page={page} open={open} />;
}

function PagePanel({ lesson, page, open }: { lesson: Lesson; page: LessonPage; open: OpenLesson }) {
  const lang = useLessonLanguage();
  const { checks, started } = useChecks(page, open);
  const allMet = checks.every((c) => c.met);
  const last = open.page === lesson.pages.length - 1;
  const complete = last && allMet;
  useEffect(() => {
    if (complete) markDone(lesson.id);
  }, [complete, lesson.id]);
  // The clicker (PageDown/PageUp, `.`/`,`) steps the lesson's pages once this page's checks hold; before that, and
  // at either end, it steps the timeline as usual.
  useEffect(() => {
    setClickerTarget({
      next: () => (allMet && !last ? (nextPage(true), true) : false),
      prev: () => (open.page > 0 ? (previousPage(), true) : false),
    });
    return () => setClickerTarget(null);
  }, [allMet, last, open.page]);
  const title = lesson.scenario.titles ? pickText(lesson.scenario.titles, lang) : lesson.id;
  const canShow = page.solution.length > 0;
  return (
    <section className="lesson-panel" aria-label={t('lessonRegion')}>
      <header className="lesson-head">
        <span className="lesson-title">{title}</span>
        <button type="button" className="icon" aria-label={t('lessonClose')} title={t('lessonClose')} onClick={closeLesson}>×</button>
      </header>
      <p className="lesson-step" role="status">{t('lessonStepOf', { n: open.page + 1, m: lesson.pages.length })}</p>
      <div className="lesson-body">
        <h2>{pickText(page.title, lang)}</h2>
        <Narration lesson={lesson} items={page.items} lang={lang} />
        {page.checks.length > 0 && (
          <div className="lesson-checks">
            <h3>{t('lessonChecks')}</h3>
            <ul>
              {page.checks.map((c, i) => {
                const state = checks[i];
                const status = state?.met ? t('lessonCheckMet') : started ? t('lessonCheckPending') : t('lessonCheckWaiting');
                return (
                  <li key={c.line} className={state?.met ? 'met' : 'pending'} data-met={state?.met ? 'true' : 'false'}>
                    <span className="mark" aria-hidden="true">{state?.met ? '✓' : '○'}</span>
                    <span className="check-text"><code>{expectText(c.expect)}</code> <span className="sr-status">({status})</span>
                      {state?.met && state.frame && <span className="reason">{formatReason(state.frame.cause.why)}</span>}
                    </span>
                  </li>
                );
              })}
            </ul>
            {allMet && !last && <p className="lesson-all">{t('lessonAllChecks')}</p>}
          </div>
        )}
        {complete && <p className="lesson-complete">{t('lessonComplete')}</p>}
      </div>
      <footer className="lesson-nav">
        <button type="button" onClick={previousPage} disabled={open.page === 0}>{t('lessonPrev')}</button>
        <button type="button" onClick={showMe} disabled={!canShow}>{t('lessonShowMe')}</button>
        <button type="button" className={allMet ? 'primary' : ''} onClick={() => nextPage(allMet)} disabled={last}>{t('lessonNext')}</button>
      </footer>
    </section>
  );
}

/** The page's texts, tasks and questions; memoized so playback (which re-evaluates the checks) does not re-render it. */
const Narration = memo(function Narration({ lesson, items, lang }: { lesson: Lesson; items: readonly Step[]; lang: string }) {
  return (
    <>
      {items.map((s) => {
        if (s.type === 'note') return <Markdown key={s.line} text={pickText(s.texts, lang)} actions={actions} />;
        if (s.type === 'task') {
          return (
            <div key={s.line} className="lesson-task">
              <strong>{t('lessonTask')}</strong>
              <Markdown text={pickText(s.text, lang)} actions={actions} />
            </div>
          );
        }
        if (s.type === 'question') return <Question key={s.line} lessonId={lesson.id} step={s} lang={lang} />;
        return null;
      })}
    </>
  );
});
