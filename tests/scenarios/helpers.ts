// Helpers for the scenario tests: run the CLI in-process and read its JSON lines.
import { readFileSync } from 'node:fs';
import { main } from '../../src/cli/main';
import type { KObject } from '../../src/sim';
import { parseScenario, runScenario, transcriptOf, type RunRecord, type ScenarioRun } from '../../src/scenario';

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


// ---------------------------------------------------------------------------------------------------------
// In-process runs of scenario files through parseScenario + runScenario (the runner the CLI uses).

export type Rec = RunRecord;
export type OutRec = Extract<RunRecord, { type: 'output' }>;
export type WatchRec = Extract<RunRecord, { type: 'watch' }>;

export interface ScenarioResult {
  readonly run: ScenarioRun;
  readonly records: readonly RunRecord[];
  /** The human transcript, as `podium run` prints it. */
  readonly transcript: string;
  /** The n-th output record (0-based) whose command is exactly `command`. */
  out(command: string, nth?: number): OutRec;
  /** Every output record whose command is exactly `command`. */
  outs(command: string): OutRec[];
  /** Watch records, optionally of one kind and one name. */
  watch(kind?: string, name?: string): WatchRec[];
  /** Simulated time (ms) of the step whose note/command/fault record is the n-th matching one. */
  faultAt(command: string, nth?: number): number;
  /** The `[t=…] pod/…` watch rows of the transcript (without the time prefix), for `prefix` like `pod/web-1`. */
  rows(prefix: string): string[];
}

export function runScenarioFile(name: string, seed?: number): ScenarioResult {
  const text = readFileSync(scenarioPath(name), 'utf8');
  const parsed = parseScenario(text, `scenarios/${name}`);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${name}:${e.line}: ${e.message}`).join('\n'));
  const run = runScenario(parsed.scenario, seed === undefined ? {} : { seed });
  const records = run.records;
  const transcript = transcriptOf(parsed.scenario, run);
  const outsOf = (command: string) => records.filter((r): r is OutRec => r.type === 'output' && r.command === command);
  return {
    run, records, transcript,
    outs: outsOf,
    out(command, nth = 0) {
      const found = outsOf(command)[nth];
      if (!found) throw new Error(`no output for '${command}' #${nth}; commands: ${records.filter((r) => r.type === 'output').map((r) => (r as OutRec).command).join(' | ')}`);
      return found;
    },
    watch(kind, name) {
      return records.filter((r): r is WatchRec => r.type === 'watch' && (!kind || r.object.kind === kind) && (!name || r.object.metadata.name === name));
    },
    faultAt(command, nth = 0) {
      const f = records.filter((r) => r.type === 'fault' && r.command === command)[nth];
      if (!f) throw new Error(`no fault '${command}' #${nth}`);
      return f.t;
    },
    rows(prefix) {
      return transcript.split('\n').filter((l) => l.includes(`] ${prefix} `)).map((l) => l.replace(/^\[t=[^\]]*\] /, '').replace(/\s+/g, ' ').trim());
    },
  };
}

/** Rows of a kubectl table (header dropped), each split into cells on runs of 2+ spaces. */
export const tableRows = (stdout: string): string[][] => stdout.trimEnd().split('\n').slice(1).filter(Boolean).map((r) => r.trim().split(/\s{2,}/));
/** The first `n` cells of each table row, joined by one space. */
export const cols = (stdout: string, n: number): string[] => tableRows(stdout).map((r) => r.slice(0, n).join(' '));

const statusOf = (o: KObject) => (o.status ?? {}) as Record<string, unknown>;
export const podReady = (o: KObject): boolean => isReady(o);
export const podPhase = (o: KObject): string | undefined => statusOf(o).phase as string | undefined;
export const terminating = (o: KObject): boolean => o.metadata.deletionTimestamp !== undefined && o.metadata.deletionTimestamp !== null;

/** Time of the first watch record on `kind/name` after `after` that satisfies `pred` (Infinity if none). */
export function when(r: ScenarioResult, kind: string, name: string, pred: (w: WatchRec) => boolean, after = -1): number {
  return r.watch(kind, name).find((w) => w.t > after && pred(w))?.t ?? Infinity;
}
export const addedAt = (r: ScenarioResult, kind: string, name: string, after = -1) => when(r, kind, name, (w) => w.event === 'ADDED', after);
export const deletedAt = (r: ScenarioResult, kind: string, name: string, after = -1) => when(r, kind, name, (w) => w.event === 'DELETED', after);
export const terminatingAt = (r: ScenarioResult, kind: string, name: string, after = -1) => when(r, kind, name, (w) => terminating(w.object), after);
export const readyAt = (r: ScenarioResult, name: string, after = -1) => when(r, 'Pod', name, (w) => w.event !== 'DELETED' && isReady(w.object), after);

/** The last state of `kind/name` at or before time `t` (undefined if it did not exist then). */
export function objectAt(r: ScenarioResult, kind: string, name: string, t = Infinity): KObject | undefined {
  const last = r.watch(kind, name).filter((w) => w.t <= t).at(-1);
  return !last || last.event === 'DELETED' ? undefined : last.object;
}

/** Names of `kind` objects ADDED within (after, before), in order of first appearance. */
export function addedNames(r: ScenarioResult, kind: string, after = -1, before = Infinity): string[] {
  return [...new Set(r.watch(kind).filter((w) => w.event === 'ADDED' && w.t > after && w.t < before).map((w) => w.object.metadata.name ?? ''))];
}

/** Image of the first container of a pod-like object. */
export const imageOf = (o: KObject | undefined): string | undefined => (o?.spec as { containers?: Array<{ image?: string }> } | undefined)?.containers?.[0]?.image;
