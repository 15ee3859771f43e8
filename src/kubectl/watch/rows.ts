// `kubectl get KIND -w` rows derived from the timeline: the initial list, then one row per change of a watched
// object, laid out by a tabwriter that remembers column widths (they only grow). Pure: the same frames give the
// same lines, so scrubbing back and replaying prints exactly what was printed before.
// Mirrors kubectl pkg/cmd/get/get.go (watch: list, then stream; --output-watch-events adds the EVENT column).
import type { KObject, KindName, ObjectChange } from '../../sim/index';
import { tableHeader, tableRow } from '../printers/index';
import { columnWidths, layoutRow } from '../printers/table';
import { listObjects } from '../resources';
import type { ClusterSnapshot } from '../../sim/index';
import { matchesSelector, parseSelector } from '../selector';
import type { WatchSpec } from '../shell/session';

export interface WatchLines {
  readonly lines: readonly string[];
  /** Column widths after these lines (feed them to the next call). */
  readonly widths: readonly number[];
}

function grow(widths: readonly number[], rows: readonly (readonly string[])[]): number[] {
  const w = columnWidths(rows);
  const n = Math.max(w.length, widths.length);
  return Array.from({ length: n }, (_, i) => Math.max(w[i] ?? 0, widths[i] ?? 0));
}

/** Does a change to `obj` concern this watch? */
export function watches(spec: WatchSpec, obj: KObject): boolean {
  if (obj.kind !== spec.kind) return false;
  if (spec.namespace !== undefined && (obj.metadata.namespace ?? '') !== '' && obj.metadata.namespace !== spec.namespace) return false;
  if (spec.names && !spec.names.includes(obj.metadata.name ?? '')) return false;
  if (!spec.selector) return true;
  const reqs = parseSelector(spec.selector);
  return !('error' in reqs) && matchesSelector(reqs, obj.metadata.labels);
}

function cells(spec: WatchSpec, obj: KObject, nowMs: number, event: string): string[] {
  const row = tableRow(obj, { nowMs, wide: spec.wide, withNamespace: spec.namespace === undefined && obj.metadata.namespace !== undefined });
  return spec.outputWatchEvents ? [event, ...row] : row;
}

/** The first output of the watch: header and the current objects (nothing with --watch-only). */
export function initialWatchLines(spec: WatchSpec, snapshot: ClusterSnapshot): WatchLines {
  const kind = spec.kind as KindName;
  const objs = spec.watchOnly ? [] : listObjects(snapshot, kind, spec.namespace).filter((o) => watches(spec, o));
  if (objs.length === 0) return { lines: [], widths: [] };
  const withNamespace = spec.namespace === undefined && objs.some((o) => o.metadata.namespace);
  const head = tableHeader(kind, { nowMs: snapshot.nowMs, wide: spec.wide, withNamespace });
  const rows = [spec.outputWatchEvents ? ['EVENT', ...head] : head, ...objs.map((o) => cells(spec, o, snapshot.nowMs, 'ADDED'))];
  const widths = grow([], rows);
  return { lines: rows.map((r) => layoutRow(r, widths)), widths };
}

/** Rows for the changes of one frame at `atMs`, continuing from `widths`. */
export function frameWatchLines(spec: WatchSpec, changes: readonly ObjectChange[], atMs: number, widths: readonly number[]): WatchLines {
  let w = widths;
  const lines: string[] = [];
  for (const c of changes) {
    if (!watches(spec, c.object)) continue;
    const row = cells(spec, c.object, atMs, c.type);
    if (w.length === 0) {
      const head = tableHeader(spec.kind as KindName, { nowMs: atMs, wide: spec.wide });
      w = grow(w, [spec.outputWatchEvents ? ['EVENT', ...head] : head]);
    }
    w = grow(w, [row]);
    lines.push(layoutRow(row, w));
  }
  return { lines, widths: w };
}
