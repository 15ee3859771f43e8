// What a `kubectl:` step does after the command's first output, as in a terminal in simulated time:
// blocking commands (rollout status, wait, delete --wait) run the cluster until done or their timeout and print
// what kubectl prints meanwhile; `run -i … -- CMD` waits for the pod to run, prints CMD's output and with --rm
// deletes the pod. Endless forms (`get -w`, an interactive shell) return at once.
import type { ClientRequest, ClusterState, Frame, RequestResult } from '../sim';
import {
  blockAct, blockActResult, blockChange, blockDeadline, blockDue, blockStart, blockTimeout, deletePodRequest, isRunPodRunning, runEpilogue, runOneShot,
  type BlockState, type FollowUp,
} from '../kubectl';
import type { CommandOutput, EnginePort } from './deps';
import { runUntilDone } from './runUntil';

/** The runner's side: the current state, moving on to a later one (recording changes), submitting a request. */
export interface FollowHost {
  readonly engine: EnginePort;
  state(): ClusterState;
  advance(state: ClusterState, frames: readonly Frame[]): void;
  submit(request: ClientRequest, command: string): { state: ClusterState; result: RequestResult; frame?: Frame };
  /** How long a command with no timeout of its own may block before the runner gives up (simulated ms). */
  readonly boundMs: number;
}

/** kubectl run's --pod-running-timeout default. */
const POD_RUNNING_TIMEOUT_MS = 60_000;

const EMPTY: CommandOutput = { stdout: '', stderr: '', exitCode: 0 };

/** Carry out the follow-up; returns what it printed (to append to the command's output). */
export function runFollowUp(host: FollowHost, follow: FollowUp): CommandOutput {
  if (follow.type === 'watch' || follow.type === 'shell') return EMPTY;
  if (follow.type === 'block') return follow.block.type === 'logs' ? EMPTY : runBlock(host, follow.block);
  return runAttach(host, follow);
}

function runBlock(host: FollowHost, spec: Extract<FollowUp, { type: 'block' }>['block']): CommandOutput {
  const start = host.state();
  let st: BlockState = blockStart(spec, start);
  let stdout = st.stdout;
  let stderr = st.stderr;
  const take = (next: BlockState) => { st = next; stdout += st.stdout; stderr += st.stderr; };
  const own = blockDeadline(spec, start.nowMs);
  const deadline = own ?? start.nowMs + host.boundMs;
  let timedOut = false;
  while (!st.done) {
    // Run the cluster to the next moment the command acts on its own (drain's retries), or its deadline.
    const due = blockDue(st);
    const until = due !== undefined && (due <= deadline || timedOut) ? due : deadline;
    const r = runUntilDone(host.engine, host.state(), until, (frame) => {
      for (const c of frame.changes) {
        take(blockChange(spec, st, c));
        if (st.done) return true;
      }
      return false;
    });
    host.advance(r.state, r.frames);
    if (st.done) break;
    if (due !== undefined && until === due) {
      const act = blockAct(spec, st, due);
      take(act.state);
      if (act.request) {
        const sent = host.submit(act.request, '');
        host.advance(sent.state, sent.frame ? [sent.frame] : []);
        take(blockActResult(spec, st, act.targets, sent.result, due));
      }
      continue;
    }
    if (own === undefined) {
      stderr += `podium: still waiting after ${host.boundMs / 60_000}m of simulated time; stopped (kubectl would go on waiting: give it --timeout)\n`;
      st = { ...st, done: true, exitCode: 1 };
      break;
    }
    // The deadline passed: the command gives up (a drain's pods waiting for a retry give up at that attempt).
    timedOut = true;
    take(blockTimeout(spec, st));
  }
  return { stdout, stderr, exitCode: st.exitCode };
}

function runAttach(host: FollowHost, f: Extract<FollowUp, { type: 'run' }>): CommandOutput {
  const start = host.state();
  const r = runUntilDone(host.engine, start, start.nowMs + POD_RUNNING_TIMEOUT_MS, (frame) =>
    frame.changes.some((c) => c.type !== 'DELETED' && isRunPodRunning(c.object, f.namespace, f.pod)));
  host.advance(r.state, r.frames);
  if (!r.done) return { stdout: '', stderr: 'error: timed out waiting for the condition\n', exitCode: 1 };
  // An interactive shell never ends in a scenario: it returns at once, leaving the pod running.
  if (!f.command) return EMPTY;
  const out = runOneShot(host.state(), f);
  let deleted = false;
  if (f.rm) {
    const { state, result, frame } = host.submit(deletePodRequest(f.namespace, f.pod), `kubectl delete pod ${f.pod}`);
    host.advance(state, frame ? [frame] : []);
    deleted = !result.items.some((x) => x.error);
  }
  const tail = runEpilogue({ namespace: f.namespace, pod: f.pod, container: f.container, rm: f.rm }, out.exitCode, deleted);
  return { stdout: out.stdout + tail.stdout, stderr: out.stderr + tail.stderr, exitCode: out.exitCode };
}
