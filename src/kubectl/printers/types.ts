// The per-kind table printer contract (printers.go AddHandlers: column definitions + a row function).
import type { KObject } from '../../sim/index';

export interface PrintContext {
  readonly nowMs: number;
  readonly wide: boolean;
}

export interface KindPrinter {
  /** Default column headers. */
  readonly headers: readonly string[];
  /** Extra headers appended with `-o wide`. */
  readonly wideHeaders: readonly string[];
  /** Cells for one object: the default cells, then the wide cells when `ctx.wide`. */
  row(obj: KObject, ctx: PrintContext): string[];
}

/** Comma-joined sorted `k=v` pairs, `<none>` when empty (labels.FormatLabels). */
export function formatLabels(labels: Readonly<Record<string, string>> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels?.[k] ?? ''}`).join(',');
}
