// The kubectl console: one or more terminals side by side (Split terminal), each a terminal-like command box
// (Enter runs, ↑/↓ history, Tab completes, Ctrl+C interrupts, Ctrl+L clears) above a log of output. In a container
// shell the prompt is the shell's (`/ # `). Terminal 1 keeps the names `kubectl command` / `Console output`.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { appStore, snapshotReader, useAppStore } from '../../store/useAppStore';
import type { ConsoleLine, AppState } from '../../store/types';
import type { TerminalState } from '../../store/consoleTypes';
import { t } from '../i18n';
import { complete } from './completion';

const NO_LINES: readonly ConsoleLine[] = [];
const termOf = (s: AppState, id: number): TerminalState | undefined =>
  id === 1 ? { lines: s.consoleLines, shell: s.consoleShell, watch: s.consoleWatch } : s.terminals.find((x) => x.id === id);
const selectIds = (s: AppState) => s.terminals.map((x) => x.id).join(',');

/** Every terminal, side by side. */
export function Consoles() {
  const ids = [1, ...useAppStore(selectIds).split(',').filter(Boolean).map(Number)];
  return (
    <div className={`consoles${ids.length > 1 ? ' split' : ''}`}>
      {ids.map((id) => <Console key={id} id={id} count={ids.length} />)}
    </div>
  );
}

export function Console({ id = 1, count = 1 }: { id?: number; count?: number }) {
  const lines = useAppStore((s) => termOf(s, id)?.lines ?? NO_LINES);
  const prompt = useAppStore((s) => termOf(s, id)?.shell?.prompt ?? '$ ');
  const session = useAppStore((s) => { const w = termOf(s, id)?.watch; return w ? (w.mode === 'block' ? 'block' : 'watch') : null; });
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
    const done = complete(value, snapshotReader.snapshot(s), termOf(s, id)?.shell != null, s.files.map((f) => f.name));
    setValue(done.line);
    if (done.candidates.length > 0) {
      s.print('command', `${prompt}${value}`, id);
      s.print('info', done.candidates.join('  '), id);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const s = appStore.getState();
    const { history } = s;
    const input = e.currentTarget;
    const hasSelection = input.selectionStart !== input.selectionEnd;
    if (e.key === 'Enter') {
      e.preventDefault();
      s.runCommand(value, id);
      recall(null);
    } else if (e.key === 'Tab' && !e.shiftKey && value.trim() !== '') {
      e.preventDefault();
      tab();
    } else if (e.ctrlKey && e.key.toLowerCase() === 'c' && !hasSelection) {
      e.preventDefault();
      s.interrupt(value, id);
      recall(null);
    } else if (e.ctrlKey && e.key.toLowerCase() === 'l') {
      e.preventDefault();
      s.clearConsole(id);
    } else if (e.key === 'ArrowUp' && history.length > 0) {
      e.preventDefault();
      recall(historyPos === null ? history.length - 1 : Math.max(0, historyPos - 1));
    } else if (e.key === 'ArrowDown' && historyPos !== null) {
      e.preventDefault();
      recall(historyPos + 1 >= history.length ? null : historyPos + 1);
    }
  }

  const placeholder = session === 'watch' ? t('consoleWatching') : session === 'block' ? t('consoleBlocking') : prompt === '$ ' ? t('consolePlaceholder') : '';
  const s = appStore.getState();
  return (
    <section className="console pane nokey" aria-label={count > 1 ? t('terminalTitle', { n: id }) : undefined}>
      {(count > 1 || id === 1) && (
        <div className="console-bar">
          {count > 1 && <span className="console-title">{t('terminalTitle', { n: id })}</span>}
          {id === 1 && <button type="button" className="console-split" title={t('splitTerminalHint')} onClick={() => s.addTerminal()} disabled={count >= 4}>{t('splitTerminal')}</button>}
          {id !== 1 && <button type="button" className="console-close" aria-label={t('closeTerminal', { n: id })} onClick={() => s.closeTerminal(id)}>×</button>}
        </div>
      )}
      <div className="console-log" role="log" aria-label={id === 1 ? t('consoleOutputLabel') : t('consoleOutputLabelN', { n: id })} ref={logRef} tabIndex={0}>
        {lines.length === 0 && <p className="muted">{t('consoleHint')}</p>}
        {lines.map((l) => <div key={l.id} className={`console-line ${l.kind}`}>{l.text || '\u00a0'}</div>)}
      </div>
      <div className="console-prompt">
        <span aria-hidden="true" className="console-ps1">{prompt.trimEnd()}</span>
        <input
          type="text"
          aria-label={id === 1 ? t('consoleInputLabel') : t('consoleInputLabelN', { n: id })}
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
