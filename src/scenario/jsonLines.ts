// `podium run --json`: one JSON object per line (DESIGN "The CLI", "Lessons"). Only `output`, `watch`, `expect` and `end` records
// are printed; keys are written in the documented order.
import type { RunRecord } from './types';

/** The JSON line for a record, or undefined for records the JSON form leaves out (notes, faults, waits). */
export function jsonLine(rec: RunRecord): string | undefined {
  switch (rec.type) {
    case 'output':
      return JSON.stringify({
        type: 'output', t: rec.t, step: rec.step, command: rec.command, stdout: rec.stdout, stderr: rec.stderr, exitCode: rec.exitCode,
      });
    case 'watch':
      return JSON.stringify({ type: 'watch', t: rec.t, event: rec.event, object: rec.object });
    case 'expect':
      return JSON.stringify({ type: 'expect', t: rec.t, step: rec.step, line: rec.line, met: rec.met, message: rec.message });
    case 'end':
      return JSON.stringify({ type: 'end', t: rec.t });
    case 'note':
    case 'fault':
    case 'wait':
      return undefined;
    default:
      throw new Error('unreachable: record ' + (rec satisfies never));
  }
}

/** Every printable record as JSON lines, each ending in a newline. */
export function formatJsonLines(records: readonly RunRecord[]): string {
  let out = '';
  for (const rec of records) {
    const line = jsonLine(rec);
    if (line !== undefined) out += line + '\n';
  }
  return out;
}
