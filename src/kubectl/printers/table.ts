// Column layout of `kubectl get`: a text/tabwriter with minwidth 6, padding 3, pad char ' ' (cli-runtime
// printers.GetNewTabWriter). Every column is max(6, longest cell + 3) wide; the last column is not padded.

export const TAB_MIN_WIDTH = 6;
export const TAB_PADDING = 3;

/** Width of each column but the last, over all rows. */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    for (let i = 0; i < row.length - 1; i++) {
      const w = Math.max(TAB_MIN_WIDTH, cellWidth(row[i] ?? '') + TAB_PADDING);
      if (w > (widths[i] ?? 0)) widths[i] = w;
    }
  }
  return widths;
}

/** One line laid out with the given widths (no newline). */
export function layoutRow(row: readonly string[], widths: readonly number[]): string {
  let out = '';
  row.forEach((cell, i) => {
    out += i === row.length - 1 ? cell : cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - cellWidth(cell)));
  });
  return out;
}

/** Lay out a table; every line ends with a newline. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = columnWidths(rows);
  return rows.map((r) => layoutRow(r, widths) + '\n').join('');
}

/** Display width in runes (tabwriter counts UTF-8 runes). */
function cellWidth(s: string): number {
  return [...s].length;
}
