// What the console does after a command with a follow-up: `kubectl run -i` (wait for the pod to run, run the
// one-shot command or open its shell, delete it with --rm) and lines typed in a container shell.
import type { ClientRequest, ClusterSnapshot, Frame, Timeline } from '../sim';
import { execArgv, findContainer, promptOf, shellLine, podHostname } from '../kubectl/shell/index';
import type { FollowUp } from '../kubectl/shell/session';
import type { CommandOutput } from './deps';
import type { ConsoleShell } from './consoleTypes';

type RunFollow = Extract<FollowUp, { type: 'run' }>;

interface PodStatusBits { status?: { phase?: string; containerStatuses?: { state?: { running?: unknown } }[] } }

const isRunning = (f: Frame, ns: string, name: string) =>
  f.changes.some((c) => c.type !== 'DELETED' && c.object.kind === 'Pod' && c.object.metadata.namespace === ns && c.object.metadata.name === name
    && (c.object as PodStatusBits).status?.containerStatuses?.[0]?.state?.running !== undefined);

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

/** The one-shot command of `kubectl run -i -- CMD` (tty: stderr shows on the terminal's stdout). */
export function runOneShot(snapshot: ClusterSnapshot, follow: RunFollow): CommandOutput {
  const found = findContainer(snapshot, follow.namespace, follow.pod, follow.container);
  if ('error' in found) return found.error;
  const r = execArgv(found.ctx, follow.command ?? []);
  return follow.tty && !r.stderr.startsWith('error: ') ? { stdout: r.stdout + r.stderr, stderr: '', exitCode: r.exitCode } : r;
}

export function deletePodRequest(ns: string, name: string): ClientRequest {
  return { type: 'delete', targets: [{ kind: 'Pod', namespace: ns, name }], propagation: 'Background' };
}

/** kubectl's closing lines of `run -i`: deletion with --rm, then a failed exit, or how to re-attach. */
export function runEpilogue(run: NonNullable<ConsoleShell['run']>, exitCode: number, deleted: boolean): CommandOutput {
  const stdout = deleted ? `pod "${run.pod}" deleted from ${run.namespace} namespace\n` : '';
  const resume = !run.rm ? `Session ended, resume using 'kubectl attach ${run.pod} -c ${run.container} -i -t' command when the pod is running\n` : '';
  const failed = exitCode !== 0 ? `pod ${run.namespace}/${run.pod} terminated (Error)\n` : '';
  return { stdout: resume + stdout, stderr: failed, exitCode };
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
