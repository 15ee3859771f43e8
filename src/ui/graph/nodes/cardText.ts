// What a card says: its kind badge and title. Names are never cut where the lesson is (the ordinal, the random
// suffix, the hash at the end): a name too long for its lines loses characters in the middle, and the full name
// is in the tooltip and the inspector. A DNS name's first label(s) lead (bold), the zone follows (muted).

/** The kind badge, kubectl's short names. */
export const KIND_SHORT: Record<string, string> = {
  StatefulSet: 'sts', Deployment: 'deploy', ReplicaSet: 'rs', ReplicationController: 'rc', Pod: 'pod', PersistentVolumeClaim: 'pvc',
  PersistentVolume: 'pv', StorageClass: 'sc', Service: 'svc', Node: 'node', DNSRecord: 'dns',
  ConfigMap: 'cm', Secret: 'secret', PodDisruptionBudget: 'pdb',
};

/** Width of a card's name line, in CSS px at the card's scale (148-unit card, 2 px borders, 5 px padding). */
export const NAME_LINE_PX = 134;
/** Widths of 13 px bold sans-serif characters as Chromium draws them (measured); others count as wide. */
const CHAR_PX: Record<string, number> = {
  a: 8.8, b: 9.3, c: 7.7, d: 9.3, e: 8.8, f: 5.7, g: 9.3, h: 9.3, i: 4.5, j: 4.5, k: 8.7, l: 4.5, m: 13.6, n: 9.3,
  o: 8.9, p: 9.3, q: 9.3, r: 6.4, s: 7.8, t: 6.2, u: 9.3, v: 8.5, w: 12, x: 8.4, y: 8.5, z: 7.6, '-': 5.4, '.': 5, ':': 5.2,
};
const widthOf = (text: string) => { let w = 0; for (const ch of text) w += CHAR_PX[ch] ?? (/[0-9]/.test(ch) ? 9.1 : 10.5); return w; };
const ELLIPSIS_PX = 13;

/** The longest prefix of `text` (from `from`) that fits `px`: its end index. */
function fitEnd(text: string, px: number): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    w += widthOf(text[i]!);
    if (w > px) return i;
  }
  return text.length;
}

export function cardTitle(kind: string, name: string): [head: string, zone: string] {
  if (kind !== 'DNSRecord') return [name, ''];
  const i = name.indexOf('.svc.');
  const head = i > 0 ? name.slice(0, i) : name;
  const cut = head.lastIndexOf('.');
  return cut > 0 ? [head.slice(0, cut), name.slice(cut)] : [head, i > 0 ? name.slice(i) : ''];
}

/**
 * `text` in at most `px` of width, cut in the middle: the end (from the last `-` or `.` segment, at least half
 * the room) is always kept, e.g. `mynginx-666b5d7c8f-x4k2p` → `mynginx-6…-x4k2p`.
 */
export function middleEllipsis(text: string, px = NAME_LINE_PX): string {
  if (widthOf(text) <= px) return text;
  const room = px - ELLIPSIS_PX;
  const lastSep = Math.max(text.lastIndexOf('-'), text.lastIndexOf('.'));
  const segment = lastSep >= 0 ? text.slice(lastSep) : '';
  const tailPx = Math.min(room, Math.max(widthOf(segment), room / 2));
  // The tail: as many characters from the end as fit tailPx.
  let start = text.length;
  let w = 0;
  while (start > 0 && w + widthOf(text[start - 1]!) <= tailPx) w += widthOf(text[--start]!);
  const head = text.slice(0, fitEnd(text, room - w));
  return `${head}…${text.slice(start)}`;
}

/**
 * A name on at most `maxLines` lines of `px` width, never losing its end: broken after a `-` or `.` where that
 * fits, else where the line is full; what still does not fit is cut in the middle of the last line.
 * `statefulset-test-2` → `statefulset-test-` / `2`; `mynginx-666b5b66f8-x4k2p` → `mynginx-` / `666b5b66f8-x4k2p`.
 */
export function splitName(text: string, px = NAME_LINE_PX, maxLines = 2): string[] {
  if (widthOf(text) <= px || maxLines <= 1) return [middleEllipsis(text, px)];
  const full = fitEnd(text, px);
  let cut = -1;
  // The latest separator within the first line whose rest fits the remaining lines; else the latest separator.
  for (let i = full; i > 0; i--) {
    const ch = text[i - 1];
    if ((ch === '-' || ch === '.') && widthOf(text.slice(i)) <= px * (maxLines - 1)) { cut = i; break; }
  }
  if (cut < 0) cut = full;
  return [text.slice(0, cut), ...splitName(text.slice(cut), px, maxLines - 1)];
}

/** The tooltip of a card: kind, namespace/name and STATUS. */
export function cardTooltip(data: { kind: string; name: string; namespace: string; status: string }): string {
  const ns = data.namespace && data.kind !== 'DNSRecord' ? `${data.namespace}/` : '';
  return `${data.kind} ${ns}${data.name} · ${data.status}`;
}

/** An image as a card shows it: the last path part with its tag (`registry.k8s.io/nginx-slim:0.21` →
 * `nginx-slim:0.21`), cut in the middle if still too long. */
export function shortImage(image: string, max: number): string {
  const slash = image.lastIndexOf('/', image.includes('@') ? image.indexOf('@') : image.length);
  const short = slash >= 0 ? image.slice(slash + 1) : image;
  if (short.length <= max) return short;
  const colon = short.lastIndexOf(':');
  const tag = colon > 0 ? short.slice(colon) : '';
  if (tag && tag.length < max - 2) return `${short.slice(0, max - 1 - tag.length)}…${tag}`;
  return `${short.slice(0, Math.ceil((max - 1) / 2))}…${short.slice(short.length - Math.floor((max - 1) / 2))}`;
}
