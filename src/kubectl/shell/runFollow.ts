// `kubectl run -i [-t] [--rm] NAME -- CMD`: the one-shot command's output once the pod runs, the --rm deletion and
// kubectl's closing lines (run.go: attach, then removeCreatedObjects, which does not wait). Shared by the page
// console and the scenario runner.
import type { ClientRequest, ClusterSnapshot, KObject } from '../../sim/index';
import type { KubectlOutput } from '../types';
import type { FollowUp } from './session';
import { findContainer } from './target';
import { execArgv } from './shell';

type RunFollow = Extract<FollowUp, { type: 'run' }>;
type CommandOutput = KubectlOutput;
interface RunInfo { readonly namespace: string; readonly pod: string; readonly container: string; readonly rm: boolean }

interface PodStatusBits { status?: { containerStatuses?: { state?: { running?: unknown } }[] } }

/** Whether this object is the run's pod with its container running (kubectl run waits for that to attach). */
export function isRunPodRunning(obj: KObject, ns: string, name: string): boolean {
  return obj.kind === 'Pod' && obj.metadata.namespace === ns && obj.metadata.name === name
    && (obj as PodStatusBits).status?.containerStatuses?.[0]?.state?.running !== undefined;
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
export function runEpilogue(run: RunInfo, exitCode: number, deleted: boolean): CommandOutput {
  const stdout = deleted ? `pod "${run.pod}" deleted from ${run.namespace} namespace\n` : '';
  const resume = !run.rm ? `Session ended, resume using 'kubectl attach ${run.pod} -c ${run.container} -i -t' command when the pod is running\n` : '';
  const failed = exitCode !== 0 ? `pod ${run.namespace}/${run.pod} terminated (Error)\n` : '';
  return { stdout: resume + stdout, stderr: failed, exitCode };
}

