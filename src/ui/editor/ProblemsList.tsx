// Problems under the editor: Apply/Delete errors first, then live schema warnings. Click one to go to its line.
import { appStore, useAppStore } from '../../store/useAppStore';
import { selectProblems } from '../../store/selectors';
import { t } from '../i18n';

export function ProblemsList() {
  const problems = useAppStore(selectProblems);
  return (
    <section className="problems" role="region" aria-label={t('problems')}>
      <h2 className="pane-title">{t('problems')} {problems.length > 0 && <span className="count">{problems.length}</span>}</h2>
      {problems.length === 0 ? <p className="muted">{t('noProblems')}</p> : (
        <ul>
          {problems.map((p, i) => (
            <li key={`${p.owner}:${p.line}:${p.column}:${i}`} className={`problem ${p.severity}`}>
              <button type="button" onClick={() => appStore.getState().revealLine(p.line, p.column)}>
                {t('problemLine', { line: p.line, message: p.message })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
