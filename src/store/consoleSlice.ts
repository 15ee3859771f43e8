// The kubectl console: commands, output lines, history, and its sessions — a container shell (`exec -it`,
// `run -it`) and a `get -w` watch that streams as the playhead moves. Requests go through the timeline.
import { initialWatchLines } from '../kubectl/watch/rows';
import type { FollowUp } from '../kubectl/shell/session';
import type { CommandOutput } from './deps';
import { deletePodRequest, runEpilogue, runningAtMs, runOneShot, runShell, shellInput } from './consoleFollow';
import type { ConsoleShell } from './consoleTypes';
import { createWatchSync } from './consoleWatch';
import type { ConsoleLine, ConsoleLineKind, ConsoleSlice, SliceCreator } from './types';
import type { SnapshotReader } from './selectors';

/** Keep the console bounded: a `get -w` style flood must not grow the page forever. */
export const MAX_CONSOLE_LINES = 2000;
const MAX_HISTORY = 100;
let nextLineId = 1;
const newId = () => nextLineId++;

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

export const createConsoleSlice = (reader: SnapshotReader): SliceCreator<ConsoleSlice> => (deps) => (set, get, api) => {
  const watchSync = createWatchSync(newId);
  const append = (lines: Omit<ConsoleLine, 'id'>[]) => {
    if (lines.length) set({ consoleLines: [...get().consoleLines, ...lines.map((l) => ({ ...l, id: newId() }))].slice(-MAX_CONSOLE_LINES) });
  };
  const printOutput = (out: CommandOutput) => append(outputLines(out));
  const say = (kind: ConsoleLineKind, text: string) => append(splitLines(text).map((t) => ({ kind, text: t })));

  /** Rewrite the watch rows for the playhead (called whenever the playhead or the timeline changes). */
  function syncWatch() {
    const { consoleWatch: w, timeline: tl } = get();
    if (!w || !tl) return;
    const rows = watchSync.rows(tl, w, deps.frameIndexAt(tl, get().playheadMs));
    const lines = get().consoleLines;
    const firstRow = lines.findIndex((l) => l.id >= w.firstRowId);
    const current = firstRow < 0 ? [] : lines.slice(firstRow);
    if (current.length === rows.length && current.every((l, i) => l === rows[i])) return;
    set({ consoleLines: [...(firstRow < 0 ? lines : lines.slice(0, firstRow)), ...rows].slice(-MAX_CONSOLE_LINES) });
  }
  api.subscribe((s, prev) => {
    if (s.consoleWatch && (s.playheadMs !== prev.playheadMs || s.timeline !== prev.timeline || s.consoleWatch !== prev.consoleWatch)) syncWatch();
  });

  function stopWatch(ctrlC: boolean) {
    if (!get().consoleWatch) return;
    set({ consoleWatch: null });
    watchSync.reset();
    if (ctrlC) say('stdout', '^C');
  }

  /** End a shell: kubectl's closing lines, and the --rm deletion of a `run` pod. */
  function endShell(shell: ConsoleShell, code: number) {
    set({ consoleShell: null });
    if (!shell.run) {
      if (code !== 0) say('stderr', `command terminated with exit code ${code}`);
      return;
    }
    const deleted = shell.run.rm && get().perform(deletePodRequest(shell.run.namespace, shell.run.pod), `kubectl delete pod ${shell.run.pod}`) !== undefined;
    printOutput(runEpilogue(shell.run, code, deleted));
  }

  function follow(f: FollowUp) {
    const tl = get().timeline;
    if (f.type === 'watch') {
      const snap = reader.snapshotForKubectl(get());
      if (!tl || !snap) return;
      const widths = initialWatchLines(f.spec, snap).widths;
      set({ consoleWatch: { spec: f.spec, startFrame: deps.frameIndexAt(tl, get().playheadMs), widths, firstRowId: nextLineId } });
      return;
    }
    if (f.type === 'shell') {
      const snap = reader.snapshot(get());
      if (!snap) return;
      const opened = runShell(snap, { type: 'run', namespace: f.target.namespace, pod: f.target.pod, container: f.target.container, shell: f.target.shell, rm: false, tty: true });
      if ('target' in opened) set({ consoleShell: { ...opened, run: undefined } });
      else printOutput(opened);
      return;
    }
    // kubectl run -i: wait (move the playhead) until the container runs, then attach.
    const at = tl && runningAtMs(tl, get().playheadMs, f.namespace, f.pod);
    if (at === undefined || at === null) {
      say('stderr', 'error: timed out waiting for the condition');
      return;
    }
    set({ playheadMs: at, liveEdgeMs: Math.max(get().liveEdgeMs, at) });
    const snap = reader.snapshot(get());
    if (!snap) return;
    if (f.command) {
      const r = runOneShot(snap, f);
      printOutput(r);
      const run = { namespace: f.namespace, pod: f.pod, container: f.container, rm: f.rm };
      const deleted = f.rm && get().perform(deletePodRequest(f.namespace, f.pod), `kubectl delete pod ${f.pod}`) !== undefined;
      printOutput(runEpilogue(run, r.exitCode, deleted));
      return;
    }
    const opened = runShell(snap, f);
    if ('target' in opened) set({ consoleShell: opened });
    else printOutput(opened);
  }

  function shellCommand(shell: ConsoleShell, line: string) {
    say('command', shell.prompt + line);
    if (line.trim() === 'clear') return get().clearConsole();
    const snap = reader.snapshot(get());
    if (!snap) return;
    const r = shellInput(snap, shell, line);
    printOutput(r.out);
    if (r.exited !== undefined) endShell(shell, r.exited);
    else set({ consoleShell: { ...shell, lastExit: r.lastExit } });
  }

  return {
    consoleLines: [],
    history: [],
    consoleShell: null,
    consoleWatch: null,

    print(kind, text) {
      say(kind, text);
    },

    clearConsole() {
      const w = get().consoleWatch;
      set({ consoleLines: [], ...(w ? { consoleWatch: { ...w, firstRowId: nextLineId } } : {}) });
      watchSync.reset();
    },

    interrupt(partial = '') {
      if (get().consoleWatch) return stopWatch(true);
      const shell = get().consoleShell;
      say('command', `${shell ? shell.prompt : '$ '}${partial}^C`);
    },

    runCommand(raw) {
      stopWatch(false);
      const shell = get().consoleShell;
      const line = shell ? raw : raw.trim();
      if (shell) {
        if (line.trim()) set({ history: [...get().history.filter((h) => h !== line), line].slice(-MAX_HISTORY) });
        return shellCommand(shell, line);
      }
      if (!line) return;
      set({ history: [...get().history.filter((h) => h !== line), line].slice(-MAX_HISTORY) });
      if (line === 'clear') return get().clearConsole();
      const command = /^kubectl(\s|$)/.test(line) ? line : `kubectl ${line}`;
      say('command', `$ ${command}`);
      const snapshot = reader.snapshotForKubectl(get());
      if (!snapshot) return;
      let plan;
      try {
        plan = deps.planKubectl(command, { snapshot });
      } catch (err) {
        say('stderr', `error: ${err instanceof Error ? err.message : String(err)}`);
        return;
      }
      if (plan.type === 'output') {
        printOutput(plan);
        if (plan.follow && plan.exitCode === 0) follow(plan.follow);
        return;
      }
      let out;
      if (plan.type === 'requests') {
        const results = [];
        for (const request of plan.requests) {
          const r = get().perform(request, command);
          if (!r) return;
          results.push(r);
        }
        out = plan.render(results);
      } else {
        const result = get().perform(plan.request, command);
        if (!result) return;
        out = plan.render(result);
      }
      printOutput(out);
      if (plan.follow && out.exitCode === 0) follow(plan.follow);
    },
  };
};
