// `kubectl exec POD [-c CONTAINER] [-i] [-t] -- COMMAND [args...]`: runs COMMAND in the simulated container at
// this snapshot. With -i -t and a shell, the page console continues in an interactive shell (follow-up).
// Mirrors kubectl pkg/cmd/exec/exec.go (Complete, Validate, Run). Deviations: no stdin piping; `pod/NAME`,
// `deploy/NAME` and `-f` targets are not resolved (pods by name only).
import { bool, str, type FlagSpec, type ParsedArgs } from '../args';
import { fail } from '../errors';
import { execArgv, findContainer, hasCommand } from '../shell/index';
import type { KubectlEnv, KubectlPlan } from '../types';
import { GLOBAL_FLAGS, scopeOf } from './common';

export const EXEC_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'container', short: 'c', type: 'string' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'quiet', short: 'q', type: 'bool' },
  { name: 'pod-running-timeout', type: 'string' },
];

const USAGE = 'expected \'exec POD_NAME COMMAND [ARG1] [ARG2] ... [ARGN]\'.\nPOD_NAME and COMMAND are required arguments for the exec command';
const SHELLS = /^(\/(usr\/)?bin\/)?(sh|bash|ash)$/;
const out = (o: { stdout: string; stderr: string; exitCode: number }): KubectlPlan => ({ type: 'output', ...o });

/** `command terminated with exit code N`, as kubectl reports a non-zero remote exit. */
export function terminatedLine(code: number): string {
  return code === 0 ? '' : `command terminated with exit code ${code}\n`;
}

export function planExec(parsed: ParsedArgs, env: KubectlEnv): KubectlPlan {
  const { flags, args } = parsed;
  const dash = parsed.argsLenAtDash ?? -1;
  if (args.length === 0 || dash === 0) return out(fail(USAGE + "\nSee 'kubectl exec -h' for help and examples"));
  if (dash < 0 && args.length > 1) return out(fail('exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead'));
  const podName = args[0]!.replace(/^(pods?|po)\//, '');
  const command = args.slice(1);
  if (command.length === 0) return out(fail('you must specify at least one command for the container'));
  const scope = scopeOf(flags);
  const found = findContainer(env.snapshot, scope.namespace, podName, str(flags['container']));
  if ('error' in found) return out(found.error);
  const notice = bool(flags['quiet']) ? '' : found.notice;
  const interactive = bool(flags['stdin']) && bool(flags['tty']);
  const tty = bool(flags['tty']);
  if (interactive && command.length === 1 && SHELLS.test(command[0]!) && hasCommand(found.ctx.box, command[0]!)) {
    const uid = found.ctx.pod.metadata.uid ?? '';
    return {
      type: 'output', stdout: '', stderr: notice, exitCode: 0,
      follow: { type: 'shell', target: { namespace: scope.namespace, pod: podName, podUid: uid, container: found.container, shell: command[0]! } },
    };
  }
  const r = execArgv(found.ctx, command);
  if (r.stderr.startsWith('error: Internal error occurred')) return out({ stdout: '', stderr: notice + r.stderr, exitCode: 1 });
  // With a TTY the remote stderr arrives on stdout, as on a terminal.
  const stdout = tty ? r.stdout + r.stderr : r.stdout;
  return out({ stdout, stderr: notice + (tty ? '' : r.stderr) + terminatedLine(r.exitCode), exitCode: r.exitCode });
}
