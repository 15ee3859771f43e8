// What a container's main process does once started: run until stopped, or exit after some time with a code
// and some output. Not a Kubernetes component: it stands for the image's program. Deterministic and pure, so
// the kubelet (exits, restarts) and `kubectl logs` compute the same answer from the pod spec.
// Modelled: the official database images' password checks (mysql, mariadb, postgres entrypoints), images whose
// default command is a shell or REPL (exits 0 at once without a terminal), `command:`/`args:` with a program
// the image lacks (StartError), and `sh -c`/`bash -c` scripts (see script.ts).
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { ClusterView } from '../types';
import { resolveEnv } from './configRefs';
import { hasCommand, toolboxOf, type Toolbox } from '../../cluster/imageContents';
import { parseImageRef } from '../../cluster/images';
import { runScript, isLongRunning } from './script';
import { isoOf } from './time';

export interface ProcessRun {
  /** When the main process exits, in ms after it started; undefined while it runs until stopped. */
  readonly exitAfterMs?: number;
  readonly exitCode: number;
  /** Set when the runtime could not start the program at all (terminated reason StartError, exit 128). */
  readonly startError?: string;
  /** What the process printed (stdout and stderr, in order), up to its exit or its start-up. */
  readonly log: readonly string[];
  /** When each log line was printed, in ms after the start (absent: all at the start). */
  readonly logAtMs?: readonly number[];
}

const RUNS: ProcessRun = { exitCode: 0, log: [] };

/** Repositories whose default command is a shell or an interactive interpreter: without a TTY it exits 0. */
const EXITS_AT_ONCE: ReadonlySet<string> = new Set([
  'busybox', 'alpine', 'ubuntu', 'debian', 'centos', 'fedora', 'amazonlinux', 'rockylinux', 'almalinux', 'oraclelinux',
  'archlinux', 'photon', 'python', 'node', 'ruby', 'perl', 'golang', 'rust', 'bash', 'gcc', 'openjdk', 'eclipse-temurin',
  'amazoncorretto', 'ibmjava', 'erlang', 'elixir', 'haskell', 'julia', 'hello-world', 'clojure', 'swift', 'r-base',
]);

/** The environment a container sees: name → value (valueFrom already resolved by the kubelet). */
export type Env = Readonly<Record<string, string>>;

const setVar = (env: Env, name: string): boolean => (env[name] ?? '') !== '';

/** `2026-01-01 00:00:05+00:00`, as the docker-library entrypoints date their lines. */
const entrypointStamp = (startMs: number): string => `${isoOf(startMs).slice(0, 19).replace('T', ' ')}+00:00`;

/** The docker-library entrypoints that refuse to initialise a database without a password setting. */
function passwordCheck(repo: string, tag: string, env: Env, startMs: number): ProcessRun | undefined {
  const at = entrypointStamp(startMs);
  if (repo === 'mysql') {
    if (setVar(env, 'MYSQL_ROOT_PASSWORD') || setVar(env, 'MYSQL_ALLOW_EMPTY_PASSWORD') || setVar(env, 'MYSQL_RANDOM_ROOT_PASSWORD')) return undefined;
    const version = /^\d+\.\d+\.\d+$/.test(tag) ? `${tag}-1.el9` : '';
    return {
      exitAfterMs: 900, exitCode: 1, log: [
        `${at} [Note] [Entrypoint]: Entrypoint script for MySQL Server ${version}${version ? ' ' : ''}started.`,
        `${at} [Note] [Entrypoint]: Switching to dedicated user 'mysql'`,
        `${at} [Note] [Entrypoint]: Entrypoint script for MySQL Server ${version}${version ? ' ' : ''}started.`,
        `${at} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified`,
        '    You need to specify one of the following as an environment variable:',
        '    - MYSQL_ROOT_PASSWORD',
        '    - MYSQL_ALLOW_EMPTY_PASSWORD',
        '    - MYSQL_RANDOM_ROOT_PASSWORD',
      ],
    };
  }
  if (repo === 'mariadb') {
    const names = ['MARIADB_ROOT_PASSWORD', 'MARIADB_ROOT_PASSWORD_HASH', 'MARIADB_ALLOW_EMPTY_ROOT_PASSWORD', 'MARIADB_RANDOM_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'];
    if (names.some((n) => setVar(env, n))) return undefined;
    return {
      exitAfterMs: 700, exitCode: 1, log: [
        `${at} [Note] [Entrypoint]: Entrypoint script for MariaDB Server started.`,
        `${at} [Note] [Entrypoint]: Switching to dedicated user 'mysql'`,
        `${at} [Note] [Entrypoint]: Entrypoint script for MariaDB Server started.`,
        `${at} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified`,
        '\tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD',
      ],
    };
  }
  if (repo === 'postgres') {
    if (setVar(env, 'POSTGRES_PASSWORD') || env['POSTGRES_HOST_AUTH_METHOD'] === 'trust') return undefined;
    return {
      exitAfterMs: 400, exitCode: 1, log: [
        'Error: Database is uninitialized and superuser password is not specified.',
        '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
        '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
        '',
        '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
        '       connections without a password. This is *not* recommended.',
        '',
        '       See PostgreSQL documentation about "trust":',
        '       https://www.postgresql.org/docs/current/auth-trust.html',
      ],
    };
  }
  return undefined;
}

