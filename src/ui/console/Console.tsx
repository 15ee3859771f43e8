// The kubectl console: a command box (Enter runs, ↑/↓ history) above a log of output.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { appStore, useAppStore } from '../../store/useAppStore';
import { selectConsoleLines } from '../../store/selectors';
import { t } from '../i18n';

export function Console() {
  const lines = useAppStore(selectConsoleLines);
  const [value, setValue] = useState('');
  const [historyPos, setHistoryPos] = useState<number | null>(null);
  const logRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = logRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [lines]);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const { history } = appStore.getState();
    if (e.key === 'Enter') {
      e.preventDefault();
      appStore.getState().runCommand(value);
      setValue('');
      setHistoryPos(null);
    } else if (e.key === 'ArrowUp' && history.length > 0) {
      e.preventDefault();
      const pos = historyPos === null ? history.length - 1 : Math.max(0, historyPos - 1);
      setHistoryPos(pos);
      setValue(history[pos] ?? '');
    } else if (e.key === 'ArrowDown' && historyPos !== null) {
      e.preventDefault();
      const pos = historyPos + 1;
      setHistoryPos(pos >= history.length ? null : pos);
      setValue(pos >= history.length ? '' : history[pos] ?? '');
    }
  }

  return (
    <section className="console pane nokey">
      <div className="console-log" role="log" aria-label={t('consoleOutputLabel')} ref={logRef} tabIndex={0}>
        {lines.length === 0 && <p className="muted">{t('consoleHint')}</p>}
        {lines.map((l) => <div key={l.id} className={`console-line ${l.kind}`}>{l.text || '\u00a0'}</div>)}
      </div>
      <div className="console-prompt">
        <span aria-hidden="true">$</span>
        <input
          type="text"
          aria-label={t('consoleInputLabel')}
          placeholder={t('consolePlaceholder')}
          spellCheck={false}
          autoComplete="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
    </section>
  );
}
