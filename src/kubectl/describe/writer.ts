// The text machinery of `kubectl describe`. Mirrors Go's text/tabwriter (format/writeLines: column blocks of
// consecutive lines sharing a tab-terminated cell, width = longest cell + padding) as initialised by describe.go
// tabbedString (minwidth 0, tabwidth 8, padding 2, pad ' ', flags 0), and describe.go's PrefixWriter (two spaces
// per level; Flush ends every column block, as DescribeEvents does before its table).

/** Lay out tab-separated text like a Go tabwriter that is flushed at the end. */
export function tabwrite(text: string, padding = 2, minwidth = 0): string {
  if (text === '') return '';
  const raw = text.split('\n');
  const endsWithNewline = raw[raw.length - 1] === '';
  if (endsWithNewline) raw.pop();
  const lines = raw.map((l) => l.split('\t'));
  const out: string[] = [];
  const writeLines = (widths: readonly number[], from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const cells = lines[i]!;
      let s = '';
      cells.forEach((c, j) => {
        s += j < widths.length ? c + ' '.repeat(Math.max(0, widths[j]! - c.length)) : c;
      });
      out[i] = s;
    }
  };
  const format = (widths: readonly number[], line0: number, line1: number): void => {
    const column = widths.length;
    for (let i = line0; i < line1; i++) {
      if (column >= lines[i]!.length - 1) continue;
      writeLines(widths, line0, i);
      line0 = i;
      let width = minwidth;
      for (; i < line1; i++) {
        const cells = lines[i]!;
        if (column >= cells.length - 1) break;
        width = Math.max(width, cells[column]!.length + padding);
      }
      format([...widths, width], line0, i);
      line0 = i;
    }
    writeLines(widths, line0, line1);
  };
  format([], 0, lines.length);
  return out.join('\n') + (endsWithNewline ? '\n' : '');
}

/** describe.go's PrefixWriter over a tabwriter: `write(level, text)` indents by two spaces per level. */
export interface PrefixWriter {
  write(level: number, text: string): void;
  /** WriteLine: the text and a newline, no indent. */
  line(text: string): void;
  /** Ends the current column blocks (tabwriter Flush). */
  flush(): void;
  /** The laid-out text so far. */
  done(): string;
}

/** `raw`: no tabwriter (polymorphichelpers printTemplate writes a PrefixWriter straight to a buffer, tabs and all). */
export function prefixWriter(raw = false): PrefixWriter {
  const layout = raw ? (t: string): string => t : tabwrite;
  const chunks: string[] = [];
  let cur = '';
  return {
    write(level, text) {
      cur += '  '.repeat(level) + text;
    },
    line(text) {
      cur += text + '\n';
    },
    flush() {
      chunks.push(layout(cur));
      cur = '';
    },
    done() {
      return chunks.join('') + layout(cur);
    },
  };
}
