// What the console does after a command with a follow-up: `kubectl run -i` (wait for the pod to run, run the
// one-shot command or open its shell, delete it with --rm) and lines typed in a container shell.
import type { ClusterSnapshot, Frame, Timeline } from '../sim';
import { findContainer, promptOf, shellLine, podHostname } from '../kubectl/shell/index';
import { isRunPodRunning } from '../kubectl/shell/runFollow';
export { deletePodRequest, runEpilogue, runOneShot } from '../kubectl/shell/runFollow';
import type { FollowUp } from '../kubectl/shell/session';
import type { CommandOutput } from './deps';
import type { ConsoleShell } from './consoleTypes';

type RunFollow = Extract<FollowUp, { type: 'run' }>;

const isRunning = (f: Frame, ns: string, name: string) => f.changes.some((c) => c.type !== 'DELETED' && isRunPodRunning(c.object, ns, name));

/** The time of the first frame after `afterMs` where the pod's container runs (kubectl run waits for it). */
export function runningAtMs(tl: Timeline, afterMs: number, ns: string, name: string): number | undefined {
  return tl.frames.find((f) => f.atMs >= afterMs && isRunning(f, ns, name))?.atMs;
}

/** Open the shell of a just-started `kubectl run -i -t` pod. */
export function runShell(snapshot: ClusterSnapshot, follow: RunFollow): ConsoleShell | CommandOutput {
  const found = findContainer(snapshot, follow.namespace, follow.pod, follow.container);
  if ('error' in found) return found.error;
  const target = { namespace: follow.namespace, pod: follow.pod, podUid: found.ctx.pod.metadata.uid ?? '', container: found.container, shell: follow.shell };
  const run = { namespace: follow.namespace, pod: follow.pod, container: follow.container, rm: follow.rm };
  return { target, prompt: promptOf(found.ctx.box, follow.shell, podHostname(found.ctx.pod)), lastExit: 0, run };
}

/** One line typed in a container shell, against the cluster at the playhead. */
export function shellInput(snapshot: ClusterSnapshot, shell: ConsoleShell, line: string): { out: CommandOutput; exited?: number; lastExit: number } {
  const t = shell.target;
  const found = findContainer(snapshot, t.namespace, t.pod, t.container);
  if ('error' in found || found.ctx.pod.metadata.uid !== t.podUid) {
    return { out: { stdout: '', stderr: '', exitCode: 137 }, exited: 137, lastExit: 137 };
  }
  const r = shellLine(found.ctx, t.shell, line, shell.lastExit);
  return { out: { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }, ...(r.exited !== undefined ? { exited: r.exited } : {}), lastExit: r.exitCode };
}
