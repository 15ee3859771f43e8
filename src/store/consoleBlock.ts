// A blocking command (`rollout status`, `wait`, `delete`) in the page console: what it printed between its start
// and the playhead, derived from the timeline's frames (like a watch), and whether it has finished.
import type { ClusterSnapshot, Timeline } from '../sim';
import { blockChange, blockDeadline, blockStart, blockTimeout, pipeOutput, type BlockState } from '../kubectl';
import type { BlockSession } from './consoleTypes';

export interface BlockProgress {
  readonly stdout: string;
  readonly stderr: string;
  readonly done: boolean;
  readonly exitCode: number;
}

/** Everything the command printed after its start, up to frame `toFrame` / time `atMs`, through its pipe when done. */
export function blockProgress(tl: Timeline, s: BlockSession, start: ClusterSnapshot, toFrame: number, atMs: number): BlockProgress {
  let st: BlockState = blockStart(s.block, start);
  let stdout = '';
  let stderr = '';
  const deadline = blockDeadline(s.block, s.startMs);
  for (let i = s.startFrame + 1; i <= toFrame && !st.done; i++) {
    const f = tl.frames[i];
    if (!f) break;
    if (deadline !== undefined && f.atMs > deadline) break;
    for (const c of f.changes) {
      st = blockChange(s.block, st, c);
      stdout += st.stdout;
      stderr += st.stderr;
      if (st.done) break;
    }
  }
  if (!st.done && deadline !== undefined && atMs >= deadline) {
    st = blockTimeout(s.block, st);
    stderr += st.stderr;
  }
  const out = { stdout, stderr, exitCode: st.exitCode };
  if (!st.done) return { ...(s.pipe ? { stdout: '', stderr: '' } : out), exitCode: 0, done: false };
  if (!s.pipe) return { ...out, done: true };
  const all = { stdout: (s.prefix?.stdout ?? '') + stdout, stderr: (s.prefix?.stderr ?? '') + stderr, exitCode: st.exitCode };
  return { ...pipeOutput(all, s.pipe), done: true };
}
