// Renders a reason with one language's catalogue. Messages use a small ICU MessageFormat subset:
//   {name}                        a parameter (a list is joined with the language's separator)
//   {name, and}                   a list as "a, b and c" (the language's words)
//   {name, clauses}               a list of reasons joined as clauses ("a; b")
//   {name, plural, one {…} other {…}}   (also =N); `#` inside stands for the number
//   {name, select, key {…} other {…}}
// A nested reason renders with the same catalogue. Unknown ids fall back to the caller's fallback catalogue.
import type { Reason, ReasonId, ReasonValue } from './types';

export interface ReasonCatalogue {
  /** How this language joins lists: "a, b" (sep), "a, b and c" (sep + lastSep), clauses "a; b". */
  readonly lists: { readonly sep: string; readonly lastSep: string; readonly clauses: string };
  readonly messages: Readonly<Record<ReasonId, string>>;
}

type Part = string | { readonly name: string; readonly kind: string; readonly branches: ReadonlyMap<string, Part[]> };


/** Parses a message into literal text and placeholders. */
export function parseMessage(text: string): Part[] {
  const [parts, end] = parseParts(text, 0);
  if (end !== text.length) throw new Error(`Unbalanced "}" in message: ${text}`);
  return parts;
}

function parseParts(text: string, i: number): [Part[], number] {
  const parts: Part[] = [];
  let lit = '';
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '}') break; // ends a branch (nested) or is unbalanced (top level: the caller reports it)
    if (ch !== '{') { lit += ch; i++; continue; }
    if (lit) { parts.push(lit); lit = ''; }
    const close = text.indexOf('}', i);
    const comma = text.indexOf(',', i);
    if (close < 0) throw new Error(`Unclosed "{" in message: ${text}`);
    if (comma < 0 || comma > close) {
      parts.push({ name: text.slice(i + 1, close).trim(), kind: 'value', branches: new Map() });
      i = close + 1;
      continue;
    }
    const name = text.slice(i + 1, comma).trim();
    const afterKind = text.indexOf(',', comma + 1);
    if (afterKind < 0 || afterKind > close) {
      parts.push({ name, kind: text.slice(comma + 1, close).trim(), branches: new Map() });
      i = close + 1;
      continue;
    }
    const kind = text.slice(comma + 1, afterKind).trim();
    const branches = new Map<string, Part[]>();
    i = afterKind + 1;
    for (;;) {
      while (text[i] === ' ') i++;
      if (text[i] === '}') { i++; break; }
      const open = text.indexOf('{', i);
      if (open < 0) throw new Error(`Bad ${kind} in message: ${text}`);
      const key = text.slice(i, open).trim();
      const [branch, end] = parseParts(text, open + 1);
      if (text[end] !== '}') throw new Error(`Unclosed branch in message: ${text}`);
      branches.set(key, branch);
      i = end + 1;
    }
    parts.push({ name, kind, branches });
  }
  if (lit) parts.push(lit);
  return [parts, i];
}

/** The parameter names a message uses (for the catalogue tests). */
export function placeholdersOf(text: string): string[] {
  const names = new Set<string>();
  const walk = (parts: readonly Part[]): void => {
    for (const p of parts) {
      if (typeof p === 'string') continue;
      names.add(p.name);
      for (const b of p.branches.values()) walk(b);
    }
  };
  walk(parseMessage(text));
  return [...names].sort();
}

const isReason = (v: unknown): v is Reason => typeof v === 'object' && v !== null && !Array.isArray(v) && 'id' in v;

/** Renders a reason with `catalogue`, using `fallback` for ids the catalogue lacks. */
export function renderWith(r: Reason, catalogue: ReasonCatalogue, fallback: ReasonCatalogue = catalogue): string {
  const text = catalogue.messages[r.id] ?? fallback.messages[r.id];
  if (text === undefined) return r.id;
  const params = (r.params ?? {}) as Readonly<Record<string, ReasonValue>>;
  const one = (v: string | number | Reason): string => (isReason(v) ? renderWith(v, catalogue, fallback) : String(v));
  const { sep, lastSep, clauses } = catalogue.lists;
  const render = (parts: readonly Part[], hash?: number): string => parts.map((p) => {
    if (typeof p === 'string') return hash === undefined ? p : p.replace(/#/g, String(hash));
    const v = params[p.name];
    if (p.kind === 'plural') {
      const n = Array.isArray(v) ? v.length : Number(v);
      const branch = p.branches.get(`=${n}`) ?? (n === 1 ? p.branches.get('one') : undefined) ?? p.branches.get('other') ?? [];
      return render(branch, n);
    }
    if (p.kind === 'select') return render(p.branches.get(String(v)) ?? p.branches.get('other') ?? []);
    if (v === undefined) return '';
    if (!Array.isArray(v)) return one(v as string | number | Reason);
    const xs = (v as readonly (string | Reason)[]).map(one);
    if (p.kind === 'clauses') return xs.join(clauses);
    if (p.kind === 'and' && xs.length > 1) return xs.slice(0, -1).join(sep) + lastSep + xs[xs.length - 1];
    return xs.join(sep);
  }).join('');
  return render(parseMessage(text));
}
