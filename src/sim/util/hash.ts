// Hashing helpers shared by the controllers that name things after a hash: ControllerRevisions (FNV-1,
// pkg/controller/history HashControllerRevision) and pod-template-hash (FNV-1a, controller_utils ComputeHash),
// both encoded with apimachinery's rand.SafeEncodeString alphabet.

/** The characters generated names and hashes use (no vowels, no 0/1/3). */
export const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** JSON with sorted keys and undefined fields dropped: a stable serialization to hash. */
export function canonicalJson(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (Array.isArray(v)) return '[' + v.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',') + ']';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
    return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson(o[k])).join(',') + '}';
  }
  return JSON.stringify(v);
}

/** UTF-8 bytes of a string (no TextEncoder in the engine's lib). */
export function utf8(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** FNV-1 32-bit (multiply, then xor) over a string's UTF-8 bytes, continuing from `hash`. */
export function fnv32(s: string, hash = 0x811c9dc5): number {
  let h = hash >>> 0;
  for (const b of utf8(s)) h = (Math.imul(h, 0x01000193) ^ b) >>> 0;
  return h >>> 0;
}

/** FNV-1a 32-bit (xor, then multiply) over bytes, continuing from `hash`. */
export function fnv32a(bytes: readonly number[], hash = 0x811c9dc5): number {
  let h = hash >>> 0;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h >>> 0;
}

/** Maps each character to SAFE_ALPHABET[code % 27] (rand.SafeEncodeString). */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += SAFE_ALPHABET[s.charCodeAt(i) % SAFE_ALPHABET.length];
  return out;
}