/** The OCI runtime's message when the program to start does not exist in the image. */
export function startErrorMessage(program: string): string {
  const why = program.includes('/') ? `exec: "${program}": stat ${program}: no such file or directory` : `exec: "${program}": executable file not found in $PATH`;
  return `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${why}: unknown`;
}

/** Run argv (a command line, no shell) in the image. */
export function runArgv(argv: readonly string[], box: Toolbox, host: string, privileged = false): ProcessRun {
  const [program = '', ...args] = argv;
  if (!hasCommand(box, program)) return { exitAfterMs: 0, exitCode: 128, startError: startErrorMessage(program), log: [] };
  const base = program.slice(program.lastIndexOf('/') + 1);
  if ((base === 'sh' || base === 'bash' || base === 'ash' || base === 'dash')) {
    const c = args.indexOf('-c');
    if (c < 0) return { exitAfterMs: 0, exitCode: 0, log: [] };
    const script = args[c + 1] ?? '';
    return runScript(script, { box, host, shell: box.family === 'busybox' ? 'busybox' : base === 'bash' ? 'bash' : 'dash', argv0: base, privileged });
  }
  if (isLongRunning(base, args)) return RUNS;
  return runScript(argv.map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`)).join(' '), { box, host, shell: 'bash', argv0: 'bash', privileged });
}

/**
 * What the main process of container `c` does, given its environment and the pod's hostname.
 * `startMs` only dates the log lines.
 */
export function mainProcess(c: Container, env: Env, host: string, startMs: number): ProcessRun {
  const ref = parseImageRef(c.image ?? '');
  const repo = ref.repository.slice(ref.repository.lastIndexOf('/') + 1);
  const box = toolboxOf(c.image ?? '');
  // An attached session (`kubectl run -it`, stdin: true) drives the process: the console runs the command and
  // ends the container when the session ends.
  if (c.stdin) return RUNS;
  if (c.command?.length) return runArgv([...c.command, ...(c.args ?? [])], box, host, c.securityContext?.privileged === true);
  const db = passwordCheck(repo, ref.tag, env, startMs);
  if (db) return db;
  if (EXITS_AT_ONCE.has(repo)) return c.args?.length ? runArgv(c.args, box, host) : { exitAfterMs: 0, exitCode: 0, log: repo === 'hello-world' ? ['', 'Hello from Docker!'] : [] };
  return RUNS;
}

/** What a container of a pod printed by `sinceStartMs` after it started (`kubectl logs`). */
export function processLog(pod: Pod, c: Container, view: Pick<ClusterView, 'get'>, startedMs: number, sinceStartMs: number): string[] {
  const run = mainProcess(c, resolveEnv(c, pod, view), pod.spec?.hostname ?? pod.metadata?.name ?? '', startedMs);
  return run.log.filter((_, i) => (run.logAtMs?.[i] ?? 0) <= sinceStartMs);
}

/**
 * True when the container's PID 1 is a shell script that sleeps or loops, or `sleep` itself: with no signal
 * handler, PID 1 ignores SIGTERM and is killed at the end of the grace period (exit 137), whatever the image.
 */
export function ignoresSigterm(c: Container): boolean {
  const argv = c.command?.length ? [...c.command, ...(c.args ?? [])] : undefined;
  if (!argv) return false;
  const base = (argv[0] ?? '').slice((argv[0] ?? '').lastIndexOf('/') + 1);
  if (base === 'sleep') return true;
  if (!['sh', 'bash', 'ash', 'dash'].includes(base)) return false;
  const script = argv[argv.indexOf('-c') + 1] ?? '';
  return !/\bexec\b/.test(script) && /\b(sleep|while|until|tail)\b/.test(script);
}
