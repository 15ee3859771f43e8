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
