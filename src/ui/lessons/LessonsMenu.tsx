// The header's `Lessons` entry point: a popover listing every lesson with its one-line summary, level, length
// and the learner's progress. Choosing one opens it at its first page (or where the learner left it).
import { useEffect, useRef, useState } from 'react';
import { pickText } from '../../scenario';
import { appStore } from '../../store/useAppStore';
import { t, type MessageKey } from '../i18n';
import { useLessonLanguage } from './useLessonLanguage';
import { loadCatalog, lessonStore, openAt, useLessons, type LessonProgress } from './lessonStore';
import type { Lesson } from './model';
import './lessonsMenu.css';

export function LessonsMenu() {
  const [open, setOpen] = useState(false);
  const catalog = useLessons((s) => s.catalog);
  const progress = useLessons((s) => s.progress);
  const lang = useLessonLanguage();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    void loadCatalog();
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  useEffect(() => {
    if (open) root.current?.querySelector<HTMLElement>('.lesson-choice')?.focus();
  }, [open, catalog]);

  function choose(lesson: Lesson) {
    setOpen(false);
    const p = progress[lesson.id];
    const current = lessonStore.getState().open;
    if (current?.id === lesson.id) return;
    // The learner's own work (outside a lesson) is replaced: ask first.
    const acted = (appStore.getState().timeline?.log.actions.length ?? 0) > 0;
    if (!current && acted && !window.confirm(t('lessonOpenConfirm'))) return;
    openAt(lesson, p && !p.done ? p.page : 0);
  }

  return (
    <div className="menu-root lessons-menu" ref={root}>
      <button type="button" ref={button} aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(!open)}>{t('lessons')}</button>
      {open && (
        <div className="lessons-popover" role="dialog" aria-label={t('lessonsMenuTitle')}>
          {!catalog && <p>{t('lessonsLoading')}</p>}
          <ul>
            {catalog?.map((l) => (
              <li key={l.id}>
                <button type="button" className="lesson-choice" onClick={() => choose(l)}>
                  <span className="name">{l.scenario.titles ? pickText(l.scenario.titles, lang) : l.id}</span>
                  <span className="summary">{l.scenario.lesson && pickText(l.scenario.lesson.summary, lang)}</span>
                  <span className="meta">
                    {l.scenario.lesson && t(`lessonLevel_${l.scenario.lesson.level}` as MessageKey)} · {t('lessonMinutes', { n: l.scenario.lesson?.minutes ?? 0 })} · {progressText(progress[l.id], l)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function progressText(p: LessonProgress | undefined, l: Lesson): string {
  if (!p) return t('lessonNotStarted');
  if (p.done) return t('lessonDone');
  return t('lessonInProgress', { n: p.page + 1, m: l.pages.length });
}
