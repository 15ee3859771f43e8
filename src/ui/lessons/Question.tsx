// A "what happens next?" question: pick a choice, read why. Wrong answers get a short explanation, not a score;
// the learner may pick again. The choice is remembered with the lesson's progress.
import { pickText } from '../../scenario';
import { t } from '../i18n';
import { Markdown } from './Markdown';
import { answer, useLessons } from './lessonStore';
import type { QuestionStep } from './model';
import { appStore } from '../../store/useAppStore';

const actions = {
  runCommand: (command: string) => appStore.getState().runCommand(command),
  loadManifest: (text: string) => appStore.getState().setText(text),
};

export function Question({ lessonId, step, lang }: { lessonId: string; step: QuestionStep; lang: string }) {
  const chosen = useLessons((s) => s.answers[`${lessonId}:${step.line}`]);
  const picked = chosen === undefined ? undefined : step.choices[chosen];
  const name = `q-${lessonId}-${step.line}`;
  return (
    <fieldset className="lesson-question">
      <legend>{t('lessonQuestion')}</legend>
      <Markdown text={pickText(step.text, lang)} actions={actions} />
      <div className="choices">
        {step.choices.map((c, i) => (
          <label key={i} className={chosen === i ? (c.correct ? 'chosen right' : 'chosen wrong') : ''}>
            <input type="radio" name={name} checked={chosen === i} onChange={() => answer(lessonId, step.line, i)} />
            <span>{pickText(c.text, lang)}</span>
          </label>
        ))}
      </div>
      {picked && (
        <div className={`explain ${picked.correct ? 'right' : 'wrong'}`} role="note">
          <strong>{picked.correct ? t('lessonRight') : t('lessonNotQuite')}</strong>{' '}
          <Markdown text={pickText(picked.explain, lang)} actions={actions} />
        </div>
      )}
    </fieldset>
  );
}
