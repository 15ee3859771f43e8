// Run a scenario given as text (for tests whose scenario is small and lives beside its assertions).
import { parseScenario, runScenario, type RunRecord } from '../../src/scenario';

export type OutRec = Extract<RunRecord, { type: 'output' }>;
export type WatchRec = Extract<RunRecord, { type: 'watch' }>;

export interface InlineRun {
  readonly records: readonly RunRecord[];
  /** Every output of `command`, in order. */
  outs(command: string): OutRec[];
  /** The n-th output of `command` (throws when missing). */
  out(command: string, nth?: number): OutRec;
  watch(kind?: string, name?: string): WatchRec[];
}

export function runText(text: string, name = 'inline.yaml'): InlineRun {
  const parsed = parseScenario(text, name);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${name}:${e.line}: ${e.message}`).join('\n'));
  const records = runScenario(parsed.scenario, {}).records;
  const outs = (command: string) => records.filter((r): r is OutRec => r.type === 'output' && r.command === command);
  return {
    records,
    outs,
    out(command, nth = 0) {
      const o = outs(command)[nth];
      if (!o) throw new Error(`no output for '${command}' #${nth}`);
      return o;
    },
    watch(kind, name) {
      return records.filter((r): r is WatchRec => r.type === 'watch' && (!kind || r.object.kind === kind) && (!name || r.object.metadata.name === name));
    },
  };
}

/** The scenario text of `steps` (already indented YAML list items) with an optional cluster block. */
export const scenario = (steps: string, cluster = ''): string => `${cluster}steps:\n${steps}`;
