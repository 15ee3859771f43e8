// The parsing half of the container-script shell (script.ts runs what this parses): words and operators with their
// line numbers, then lists, pipelines and `while`/`until`/`for`/`if` blocks.
export type Tok = { t: 'word'; raw: string; line: number } | { t: 'op'; op: ';' | '&&' | '||' | '|' | '&'; line: number };

/** Split a script into words and operators, keeping quotes, `$(…)` and backticks inside words. */
export function tokenize(script: string): Tok[] {
  const toks: Tok[] = [];
  let line = 1;
  let i = 0;
  let inTest = false;
  const s = script.replace(/\\\n/g, ' ');
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '\n') { toks.push({ t: 'op', op: ';', line }); line++; i++; continue; }
    if (ch === ' ' || ch === '\t') { i++; continue; }
    if (ch === '#') { while (i < s.length && s[i] !== '\n') i++; continue; }
    if (ch === ';') { toks.push({ t: 'op', op: ';', line }); i++; continue; }
    if (s.startsWith('&&', i) || s.startsWith('||', i)) {
      if (inTest) toks.push({ t: 'word', raw: s.slice(i, i + 2), line });
      else toks.push({ t: 'op', op: s.slice(i, i + 2) as '&&' | '||', line });
      i += 2;
      continue;
    }
    if (ch === '|' || (ch === '&' && s[i - 1] !== '>' && s[i + 1] !== '>')) { toks.push({ t: 'op', op: ch, line }); i++; continue; }
    let raw = '';
    while (i < s.length && !/[\s;|]/.test(s[i]!) && !(s[i] === '&' && s[i - 1] !== '>' && s[i + 1] !== '>' && raw !== '')) {
      const c = s[i]!;
      if (c === "'" || c === '"' || c === '`') {
        const end = s.indexOf(c, i + 1);
        const j = end < 0 ? s.length : end;
        raw += s.slice(i, j + 1);
        line += (s.slice(i, j).match(/\n/g) ?? []).length;
        i = j + 1;
      } else if (c === '$' && s[i + 1] === '(') {
        let depth = 0;
        let j = i + 1;
        for (; j < s.length; j++) { if (s[j] === '(') depth++; else if (s[j] === ')' && --depth === 0) break; }
        raw += s.slice(i, j + 1);
        i = j + 1;
      } else { raw += c; i++; }
    }
    if (raw === '[[') inTest = true;
    if (raw === ']]') inTest = false;
    if (raw) toks.push({ t: 'word', raw, line });
  }
  return toks;
}

export interface Simple { readonly k: 'simple'; readonly words: readonly string[]; readonly line: number; readonly bg: boolean }
export interface Loop { readonly k: 'while' | 'until'; readonly cond: Item[]; readonly body: Item[] }
export interface For { readonly k: 'for'; readonly name: string; readonly list: readonly string[]; readonly body: Item[] }
export interface If { readonly k: 'if'; readonly branches: { cond: Item[]; body: Item[] }[]; readonly otherwise: Item[] }
export type Node = Simple | Loop | For | If;
/** A pipeline list: `a | b && c || d`. */
export interface Item { readonly first: Node[]; readonly rest: { op: '&&' | '||'; p: Node[] }[] }

const KEYWORDS: ReadonlySet<string> = new Set(['while', 'until', 'for', 'if', 'then', 'else', 'elif', 'fi', 'do', 'done']);

export class Parser {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}
  private peekWord(): string | undefined { const t = this.toks[this.i]; return t?.t === 'word' ? t.raw : undefined; }
  private skipSeps(): void { while (this.toks[this.i]?.t === 'op' && (this.toks[this.i] as { op: string }).op === ';') this.i++; }
  private expect(word: string): void { if (this.peekWord() === word) this.i++; }

  block(stop: ReadonlySet<string>): Item[] {
    const items: Item[] = [];
    for (;;) {
      this.skipSeps();
      const w = this.peekWord();
      if (this.i >= this.toks.length || (w !== undefined && stop.has(w))) return items;
      const before = this.i;
      items.push(this.item());
      if (this.i === before) this.i++;
    }
  }

  private item(): Item {
    const first = this.pipeline();
    const rest: Item['rest'] = [];
    for (;;) {
      const t = this.toks[this.i];
      if (t?.t !== 'op' || (t.op !== '&&' && t.op !== '||')) break;
      this.i++;
      this.skipSeps();
      rest.push({ op: t.op, p: this.pipeline() });
    }
    return { first, rest };
  }

  private pipeline(): Node[] {
    const nodes = [this.node()];
    while (this.toks[this.i]?.t === 'op' && (this.toks[this.i] as { op: string }).op === '|') { this.i++; nodes.push(this.node()); }
    return nodes;
  }

  private node(): Node {
    const w = this.peekWord();
    if (w === 'while' || w === 'until') {
      this.i++;
      const cond = this.block(new Set(['do']));
      this.expect('do');
      const body = this.block(new Set(['done']));
      this.expect('done');
      return { k: w, cond, body };
    }
    if (w === 'for') {
      this.i++;
      const name = this.peekWord() ?? '';
      this.i++;
      const list: string[] = [];
      if (this.peekWord() === 'in') { this.i++; while (this.toks[this.i]?.t === 'word') list.push((this.toks[this.i++] as { raw: string }).raw); }
      this.skipSeps();
      this.expect('do');
      const body = this.block(new Set(['done']));
      this.expect('done');
      return { k: 'for', name, list, body };
    }
    if (w === 'if') {
      this.i++;
      const branches: If['branches'] = [];
      let otherwise: Item[] = [];
      for (;;) {
        const cond = this.block(new Set(['then']));
        this.expect('then');
        const body = this.block(new Set(['elif', 'else', 'fi']));
        branches.push({ cond, body });
        const next = this.peekWord();
        this.i++;
        if (next === 'elif') continue;
        if (next === 'else') { otherwise = this.block(new Set(['fi'])); this.expect('fi'); }
        break;
      }
      return { k: 'if', branches, otherwise };
    }
    const words: string[] = [];
    const line = this.toks[this.i]?.line ?? 1;
    while (this.toks[this.i]?.t === 'word') {
      const raw = (this.toks[this.i] as { raw: string }).raw;
      if (words.length === 0 && KEYWORDS.has(raw)) break;
      words.push(raw);
      this.i++;
    }
    let bg = false;
    if (this.toks[this.i]?.t === 'op' && (this.toks[this.i] as { op: string }).op === '&') { bg = true; this.i++; }
    return { k: 'simple', words, line, bg };
  }
}
