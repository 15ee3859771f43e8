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

/** A deep copy of a JSON value. */
export function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
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
