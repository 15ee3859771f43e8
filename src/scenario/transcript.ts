// The human transcript of a run (`podium run FILE`): a terminal session with watch rows in between.
//
//   === StatefulSet basics (seed 1) ===
//   # a note                                  narration, each line prefixed with '# '
//   $ kubectl get pods                        a kubectl or apply step, then its exact stdout and stderr
//   [t=1.5s] pod/web-0   0/1   Pending ...    a Pod/PVC/PV change, as a `kubectl get -w` row at that time
//   [t=2s] ! fault node-down node-2           an injected fault (and the API error, if it was refused)
//   [t=40s] wait pod/web-2 Ready: condition met
//   --- end at t=45.2s (stable) ---
import type { KObject } from '../sim';
import type { WatchRowPrinter } from './deps';
import { formatDuration, formatSimTime } from './duration';
import type { RunRecord, Scenario, WaitSpec } from './types';

/** Kinds whose changes the transcript shows, with the short type prefix used on their rows. */
const WATCHED: Readonly<Record<string, string>> = { Pod: 'pod', PersistentVolumeClaim: 'pvc', PersistentVolume: 'pv' };

export interface TranscriptOptions {
  readonly printWatchRow: WatchRowPrinter;
  readonly title?: string;
  readonly seed: number;
}

export function formatTranscript(records: readonly RunRecord[], opts: TranscriptOptions): string {
  const lines: string[] = [`=== ${opts.title ?? 'Scenario'} (seed ${opts.seed}) ===`];
  for (const rec of records) lines.push(...transcriptLines(rec, opts.printWatchRow));
  return lines.join('\n') + '\n';
}

/** The transcript lines of one record (none for changes to kinds the transcript does not watch). */
export function transcriptLines(rec: RunRecord, printWatchRow: WatchRowPrinter): string[] {
  const at = (t: number) => `[t=${formatSimTime(t)}]`;
  switch (rec.type) {
    case 'note':
      return rec.text.split('\n').map((l) => (l ? `# ${l}` : '#'));
    case 'output':
      return [`$ ${rec.command}`, ...textLines(rec.stdout), ...textLines(rec.stderr)];
    case 'watch': {
      const prefix = WATCHED[rec.object.kind];
      return prefix ? [`${at(rec.t)} ${prefix}/${watchRow(rec.object, rec.t, printWatchRow)}`] : [];
    }
    case 'fault':
      return [`${at(rec.t)} ! ${rec.command}`, ...(rec.error ? [`${at(rec.t)} ! error: ${rec.error}`] : [])];
    case 'wait':
      return [`${at(rec.t)} wait ${waitText(rec.wait, rec.met)}`];
    case 'expect': {
      const [first, ...rest] = rec.message.split('\n');
      return [`${at(rec.t)} ${rec.met ? 'ok' : 'FAIL'} expect ${first ?? ''}`, ...rest];
    }
    case 'end':
      return [`--- end at t=${formatSimTime(rec.t)} (${rec.stable ? 'stable' : 'still busy: stopped at the time bound'}) ---`];
    default:
      throw new Error('unreachable: record ' + (rec satisfies never));
  }
}

function watchRow(obj: KObject, t: number, printWatchRow: WatchRowPrinter): string {
  return printWatchRow(obj, t, {}).replace(/\n+$/, '');
}

/** Output text as lines, without the trailing newline kubectl ends with. */
function textLines(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

export function waitText(w: WaitSpec, met: boolean): string {
  switch (w.type) {
    case 'duration':
      return formatDuration(w.ms);
    case 'stable':
      return met ? 'stable' : 'stable: not stable within the time bound';
    case 'for': {
      const ns = w.ref.namespace && w.ref.namespace !== 'default' ? ` -n ${w.ref.namespace}` : '';
      const what = `${w.target}${ns} ${w.condition}`;
      return met ? `${what}: condition met` : `${what}: timed out after ${formatDuration(w.timeoutMs)}`;
    }
    default:
      throw new Error('unreachable: wait ' + (w satisfies never));
  }
}

/** Warnings for stderr: one per `wait: {for: ...}` that timed out, as `file:line: ...`. */
export function runWarnings(records: readonly RunRecord[], scenario: Pick<Scenario, 'file'>): string[] {
  return records.flatMap((r) =>
    r.type === 'wait' && !r.met && r.wait.type === 'for'
      ? [`${scenario.file}:${r.line}: warning: wait ${waitText(r.wait, false)} (at t=${formatSimTime(r.t)})`]
      : [],
  );
}
