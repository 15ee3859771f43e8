// Helpers for the scenario tests: run the CLI in-process and read its JSON lines.
import { readFileSync } from 'node:fs';
import { main } from '../../src/cli/main';
import type { KObject } from '../../src/sim';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export const scenarioPath = (name: string): string => new URL(`../../scenarios/${name}`, import.meta.url).pathname;

/** Run `podium <argv>` in-process; `files` stand in for the file system when given. */
export async function cli(argv: string[], files?: Record<string, string>): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: async (p) => {
      if (!files) return readFileSync(p, 'utf8');
      const text = files[p];
      if (text === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return text;
    },
  });
  return { code, stdout, stderr };
}

export type JsonLine =
  | { type: 'output'; t: number; step: number; command: string; stdout: string; stderr: string; exitCode: number }
  | { type: 'watch'; t: number; event: 'ADDED' | 'MODIFIED' | 'DELETED'; object: KObject }
  | { type: 'end'; t: number };

export type WatchLine = Extract<JsonLine, { type: 'watch' }>;
export type OutputLine = Extract<JsonLine, { type: 'output' }>;

export function jsonLines(stdout: string): JsonLine[] {
  return stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as JsonLine);
}

export const watches = (lines: JsonLine[], kind?: string): WatchLine[] =>
  lines.filter((l): l is WatchLine => l.type === 'watch' && (!kind || l.object.kind === kind));

export const outputs = (lines: JsonLine[]): OutputLine[] => lines.filter((l): l is OutputLine => l.type === 'output');

/** The first output line whose command is exactly `command` (the n-th with `nth`). */
export function output(lines: JsonLine[], command: string, nth = 0): OutputLine {
  const found = outputs(lines).filter((o) => o.command === command)[nth];
  if (!found) throw new Error(`no output for '${command}' #${nth}`);
  return found;
}

export const isReady = (o: KObject): boolean =>
  ((o.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');

/** Time of the first watch event on pod `name` matching `pred` (Infinity when none). */
export function firstTime(lines: JsonLine[], name: string, pred: (w: WatchLine) => boolean): number {
  return watches(lines, 'Pod').find((w) => w.object.metadata.name === name && pred(w))?.t ?? Infinity;
}

