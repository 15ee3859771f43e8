// Small helpers for working on plain JSON objects during admission (objects arrive as untyped client input).

export type Json = Record<string, unknown>;

export function isRec(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `v` as an object, or undefined. */
export function rec(v: unknown): Json | undefined {
  return isRec(v) ? v : undefined;
}

/** `o[key]` as an object, created (and stored) when absent. */
export function child(o: Json, key: string): Json {
  const v = o[key];
  if (isRec(v)) return v;
  const created: Json = {};
  o[key] = created;
  return created;
}

/** The object elements of an array (anything else yields []). */
export function objects(v: unknown): Json[] {
  return Array.isArray(v) ? v.filter(isRec) : [];
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

/** Set `o[key] = value` unless a value (anything but undefined/null) is already there. */
export function setDefault(o: Json, key: string, value: unknown): void {
  if (o[key] === undefined || o[key] === null) o[key] = value;
}

/** Set a string field that the API treats as unset when empty. */
export function setDefaultString(o: Json, key: string, value: string): void {
  if (o[key] === undefined || o[key] === null || o[key] === '') o[key] = value;
}

/**
 * A deep copy of a JSON value, exactly as `JSON.parse(JSON.stringify(v))` gives it (undefined, function and symbol
 * fields dropped, such array items and non-finite numbers null, -0 as 0, toJSON honoured) without the text round trip.
 */
export function clone<T>(v: T): T {
  if (v === undefined) return v;
  if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') return JSON.parse(JSON.stringify(v) as string) as T;
  return copyJson(v) as T;
}

const skipped = (x: unknown): boolean => x === undefined || typeof x === 'function' || typeof x === 'symbol';

function copyJson(v: unknown): unknown {
  if (typeof v === 'number') return Number.isFinite(v) ? (v === 0 ? 0 : v) : null;
  if (v === null || typeof v !== 'object') return v;
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return JSON.parse(JSON.stringify(v) as string) as unknown;
  if (Array.isArray(v)) {
    const out: unknown[] = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = skipped(v[i]) ? null : copyJson(v[i]);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[k];
    if (skipped(x)) continue;
    if (k === '__proto__') Object.defineProperty(out, k, { value: copyJson(x), enumerable: true, writable: true, configurable: true });
    else out[k] = copyJson(x);
  }
  return out;
}

/** Structural equality of JSON values; `undefined` fields equal absent ones. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isRec(a) && isRec(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!deepEqual(a[k], b[k])) return false;
    return true;
  }
  return (a ?? undefined) === (b ?? undefined);
}
