// Command-line parsing for `podium`: `podium run FILE [--json] [--seed N]`, `podium --help`, `podium --version`.

export type CliCommand =
  | { readonly type: 'help' }
  | { readonly type: 'version' }
  | { readonly type: 'run'; readonly file: string; readonly json: boolean; readonly seed?: number }
  | { readonly type: 'export'; readonly file: string }
  /** `podium check FILE...`: run each lesson's solutions and evaluate its expects. */
  | { readonly type: 'check'; readonly files: readonly string[] }
  /** Bad usage: the message is printed with a hint, exit code 2. */
  | { readonly type: 'usage-error'; readonly message: string };

const MAX_SEED = 0xffff_ffff;

export function parseArgs(argv: readonly string[]): CliCommand {
  if (argv.length === 0) return { type: 'usage-error', message: 'missing command' };
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { type: 'help' };
  if (argv.includes('--version') || argv.includes('-V')) return { type: 'version' };
  const [command, ...rest] = argv;
  if (command === 'export') return parseExport(rest);
  if (command === 'check') return parseCheck(rest);
  if (command !== 'run') {
    return { type: 'usage-error', message: command?.startsWith('-') ? `unknown option '${command}'` : `unknown command '${command}'` };
  }
  return parseRun(rest);
}

function parseRun(args: readonly string[]): CliCommand {
  let json = false;
  let seed: number | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--seed' || arg.startsWith('--seed=')) {
      const value = arg === '--seed' ? args[++i] : arg.slice('--seed='.length);
      if (value === undefined) return { type: 'usage-error', message: "option '--seed' needs a value" };
      if (!/^\d+$/.test(value) || Number(value) > MAX_SEED) {
        return { type: 'usage-error', message: `--seed must be an integer from 0 to ${MAX_SEED}, got '${value}'` };
      }
      seed = Number(value);
    } else if (arg.startsWith('-') && arg !== '-') return { type: 'usage-error', message: `unknown option '${arg}'` };
    else files.push(arg);
  }
  if (files.length === 0) return { type: 'usage-error', message: "'run' needs a scenario file" };
  if (files.length > 1) return { type: 'usage-error', message: `'run' takes one scenario file, got ${files.length}` };
  const file = files[0] ?? '';
  return seed === undefined ? { type: 'run', file, json } : { type: 'run', file, json, seed };
}

function parseExport(args: readonly string[]): CliCommand {
  const option = args.find((a) => a.startsWith('-') && a !== '-');
  if (option) return { type: 'usage-error', message: `unknown option '${option}' for 'export'` };
  if (args.length === 0) return { type: 'usage-error', message: "'export' needs a scenario file" };
  if (args.length > 1) return { type: 'usage-error', message: `'export' takes one scenario file, got ${args.length}` };
  return { type: 'export', file: args[0] ?? '' };
}

function parseCheck(args: readonly string[]): CliCommand {
  const bad = args.find((a) => a.startsWith('-') && a !== '-');
  if (bad) return { type: 'usage-error', message: `unknown option '${bad}'` };
  if (args.length === 0) return { type: 'usage-error', message: "'check' needs one or more lesson files" };
  return { type: 'check', files: args };
}

export const USAGE = `Usage: podium run FILE [--json] [--seed N]
       podium check FILE...
       podium export FILE
       podium --help | --version

Runs a Podium scenario file on the simulated Kubernetes cluster, headlessly.

Commands:
  run FILE       run the scenario in FILE ('-' reads standard input) and print a transcript:
                 each $ kubectl command with its output, and Pod/PVC/PV changes as 'kubectl get -w' rows;
                 a lesson follows its solution path (each task's solution runs) and reports its checks
  check FILE...  run each lesson (or scenario) with its solutions and evaluate every 'expect:'; prints
                 'ok FILE:LINE ...' or 'FAIL FILE:LINE ...' per check, then 'N passed, M failed'
  export FILE    print a bash script of kubectl commands that replays the scenario on a real cluster (kind,
                 minikube): applies as heredocs, waits as 'kubectl wait' / 'kubectl rollout status', faults
                 as comments saying how to cause them by hand

Options:
  --json         print one JSON object per line instead: {"type":"output",...}, {"type":"watch",...},
                 {"type":"expect",...} and {"type":"end",...} last
  --seed N       use seed N instead of the scenario's 'seed:' (0..${MAX_SEED})
  -h, --help     show this help
  -V, --version  show the version

Exit codes: 0 the scenario ran (kubectl errors are part of the output), or every check passed; 1 a file is
invalid or unreadable, or a check failed; 2 bad command line; 3 internal error.
`;
