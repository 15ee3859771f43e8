// A blocking command (`rollout status`, `wait`, `delete`, `drain`) in the page console: what it printed between its
// start and the playhead, derived from the timeline's frames (like a watch) and the acts it sent on its own (drain's
// retried evictions, recorded in the session), and whether it has finished.
import type { ClusterSnapshot, Timeline } from '../sim';
import { blockAct, blockActResult, blockChange, blockDeadline, blockDue, blockStart, blockTimeout, pipeOutput, type BlockState } from '../kubectl';
import type { BlockAct, BlockSession } from './consoleTypes';

export interface BlockProgress {
  readonly stdout: string;
  readonly stderr: string;
  readonly done: boolean;
  readonly exitCode: number;
  /** When the command acts next on its own (undefined: it only waits). */
  readonly dueMs?: number;
  /** That act was already sent (the playhead was moved back before it): replay it, do not send it again. */
  readonly dueRecorded?: boolean;
  /** The command's state at the end (what it would act on next). */
  readonly state: BlockState;
  /** stdout and stderr lines in the order they were printed (without a pipe). */
  readonly lines: readonly { readonly kind: 'stdout' | 'stderr'; readonly text: string }[];
}

const split = (text: string): string[] => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

/** Everything the command printed after its start, up to frame `toFrame` / time `atMs`, through its pipe when done. */
export function blockProgress(tl: Timeline, s: BlockSession, start: ClusterSnapshot, toFrame: number, atMs: number): BlockProgress {
  let st: BlockState = blockStart(s.block, start);
  let stdout = '';
  let stderr = '';
  const lines: { kind: 'stdout' | 'stderr'; text: string }[] = [];
  const take = (next: BlockState) => {
    st = next;
    stdout += st.stdout;
    stderr += st.stderr;
    for (const text of split(st.stdout)) lines.push({ kind: 'stdout', text });
    for (const text of split(st.stderr)) lines.push({ kind: 'stderr', text });
  };
  const deadline = blockDeadline(s.block, s.startMs);
  const acts: BlockAct[] = [...(s.acts ?? [])];
  const applyAct = (a: BlockAct) => {
    const act = blockAct(s.block, st, a.atMs);
    take(act.state);
    if (act.request) take(blockActResult(s.block, st, act.targets, a.result, a.atMs));
  };
  let timedOut = false;
  for (let i = s.startFrame + 1; i <= toFrame && !st.done; i++) {
    const f = tl.frames[i];
    if (!f) break;
    while (acts.length > 0 && acts[0]!.atMs < f.atMs && !st.done) applyAct(acts.shift()!);
    if (deadline !== undefined && f.atMs > deadline) {
      timedOut = true;
      take(blockTimeout(s.block, st));
      break;
    }
    for (const c of f.changes) {
      take(blockChange(s.block, st, c));
      if (st.done) break;
    }
  }
  if (!st.done && !timedOut && deadline !== undefined && atMs >= deadline) take(blockTimeout(s.block, st));
  while (acts.length > 0 && acts[0]!.atMs <= atMs && !st.done) applyAct(acts.shift()!);
  const out = { stdout, stderr, exitCode: st.exitCode };
  // An act already sent later than the playhead (the playhead was moved back) is not sent again: playback goes on
  // to it (a refused eviction changes nothing, so the timeline may have no frame there).
  const recorded = acts.length > 0;
  const due = recorded ? acts[0]!.atMs : blockDue(st);
  if (!st.done) return { ...(s.pipe ? { stdout: '', stderr: '' } : out), exitCode: 0, done: false, state: st, lines: s.pipe ? [] : lines, ...(due !== undefined ? { dueMs: due, dueRecorded: recorded } : {}) };
  if (!s.pipe) return { ...out, done: true, state: st, lines };
  const all = { stdout: (s.prefix?.stdout ?? '') + stdout, stderr: (s.prefix?.stderr ?? '') + stderr, exitCode: st.exitCode };
  const piped = pipeOutput(all, s.pipe);
  return { ...piped, done: true, state: st, lines: [...split(piped.stdout).map((text) => ({ kind: 'stdout' as const, text })), ...split(piped.stderr).map((text) => ({ kind: 'stderr' as const, text }))] };
}
