// A tiny shell inside a simulated container: one command per line, `$?`, `exit [n]`, and the "not found" messages
// of busybox sh, bash and dash. Also `kubectl exec POD -- PROGRAM ARGS` (no shell) with the container
// runtime's error when PROGRAM is not in the image.
import { tokenize } from '../args';
import type { KubectlOutput } from '../types';
import { hasCommand } from './images';
import { runProgram, type ContainerContext } from './programs';

export interface ShellLineResult extends KubectlOutput {
  /** Set when the line ended the shell (`exit`), with the shell's exit code. */
  readonly exited?: number;
}

const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);

function notFound(ctx: ContainerContext, shell: string, program: string): KubectlOutput {
  const msg =
    baseName(shell) === 'bash' ? `bash: ${program}: command not found\n`
      : ctx.box.family === 'busybox' ? `sh: ${program}: not found\n`
        : `sh: 1: ${program}: not found\n`;
  return { stdout: '', stderr: msg, exitCode: 127 };
}

/** Run one line typed at the shell prompt. `lastExit` is `$?`. */
export function shellLine(ctx: ContainerContext, shell: string, line: string, lastExit: number): ShellLineResult {
  const host = ctx.pod.metadata.name ?? '';
  const expanded = line.replace(/\$\?/g, String(lastExit)).replace(/\$\{?HOSTNAME\}?/g, host);
  const tokens = tokenize(expanded);
  if ('error' in tokens) {
    const msg = baseName(shell) === 'bash' ? 'bash: unexpected EOF while looking for matching quote\n' : 'sh: syntax error: unterminated quoted string\n';
    return { stdout: '', stderr: msg, exitCode: 2 };
  }
  const [program, ...args] = tokens.words;
  if (program === undefined) return { stdout: '', stderr: '', exitCode: lastExit };
  if (program === 'exit') {
    const n = args[0] === undefined ? lastExit : Number(args[0]);
    return { stdout: '', stderr: '', exitCode: 0, exited: Number.isInteger(n) ? ((n % 256) + 256) % 256 : 2 };
  }
  if (program === 'cd' || program === ':') return { stdout: '', stderr: '', exitCode: 0 };
  if (!hasCommand(ctx.box, program)) return notFound(ctx, shell, program);
  if (baseName(program) === 'sh' || baseName(program) === 'bash') return execArgv(ctx, [program, ...args]);
  return runProgram(ctx, [program, ...args]);
}

/** A deterministic 64-hex exec id (containerd prints one in its errors). */
function execId(seed: string): string {
  let out = '';
  for (let salt = 0; out.length < 64; salt++) {
    let h = 0x811c9dc5 ^ salt;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

/** The error containerd returns through the API server when the program cannot be started. */
export function execFailure(ctx: ContainerContext, program: string): KubectlOutput {
  const why = program.includes('/')
    ? `exec: "${program}": stat ${program}: no such file or directory`
    : `exec: "${program}": executable file not found in $PATH`;
  const id = execId(`${ctx.pod.metadata.uid ?? ''}/${program}/${ctx.snapshot.nowMs}`);
  return {
    stdout: '',
    stderr: `error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${id}": OCI runtime exec failed: exec failed: unable to start container process: ${why}: unknown\n`,
    exitCode: 1,
  };
}

/** `kubectl exec POD -- ARGV` without a terminal: run ARGV directly (a shell only runs `-c SCRIPT`). */
export function execArgv(ctx: ContainerContext, argv: readonly string[]): KubectlOutput {
  const [program = '', ...args] = argv;
  if (!hasCommand(ctx.box, program)) return execFailure(ctx, program);
  const name = baseName(program);
  if (name === 'sh' || name === 'bash') {
    const script = args[0] === '-c' ? args[1] : undefined;
    if (script === undefined) return { stdout: '', stderr: '', exitCode: 0 };
    const r = shellLine(ctx, program, script, 0);
    return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exited ?? r.exitCode };
  }
  return runProgram(ctx, argv);
}
