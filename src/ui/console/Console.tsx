// The kubectl console: a terminal-like command box (Enter runs, ↑/↓ history, Tab completes, Ctrl+C interrupts,
// Ctrl+L clears) above a log of output. In a container shell the prompt is the shell's (`/ # `).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { appStore, snapshotReader, useAppStore } from '../../store/useAppStore';
import { selectConsoleLines } from '../../store/selectors';
import type { AppState } from '../../store/types';
import { t } from '../i18n';
import { complete } from './completion';

const selectPrompt = (s: AppState) => s.consoleShell?.prompt ?? '$ ';
const selectWatching = (s: AppState) => s.consoleWatch !== null;

export function Console() {
  const lines = useAppStore(selectConsoleLines);
  const prompt = useAppStore(selectPrompt);
  const watching = useAppStore(selectWatching);
  const [value, setValue] = useState('');
  const [historyPos, setHistoryPos] = useState<number | null>(null);
  const logRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = logRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [lines]);

  function recall(pos: number | null) {
    const { history } = appStore.getState();
    setHistoryPos(pos);
    setValue(pos === null ? '' : history[pos] ?? '');
  }

  function tab() {
    const s = appStore.getState();
    const done = complete(value, snapshotReader.snapshot(s), s.consoleShell !== null);
    setValue(done.line);
    if (done.candidates.length > 0) {
      s.print('command', `${prompt}${value}`);
      s.print('info', done.candidates.join('  '));
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const s = appStore.getState();
    const { history } = s;
    const input = e.currentTarget;
    const hasSelection = input.selectionStart !== input.selectionEnd;
    if (e.key === 'Enter') {
      e.preventDefault();
      s.runCommand(value);
      recall(null);
    } else if (e.key === 'Tab' && !e.shiftKey && value.trim() !== '') {
      e.preventDefault();
      tab();
    } else if (e.ctrlKey && e.key.toLowerCase() === 'c' && !hasSelection) {
      e.preventDefault();
      s.interrupt(value);
      recall(null);
    } else if (e.ctrlKey && e.key.toLowerCase() === 'l') {
      e.preventDefault();
      s.clearConsole();
    } else if (e.key === 'ArrowUp' && history.length > 0) {
      e.preventDefault();
      recall(historyPos === null ? history.length - 1 : Math.max(0, historyPos - 1));
    } else if (e.key === 'ArrowDown' && historyPos !== null) {
      e.preventDefault();
      recall(historyPos + 1 >= history.length ? null : historyPos + 1);
    }
  }

  const placeholder = watching ? t('consoleWatching') : prompt === '$ ' ? t('consolePlaceholder') : '';
  return (
    <section className="console pane nokey">
      <div className="console-log" role="log" aria-label={t('consoleOutputLabel')} ref={logRef} tabIndex={0}>
        {lines.length === 0 && <p className="muted">{t('consoleHint')}</p>}
        {lines.map((l) => <div key={l.id} className={`console-line ${l.kind}`}>{l.text || '\u00a0'}</div>)}
      </div>
      <div className="console-prompt">
        <span aria-hidden="true" className="console-ps1">{prompt.trimEnd()}</span>
        <input
          type="text"
          aria-label={t('consoleInputLabel')}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
    </section>
  );
}
