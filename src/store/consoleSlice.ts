// The kubectl console: one or more terminals (split side by side), each with its output lines and its sessions —
// a container shell (`exec -it`, `run -it`), a `get -w` watch, or a blocking command (`rollout status`, `wait`,
// `delete`) that prints as the playhead moves. A watch in one terminal keeps running while commands run in
// another. Requests go through the timeline. Terminal 1 lives in `consoleLines`/`consoleShell`/`consoleWatch`.
import { pipeOutput, type PipeStage } from '../kubectl';
import { initialWatchLines } from '../kubectl/watch/rows';
import type { FollowUp } from '../kubectl/shell/session';
import { blockAct, blockStart, type BlockState } from '../kubectl';
import type { CommandOutput } from './deps';
import { blockProgress } from './consoleBlock';
import { deletePodRequest, runEpilogue, runningAtMs, runOneShot, runShell, shellInput } from './consoleFollow';
import type { BlockSession, ConsoleShell, ConsoleWatch, TerminalState } from './consoleTypes';
import { createWatchSync } from './consoleWatch';
import type { ConsoleLine, ConsoleLineKind, ConsoleSlice, SliceCreator } from './types';
import type { SnapshotReader } from './selectors';
import { filesByName } from './workspaceFiles';

/** Keep the console bounded: a `get -w` style flood must not grow the page forever. */
export const MAX_CONSOLE_LINES = 2000;
export const MAX_TERMINALS = 4;
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

/** Watch rows through the line's pipe: grep stages filter each row; other tools need the end of the stream. */
function pipeRows(rows: readonly ConsoleLine[], pipe: readonly PipeStage[] | undefined): readonly ConsoleLine[] {
  if (!pipe || pipe.some((p) => !['grep', 'egrep', 'fgrep'].includes(p.tool))) return rows;
  return rows.filter((r) => pipeOutput({ stdout: r.text + '\n', stderr: '', exitCode: 0 }, pipe).stdout !== '');
}

