// Standard base64 (RFC 4648, with padding) of UTF-8 text, as Go's encoding/base64 StdEncoding produces for a
// Secret's `data` values, and its decoding. Pure: the engine has no Buffer or btoa.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function utf8(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return bytes;
}

/** @example encodeBase64('hunter2') === 'aHVudGVyMg==' */
export function encodeBase64(text: string): string {
  const b = utf8(text);
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < b.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < b.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

/**
 * Decode standard base64 to text (bytes read as UTF-8 where valid, Latin-1 otherwise), or report the first
 * bad input byte as Go does: `illegal base64 data at input byte 4`.
 */
export function decodeBase64(text: string): { ok: true; text: string } | { ok: false; error: string } {
  const bytes: number[] = [];
  let bits = 0;
  let acc = 0;
  let pad = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '=') { pad++; continue; }
    const v = ALPHABET.indexOf(ch);
    if (v < 0 || pad > 0) return { ok: false, error: `illegal base64 data at input byte ${i}` };
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) { bits -= 8; bytes.push((acc >> bits) & 0xff); }
  }
  if ((text.length % 4 !== 0) || pad > 2) return { ok: false, error: `illegal base64 data at input byte ${text.length - (text.length % 4 || 4)}` };
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const need = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    if (need && i + need < bytes.length + 1 && bytes.slice(i + 1, i + 1 + need).every((x) => (x & 0xc0) === 0x80) && i + need < bytes.length) {
      let c = b & (0x3f >> need);
      for (let k = 1; k <= need; k++) c = (c << 6) | (bytes[i + k]! & 63);
      out += String.fromCodePoint(c);
      i += need;
    } else out += String.fromCharCode(b);
  }
  return { ok: true, text: out };
}
