// Just enough of apimachinery resource.Quantity for describe's resource totals: parse to an integer base unit
// (millicores for cpu, bytes otherwise) and print the canonical form (`250m`, `2`, `192Mi`, `100M`).
const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };
const DECIMAL: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12 };

/** Milli-units of a quantity (`250m` → 250, `2` → 2000, `1Ki` → 1024000). */
export function milliOf(q: unknown): number {
  const m = /^([0-9.]+)([A-Za-z]*)$/.exec(String(q ?? '0'));
  if (!m) return 0;
  const n = Number(m[1]);
  const suffix = m[2] ?? '';
  if (suffix === 'm') return Math.round(n);
  return Math.round(n * (BINARY[suffix] ?? DECIMAL[suffix] ?? 1) * 1000);
}

/** Canonical text of a milli-unit amount: `0`, `250m`, `2`, `64Mi`, `100M`. */
export function formatMilli(milli: number): string {
  if (milli === 0) return '0';
  if (milli % 1000 !== 0) return `${milli}m`;
  const v = milli / 1000;
  for (const [s, f] of Object.entries(BINARY).reverse()) if (v % f === 0) return `${v / f}${s}`;
  for (const [s, f] of Object.entries(DECIMAL).reverse()) if (v % f === 0) return `${v / f}${s}`;
  return String(v);
}
