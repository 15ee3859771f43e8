// The `podium` CLI (DESIGN "The CLI"). bin/podium.mjs bundles this file and calls main(process.argv.slice(2)).
import { readFile } from 'node:fs/promises';
import { formatScenarioError, jsonLinesOf, parseScenario, runScenario, runWarnings, transcriptOf, type Scenario } from '../scenario';
import { parseArgs, USAGE } from './args';
import { exportScript } from './exportScript';
import { check } from './check';
import { MAX_FILE_BYTES, readScenarioFile } from './readFile';
import { VERSION } from './version';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a scenario file; `-` means standard input. */
  readonly readFile: (path: string) => Promise<string>;
}

export { MAX_FILE_BYTES };

const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
};

/** Run the CLI; resolves to the exit code (0 ran / all checks passed, 1 invalid file or failed check, 2 bad usage, 3 internal error). */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const cmd = parseArgs(argv);
  switch (cmd.type) {
    case 'help':
      io.stdout(USAGE);
      return 0;
    case 'version':
      io.stdout(`podium ${VERSION}\n`);
      return 0;
    case 'usage-error':
      io.stderr(`podium: ${cmd.message}\nTry 'podium --help'.\n`);
      return 2;
    case 'run':
      return run(cmd, io);
    case 'export':
      return exportFile(cmd.file, io);
    case 'check':
      return check(cmd.files, io);
    default:
      throw new Error('unreachable: command ' + (cmd satisfies never));
  }
}

/** Read and parse a scenario file; undefined (after printing why) when it cannot be read or is invalid. */
async function load(file: string, io: CliIo): Promise<Scenario | undefined> {
  const read = await readScenarioFile(file, io);
  if (!read.ok) {
    io.stderr(read.message);
    return undefined;
  }
  const { name, text } = read;
  const parsed = parseScenario(text, name);
  if (!parsed.ok) {
    io.stderr(parsed.errors.map((e) => formatScenarioError(name, e) + '\n').join(''));
    return undefined;
  }
  return parsed.scenario;
}

async function exportFile(file: string, io: CliIo): Promise<number> {
  const scenario = await load(file, io);
  if (!scenario) return 1;
  io.stdout(exportScript(scenario));
  return 0;
}

async function run(cmd: { file: string; json: boolean; seed?: number }, io: CliIo): Promise<number> {
  const name = cmd.file === '-' ? '<stdin>' : cmd.file;
  const scenario = await load(cmd.file, io);
  if (!scenario) return 1;
  try {
    const result = runScenario(scenario, cmd.seed === undefined ? {} : { seed: cmd.seed });
    io.stdout(cmd.json ? jsonLinesOf(result) : transcriptOf(scenario, result));
    for (const w of runWarnings(result.records, scenario)) io.stderr(`podium: ${w}\n`);
    return 0;
  } catch (e) {
    const seed = cmd.seed ?? scenario.seed;
    io.stderr(`podium: internal error while running ${name} (seed ${seed}): ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    return 3;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
