// Resource quantities (`1Gi`, `500Mi`, `1.5Gi`, `1e9`, `100m`). Mirrors kubernetes/kubernetes
// staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go (ParseQuantity, CanonicalizeBytes).
// Deviations: values are JS numbers (exact up to 2^53, plenty for a teaching cluster), not arbitrary precision.

/** The regular expression the API server quotes when a quantity does not parse. */
export const QUANTITY_REGEX_TEXT = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';

const BINARY: Readonly<Record<string, number>> = {
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};
const DECIMAL: Readonly<Record<string, number>> = {
  n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
};

export type QuantityFormat = 'BinarySI' | 'DecimalSI' | 'DecimalExponent';

export interface ParsedQuantity {
  /** The value in base units (bytes for storage, cores for CPU). */
  readonly value: number;
  readonly format: QuantityFormat;
}

/** Parse a quantity into its value and the suffix family it was written in; undefined when it does not parse. */
export function tryParseQuantity(q: unknown): ParsedQuantity | undefined {
  if (typeof q === 'number') return Number.isFinite(q) ? { value: q, format: 'DecimalSI' } : undefined;
  if (typeof q !== 'string') return undefined;
  const m = /^([+-]?)([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(.*)$/.exec(q.trim());
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  const num = Number(m[2]) * sign;
  const suffix = m[3] ?? '';
  const bin = BINARY[suffix];
  if (bin !== undefined) return { value: num * bin, format: 'BinarySI' };
  const dec = DECIMAL[suffix];
  if (dec !== undefined) return { value: num * dec, format: 'DecimalSI' };
  const exp = /^[eE]([-+]?[0-9]+)$/.exec(suffix);
  if (exp) return { value: num * 10 ** Number(exp[1]), format: 'DecimalExponent' };
  return undefined;
}

/**
 * The value of a quantity in base units (bytes, cores); NaN when it does not parse.
 * @example parseQuantity('1Gi') // 1073741824
 * @example parseQuantity('100m') // 0.1
 */
export function parseQuantity(q: unknown): number {
  return tryParseQuantity(q)?.value ?? NaN;
}

/** Whether `q` is a well-formed quantity (a string or number the API server would accept). */
export function isValidQuantity(q: unknown): boolean {
  return tryParseQuantity(q) !== undefined;
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b` (unparsable quantities count as 0). */
export function compareQuantities(a: unknown, b: unknown): -1 | 0 | 1 {
  const x = parseQuantity(a) || 0;
  const y = parseQuantity(b) || 0;
  return x < y ? -1 : x > y ? 1 : 0;
}

const DECIMAL_UP: readonly [string, number][] = [['E', 1e18], ['P', 1e15], ['T', 1e12], ['G', 1e9], ['M', 1e6], ['k', 1e3]];
const DECIMAL_DOWN: readonly [string, number][] = [['m', 1e-3], ['u', 1e-6], ['n', 1e-9]];

function formatDecimal(n: number): string {
  if (Number.isInteger(n)) {
    for (const [s, f] of DECIMAL_UP) if (Math.abs(n) >= f && n % f === 0) return `${n / f}${s}`;
    return String(n);
  }
  for (const [s, f] of DECIMAL_DOWN) {
    const scaled = Math.round(n / f);
    if (Math.abs(scaled * f - n) < f / 1e6) return `${scaled}${s}`;
  }
  return String(n);
}

function formatBinary(n: number): string {
  if (!Number.isInteger(n)) return formatDecimal(n);
  const entries = Object.entries(BINARY).reverse();
  for (const [s, f] of entries) if (Math.abs(n) >= f && n % f === 0) return `${n / f}${s}`;
  return String(n);
}

/**
 * Canonical text for a value, like the API server stores it: the largest suffix that keeps an integer.
 * @example formatQuantity(1.5 * 2 ** 30) // '1536Mi'
 * @example formatQuantity(2e9, 'DecimalSI') // '2G'
 */
export function formatQuantity(n: number, format: QuantityFormat = 'BinarySI'): string {
  if (!Number.isFinite(n)) return '0';
  return format === 'BinarySI' ? formatBinary(n) : formatDecimal(n);
}

/** Canonicalize a quantity as written (keeps its suffix family): `1.5Gi` → `1536Mi`, `1000M` → `1G`. */
export function canonicalQuantity(q: unknown): string | undefined {
  const p = tryParseQuantity(q);
  if (!p) return undefined;
  return formatQuantity(p.value, p.format === 'BinarySI' ? 'BinarySI' : 'DecimalSI');
}
