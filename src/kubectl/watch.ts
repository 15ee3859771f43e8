// One `kubectl get -w` row for an object (stateless: columns are laid out against the header).
import type { KObject, KindName } from '../sim/index';
import { isKnownKind } from '../sim/index';
import { tableHeader, tableRow } from './printers/index';
import { columnWidths, layoutRow } from './printers/table';

/**
 * The row `kubectl get <kind> -w` prints for `obj` at `nowMs`, without a trailing newline; with `header`, the
 * header line first. Widths come from the header and this row, so a row lines up with its header.
 */
export function printWatchRow(obj: KObject, nowMs: number, opts: { wide?: boolean; header?: boolean } = {}): string {
  if (!isKnownKind(obj.kind)) return `${obj.kind}/${obj.metadata.name ?? ''}`;
  const kind = obj.kind as KindName;
  const header = tableHeader(kind, { nowMs, wide: opts.wide ?? false });
  const row = tableRow(obj, { nowMs, wide: opts.wide ?? false });
  const widths = columnWidths([header, row]);
  const line = layoutRow(row, widths);
  return opts.header ? `${layoutRow(header, widths)}\n${line}` : line;
}

export interface WatchPrinter {
  /** Lines for the initial list (header first), like the first output of `kubectl get -w`. */
  list(objs: readonly KObject[], nowMs: number): string[];
  /** One later row; column widths only grow (tabwriter RememberWidths), so rows may drift from the header. */
  row(obj: KObject, nowMs: number): string;
}

/** A stateful `kubectl get <kind> -w` printer for one kind (the CLI transcript's watch sections). */
export function createWatchPrinter(kind: KindName, opts: { wide?: boolean } = {}): WatchPrinter {
  const wide = opts.wide ?? false;
  let widths: number[] = [];
  const grow = (rows: readonly (readonly string[])[]): void => {
    const w = columnWidths(rows);
    widths = w.map((x, i) => Math.max(x, widths[i] ?? 0));
  };
  return {
    list(objs, nowMs) {
      const rows = [tableHeader(kind, { nowMs, wide }), ...objs.map((o) => tableRow(o, { nowMs, wide }))];
      grow(rows);
      return rows.map((r) => layoutRow(r, widths));
    },
    row(obj, nowMs) {
      const r = tableRow(obj, { nowMs, wide });
      if (widths.length === 0) grow([tableHeader(kind, { nowMs, wide })]);
      grow([r]);
      return layoutRow(r, widths);
    },
  };
}