export const createConsoleSlice = (reader: SnapshotReader): SliceCreator<ConsoleSlice> => (deps) => (set, get, api) => {
  const syncs = new Map<number, ReturnType<typeof createWatchSync>>();
  const syncOf = (id: number) => {
    let s = syncs.get(id);
    if (!s) syncs.set(id, (s = createWatchSync(newId)));
    return s;
  };

  function term(id: number): TerminalState {
    const s = get();
    if (id === 1) return { lines: s.consoleLines, shell: s.consoleShell, watch: s.consoleWatch };
    return s.terminals.find((t) => t.id === id) ?? { lines: [], shell: null, watch: null };
  }
  function setTerm(id: number, patch: Partial<TerminalState>) {
    if (id === 1) {
      set({
        ...(patch.lines !== undefined ? { consoleLines: patch.lines } : {}),
        ...(patch.shell !== undefined ? { consoleShell: patch.shell } : {}),
        ...(patch.watch !== undefined ? { consoleWatch: patch.watch } : {}),
      });
      return;
    }
    set({ terminals: get().terminals.map((t) => (t.id === id ? { ...t, ...patch } : t)) });
  }

  const append = (id: number, lines: Omit<ConsoleLine, 'id'>[]) => {
    if (lines.length) setTerm(id, { lines: [...term(id).lines, ...lines.map((l) => ({ ...l, id: newId() }))].slice(-MAX_CONSOLE_LINES) });
  };
  const printOutput = (id: number, out: CommandOutput) => append(id, outputLines(out));
  const say = (id: number, kind: ConsoleLineKind, text: string) => append(id, splitLines(text).map((t) => ({ kind, text: t })));

  /** Rewrite a terminal's session rows for the playhead (called whenever the playhead or the timeline changes). */
  function syncSession(id: number) {
    const { watch: w, lines } = term(id);
    const tl = get().timeline;
    if (!w || !tl) return;
    const toFrame = deps.frameIndexAt(tl, get().playheadMs);
    let rows: readonly ConsoleLine[];
    let done = false;
    if (w.mode === 'block') {
      const p = blockProgress(tl, w, deps.snapshotAt(tl, w.startFrame), toFrame, get().playheadMs);
      // The playhead reached a moment the command acts on its own (drain retries an eviction): send it now.
      if (p.dueMs !== undefined && !p.dueRecorded && get().playheadMs >= p.dueMs && !w.acting) return actNow(id, w, p.state, get().playheadMs);
      if (p.dueMs !== w.dueMs) {
        const { dueMs: _old, ...rest } = w;
        setTerm(id, { watch: { ...rest, ...(p.dueMs !== undefined ? { dueMs: p.dueMs } : {}) } });
        if (p.dueMs !== undefined && !get().playing) get().play();
        return syncSession(id);
      }
      const current = lines.filter((l) => l.id >= w.firstRowId);
      const fresh = p.lines;
      const same = current.length === fresh.length && current.every((l, i) => l.text === fresh[i]!.text && l.kind === fresh[i]!.kind);
      rows = same ? current : fresh.map((l) => ({ ...l, id: newId() }));
      done = p.done;
    } else rows = pipeRows(syncOf(id).rows(tl, w, toFrame), w.pipe);
    const firstRow = lines.findIndex((l) => l.id >= w.firstRowId);
    const current = firstRow < 0 ? [] : lines.slice(firstRow);
    const unchanged = current.length === rows.length && current.every((l, i) => l === rows[i]);
    if (!unchanged) setTerm(id, { lines: [...(firstRow < 0 ? lines : lines.slice(0, firstRow)), ...rows].slice(-MAX_CONSOLE_LINES) });
    if (done) setTerm(id, { watch: null });
  }
  /** Send what a blocking command does on its own at `atMs` (drain's retried evictions) and record the answer. */
  function actNow(id: number, w: BlockSession, st: BlockState, atMs: number) {
    const act = blockAct(w.block, st, atMs);
    setTerm(id, { watch: { ...w, acting: true } });
    const result = act.request ? get().perform(act.request, `kubectl drain ${w.block.type === 'drain' ? w.block.node : ''}`) : undefined;
    const cur = term(id).watch;
    if (!cur || cur.mode !== 'block') return;
    setTerm(id, { watch: { ...cur, acting: false, acts: [...(cur.acts ?? []), { atMs, targets: act.targets, ...(result ? { result } : {}) }] } });
    syncSession(id);
  }
  const terminalIds = () => [1, ...get().terminals.map((t) => t.id)];
  api.subscribe((s, prev) => {
    if (s.playheadMs === prev.playheadMs && s.timeline === prev.timeline && s.consoleWatch === prev.consoleWatch && s.terminals === prev.terminals) return;
    for (const id of terminalIds()) if (term(id).watch) syncSession(id);
  });

  function stopSession(id: number, ctrlC: boolean) {
    if (!term(id).watch) return;
    setTerm(id, { watch: null });
    syncOf(id).reset();
    if (ctrlC) say(id, 'stdout', '^C');
  }

  /** End a shell: kubectl's closing lines, and the --rm deletion of a `run` pod. */
  function endShell(id: number, shell: ConsoleShell, code: number) {
    setTerm(id, { shell: null });
    if (!shell.run) {
      if (code !== 0) say(id, 'stderr', `command terminated with exit code ${code}`);
      return;
    }
    const deleted = shell.run.rm && get().perform(deletePodRequest(shell.run.namespace, shell.run.pod), `kubectl delete pod ${shell.run.pod}`) !== undefined;
    printOutput(id, runEpilogue(shell.run, code, deleted));
  }

  function startSession(id: number, session: ConsoleWatch) {
    syncOf(id).reset();
    setTerm(id, { watch: session });
  }

  /** What the terminal does after a command's output. `printed`: that output (a piped block prints it at the end). */
  function follow(id: number, f: FollowUp, pipe: readonly PipeStage[] | undefined, printed: CommandOutput) {
    const tl = get().timeline;
    if (f.type === 'watch') {
      const snap = reader.snapshotForKubectl(get());
      if (!tl || !snap) return;
      const widths = initialWatchLines(f.spec, snap).widths;
      startSession(id, { spec: f.spec, startFrame: deps.frameIndexAt(tl, get().playheadMs), widths, firstRowId: nextLineId, ...(pipe ? { pipe } : {}) });
      return;
    }
    if (f.type === 'block') {
      const snap = reader.snapshot(get());
      if (!tl || !snap) return;
      const first = blockStart(f.block, snap);
      if (first.done || !pipe) printOutput(id, first.done && pipe ? pipeOutput({ ...printed, stdout: printed.stdout + first.stdout, stderr: printed.stderr + first.stderr }, pipe) : first);
      if (first.done) return;
      const prefix = pipe ? { prefix: { stdout: printed.stdout + first.stdout, stderr: printed.stderr + first.stderr } } : {};
      startSession(id, { mode: 'block', block: f.block, startFrame: deps.frameIndexAt(tl, get().playheadMs), startMs: get().playheadMs, firstRowId: nextLineId, ...(pipe ? { pipe } : {}), ...prefix });
      syncSession(id);
      return;
    }
    if (f.type === 'shell') {
      const snap = reader.snapshot(get());
      if (!snap) return;
      const opened = runShell(snap, { type: 'run', namespace: f.target.namespace, pod: f.target.pod, container: f.target.container, shell: f.target.shell, rm: false, tty: true });
      if ('target' in opened) setTerm(id, { shell: { ...opened, run: undefined } });
      else printOutput(id, opened);
      return;
    }
    // kubectl run -i: wait (move the playhead) until the container runs, then attach.
    let at = tl && runningAtMs(tl, get().playheadMs, f.namespace, f.pod);
    if (at === undefined && tl?.computingUntilMs !== undefined) {
      // The future is still being computed in slices: the pod's start may lie beyond what is computed so far.
      get().finishComputing();
      const done = get().timeline;
      at = done && runningAtMs(done, get().playheadMs, f.namespace, f.pod);
    }
    if (at === undefined || at === null) {
      say(id, 'stderr', 'error: timed out waiting for the condition');
      return;
    }
    set({ playheadMs: at, liveEdgeMs: Math.max(get().liveEdgeMs, at) });
    const snap = reader.snapshot(get());
    if (!snap) return;
    if (f.command) {
      const r = runOneShot(snap, f);
      const run = { namespace: f.namespace, pod: f.pod, container: f.container, rm: f.rm };
      const deleted = f.rm && get().perform(deletePodRequest(f.namespace, f.pod), `kubectl delete pod ${f.pod}`) !== undefined;
      const tail = runEpilogue(run, r.exitCode, deleted);
      const all = { stdout: r.stdout + tail.stdout, stderr: r.stderr + tail.stderr, exitCode: r.exitCode };
      printOutput(id, pipe ? pipeOutput(all, pipe) : all);
      return;
    }
    const opened = runShell(snap, f);
    if ('target' in opened) setTerm(id, { shell: opened });
    else printOutput(id, opened);
  }

  function shellCommand(id: number, shell: ConsoleShell, line: string) {
    say(id, 'command', shell.prompt + line);
    if (line.trim() === 'clear') return get().clearConsole(id);
    const snap = reader.snapshot(get());
    if (!snap) return;
    const r = shellInput(snap, shell, line);
    printOutput(id, r.out);
    if (r.exited !== undefined) endShell(id, shell, r.exited);
    else setTerm(id, { shell: { ...shell, lastExit: r.lastExit } });
  }

  return {
    consoleLines: [],
    history: [],
    consoleShell: null,
    consoleWatch: null,
    terminals: [],

    addTerminal() {
      const ids = terminalIds();
      if (ids.length >= MAX_TERMINALS) return undefined;
      let id = 2;
      while (ids.includes(id)) id++;
      set({ terminals: [...get().terminals, { id, lines: [], shell: null, watch: null }] });
      return id;
    },

    closeTerminal(id) {
      if (id === 1) return;
      syncs.delete(id);
      set({ terminals: get().terminals.filter((t) => t.id !== id) });
    },

    print(kind, text, id = 1) {
      say(id, kind, text);
    },

    clearConsole(id = 1) {
      const w = term(id).watch;
      setTerm(id, { lines: [], ...(w ? { watch: { ...w, firstRowId: nextLineId } } : {}) });
      syncOf(id).reset();
    },

    interrupt(partial = '', id = 1) {
      if (get().actingPending) get().cancelComputing();
      if (term(id).watch) return stopSession(id, true);
      const shell = term(id).shell;
      say(id, 'command', `${shell ? shell.prompt : '$ '}${partial}^C`);
    },

    runCommand(raw, id = 1) {
      get().finishActing(); // a command on its way answers first, and this one reads the cluster it made
      stopSession(id, false);
      const shell = term(id).shell;
      const line = shell ? raw : raw.trim();
      if (shell) {
        if (line.trim()) set({ history: [...get().history.filter((h) => h !== line), line].slice(-MAX_HISTORY) });
        return shellCommand(id, shell, line);
      }
      if (!line) return;
      set({ history: [...get().history.filter((h) => h !== line), line].slice(-MAX_HISTORY) });
      if (line === 'clear') return get().clearConsole(id);
      const command = /^kubectl(\s|$)/.test(line) ? line : `kubectl ${line}`;
      say(id, 'command', `$ ${command}`);
      const snapshot = reader.snapshotForKubectl(get());
      if (!snapshot) return;
      let plan;
      try {
        plan = deps.planKubectl(command, { snapshot, files: filesByName(get().files) });
      } catch (err) {
        say(id, 'stderr', `error: ${err instanceof Error ? err.message : String(err)}`);
        return;
      }
      // A piped blocking command prints everything at its end (the tools read to the end of their input).
      const holdForPipe = plan.follow?.type === 'block' && plan.pipe !== undefined;
      if (plan.type === 'output') {
        if (!holdForPipe) printOutput(id, plan.follow && plan.pipe && plan.follow.type !== 'run' ? pipeOutput(plan, plan.pipe) : plan);
        if (plan.follow && plan.exitCode === 0) follow(id, plan.follow, plan.pipe, plan);
        return;
      }
      const answer = (out: ReturnType<typeof plan.render>, next: typeof plan.follow) => {
        // A drain that blocks says so only once the evictions have answered.
        const holdOut = holdForPipe || (next?.type === 'block' && plan.pipe !== undefined);
        if (!holdOut || out.exitCode !== 0) printOutput(id, next && plan.pipe ? pipeOutput(out, plan.pipe) : out);
        if (next && out.exitCode === 0) follow(id, next, plan.pipe, out);
      };
      if (plan.type === 'requests') {
        const results = [];
        for (const request of plan.requests) {
          const r = get().perform(request, command);
          if (!r) return;
          results.push(r);
        }
        const rendered = plan.render(results);
        return answer(rendered, rendered.follow ?? plan.follow);
      }
      // Acting in the past of a big cluster computes the history up to the playhead again first: in slices, so the
      // answer may come a little later (the page stays responsive meanwhile).
      get().performThen(plan.request, command, (result) => {
        if (result) answer(plan.render(result), plan.follow);
      });
    },
  };
};
