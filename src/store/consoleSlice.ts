// The kubectl console: commands, output lines and history. Requests go through the timeline (forking if needed).
import type { CommandOutput } from './deps';
import type { ConsoleLine, ConsoleSlice, SliceCreator } from './types';
import type { SnapshotReader } from './selectors';

/** Keep the console bounded: a `get -w` style flood must not grow the page forever. */
export const MAX_CONSOLE_LINES = 2000;
const MAX_HISTORY = 100;
let nextLineId = 1;

function splitLines(text: string): string[] {
  const trimmed = text.endsWith('\n') ? text.slice(0, -1) : text;
  return trimmed === '' ? [] : trimmed.split('\n');
}

export function outputLines(out: CommandOutput): Omit<ConsoleLine, 'id'>[] {
  return [
    ...splitLines(out.stdout).map((text) => ({ kind: 'stdout' as const, text })),
    ...splitLines(out.stderr).map((text) => ({ kind: 'stderr' as const, text })),
  ];
}

export const createConsoleSlice = (reader: SnapshotReader): SliceCreator<ConsoleSlice> => (deps) => (set, get) => ({
  consoleLines: [],
  history: [],

  print(kind, text) {
    const added = splitLines(text).map((line) => ({ id: nextLineId++, kind, text: line }));
    if (added.length === 0) return;
    set({ consoleLines: [...get().consoleLines, ...added].slice(-MAX_CONSOLE_LINES) });
  },

  clearConsole() {
    set({ consoleLines: [] });
  },

  runCommand(raw) {
    const line = raw.trim();
    if (!line) return;
    const history = [...get().history.filter((h) => h !== line), line].slice(-MAX_HISTORY);
    set({ history });
    if (line === 'clear') {
      get().clearConsole();
      return;
    }
    const command = /^kubectl(\s|$)/.test(line) ? line : `kubectl ${line}`;
    get().print('command', `$ ${command}`);
    const snapshot = reader.snapshotForKubectl(get());
    if (!snapshot) return;
    let plan;
    try {
      plan = deps.planKubectl(command, { snapshot });
    } catch (err) {
      get().print('stderr', `error: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    if (plan.type === 'output') {
      printOutput(plan);
      return;
    }
    const result = get().perform(plan.request, command);
    if (result) printOutput(plan.render(result));

    function printOutput(out: CommandOutput) {
      const lines = outputLines(out).map((l) => ({ ...l, id: nextLineId++ }));
      if (lines.length) set({ consoleLines: [...get().consoleLines, ...lines].slice(-MAX_CONSOLE_LINES) });
    }
  },
});
