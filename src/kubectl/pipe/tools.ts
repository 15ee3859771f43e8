// The small text tools people pipe kubectl into: grep, head, tail, wc, sort, uniq, cat — GNU coreutils/grep
// behaviour on standard input (options, output format, exit codes, error text). Sorting compares bytes, as
// with LC_ALL=C (a UTF-8 locale would ignore case and punctuation in `sort`).
import { posixToJs } from './regex';

export interface ToolResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export type Tool = (args: readonly string[], input: string) => ToolResult;

const ok = (lines: readonly string[]): ToolResult => ({ stdout: lines.map((l) => l + '\n').join(''), stderr: '', exitCode: 0 });
const err = (text: string, exitCode: number): ToolResult => ({ stdout: '', stderr: text.endsWith('\n') ? text : text + '\n', exitCode });

function linesOf(input: string): string[] {
  if (input === '') return [];
  return (input.endsWith('\n') ? input.slice(0, -1) : input).split('\n');
}

/** Short options that may be combined (`-vi`), long ones, and options taking a value (`-n 5`, `-e PAT`). */
interface OptSpec {
  readonly flags: string;
  readonly valued: string;
  readonly long: Readonly<Record<string, string>>;
}

type Parsed = { opts: Map<string, string[]>; operands: string[] } | { bad: string };

function parseOpts(tool: string, args: readonly string[], spec: OptSpec): Parsed {
  const opts = new Map<string, string[]>();
  const add = (k: string, v = '') => opts.set(k, [...(opts.get(k) ?? []), v]);
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, value] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (name === 'color' || name === 'colour') continue;
      const short = spec.long[name];
      if (short === undefined) return { bad: `${tool}: unrecognized option '--${name}'` };
      if (spec.valued.includes(short)) {
        const v = value ?? args[++i];
        if (v === undefined) return { bad: `${tool}: option '--${name}' requires an argument` };
        add(short, v);
      } else add(short);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      if (/^-\d+$/.test(a) && spec.valued.includes('n')) {
        add('n', a.slice(1));
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (spec.valued.includes(c)) {
          const v = j + 1 < a.length ? a.slice(j + 1) : args[++i];
          if (v === undefined) return { bad: `${tool}: option requires an argument -- '${c}'` };
          add(c, v);
          break;
        }
        if (!spec.flags.includes(c)) return { bad: `${tool}: invalid option -- '${c}'` };
        add(c);
      }
      continue;
    }
    operands.push(a);
  }
  return { opts, operands };
}

const usage = (tool: string, synopsis: string) => `Usage: ${tool} ${synopsis}\nTry '${tool} --help' for more information.\n`;

function noFile(tool: string, file: string, code: number): ToolResult {
  return err(`${tool}: ${file}: No such file or directory`, code);
}

const GREP: OptSpec = {
  flags: 'vicnwxqoEFGHh',
  valued: 'eABCm',
  long: {
    'invert-match': 'v', 'ignore-case': 'i', count: 'c', 'line-number': 'n', 'word-regexp': 'w', 'line-regexp': 'x',
    quiet: 'q', silent: 'q', 'only-matching': 'o', 'extended-regexp': 'E', 'fixed-strings': 'F', 'basic-regexp': 'G',
    regexp: 'e', 'max-count': 'm', 'no-filename': 'h', 'with-filename': 'H',
  },
};

export const grep: Tool = (args, input) => {
  const p = parseOpts('grep', args, GREP);
  if ('bad' in p) return err(p.bad + '\n' + usage('grep', '[OPTION]... PATTERNS [FILE]...'), 2);
  const { opts, operands } = p;
  const has = (c: string) => opts.has(c);
  for (const c of 'ABC') if (has(c)) return err(`grep: -${c} (context lines) is not simulated by Podium`, 2);
  const patterns = has('e') ? opts.get('e')! : operands.length ? [operands.shift()!] : undefined;
  if (!patterns) return err(usage('grep', '[OPTION]... PATTERNS [FILE]...'), 2);
  if (operands.length > 0) return noFile('grep', operands[0]!, 2);
  const sources: string[] = [];
  for (const pat of patterns.flatMap((x) => x.split('\n'))) {
    const r = has('F') ? { source: pat.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&') } : posixToJs(pat, has('E'));
    if ('error' in r) return err(`grep: ${r.error}`, 2);
    sources.push(r.source);
  }
  let body = sources.map((s) => `(?:${s})`).join('|');
  if (has('x')) body = `^(?:${body})$`;
  else if (has('w')) body = `(?<![A-Za-z0-9_])(?:${body})(?![A-Za-z0-9_])`;
  const flags = has('i') ? 'i' : '';
  const re = new RegExp(body, flags);
  const max = has('m') ? Number(opts.get('m')!.at(-1)) : Infinity;
  if (max !== Infinity && (!Number.isInteger(max) || max < 0)) return err('grep: invalid max count', 2);
  const invert = has('v');
  const selected: string[] = [];
  let count = 0;
  linesOf(input).forEach((line, i) => {
    if (count >= max || re.test(line) === invert) return;
    count++;
    const prefix = has('n') ? `${i + 1}:` : '';
    if (has('o') && !invert) {
      for (const m of line.matchAll(new RegExp(body, flags + 'g'))) if (m[0] !== '') selected.push(prefix + m[0]);
    } else selected.push(prefix + line);
  });
  const exitCode = count > 0 ? 0 : 1;
  if (has('q')) return { stdout: '', stderr: '', exitCode };
  if (has('c')) return { stdout: `${count}\n`, stderr: '', exitCode };
  return { ...ok(selected), exitCode };
};

/** `-n N`, `-N`, `-n -N` (head: all but the last N), `-n +N` (tail: from line N). */
function lineCount(tool: 'head' | 'tail', p: Extract<Parsed, { opts: unknown }>): { n: number; sign: '' | '-' | '+' } | ToolResult {
  const raw = p.opts.get('n')?.at(-1) ?? '10';
  const m = /^([+-]?)(\d+)$/.exec(raw);
  if (!m) return err(`${tool}: invalid number of lines: '${raw}'`, 1);
  return { n: Number(m[2]), sign: m[1] as '' | '-' | '+' };
}

const HEAD_TAIL: OptSpec = { flags: 'qv', valued: 'nc', long: { lines: 'n', bytes: 'c', quiet: 'q', silent: 'q', verbose: 'v' } };

export const head: Tool = (args, input) => {
  const p = parseOpts('head', args, HEAD_TAIL);
  if ('bad' in p) return err(p.bad + "\nTry 'head --help' for more information.", 1);
  if (p.operands.length) return err(`head: cannot open '${p.operands[0]}' for reading: No such file or directory`, 1);
  if (p.opts.has('c')) return err('head: -c (bytes) is not simulated by Podium', 1);
  const c = lineCount('head', p);
  if ('exitCode' in c) return c;
  const lines = linesOf(input);
  return ok(c.sign === '-' ? lines.slice(0, Math.max(0, lines.length - c.n)) : lines.slice(0, c.n));
};

export const tail: Tool = (args, input) => {
  const p = parseOpts('tail', args, { ...HEAD_TAIL, flags: 'qvf', long: { ...HEAD_TAIL.long, follow: 'f' } });
  if ('bad' in p) return err(p.bad + "\nTry 'tail --help' for more information.", 1);
  if (p.operands.length) return err(`tail: cannot open '${p.operands[0]}' for reading: No such file or directory`, 1);
  if (p.opts.has('c')) return err('tail: -c (bytes) is not simulated by Podium', 1);
  const c = lineCount('tail', p);
  if ('exitCode' in c) return c;
  const lines = linesOf(input);
  if (c.sign === '+') return ok(lines.slice(Math.max(0, c.n - 1)));
  return ok(c.n === 0 ? [] : lines.slice(-c.n));
};

export const wc: Tool = (args, input) => {
  const p = parseOpts('wc', args, { flags: 'lwcmL', valued: '', long: { lines: 'l', words: 'w', bytes: 'c', chars: 'm', 'max-line-length': 'L' } });
  if ('bad' in p) return err(p.bad + "\nTry 'wc --help' for more information.", 1);
  if (p.operands.length) return err(`wc: ${p.operands[0]}: No such file or directory`, 1);
  const bytes = new TextEncoder().encode(input).length;
  const counts: Record<string, number> = {
    l: (input.match(/\n/g) ?? []).length,
    w: input.split(/\s+/).filter((w) => w !== '').length,
    m: [...input].length,
    c: bytes,
    L: Math.max(0, ...linesOf(input).map((l) => [...l].length)),
  };
  const chosen = ['l', 'w', 'm', 'c', 'L'].filter((k) => p.opts.has(k));
  const cols = chosen.length ? chosen : ['l', 'w', 'c'];
  // GNU wc: one count alone is printed bare; several on standard input get a width of 7.
  if (cols.length === 1) return ok([String(counts[cols[0]!])]);
  return ok([cols.map((k) => String(counts[k]).padStart(7)).join(' ')]);
};

const cmpBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** sort -n: leading blanks, an optional minus sign and digits; lines without a number sort as 0. */
const numOf = (s: string) => {
  const m = /^\s*(-?\d*\.?\d+)/.exec(s);
  return m ? Number(m[1]) : 0;
};

export const sort: Tool = (args, input) => {
  const p = parseOpts('sort', args, { flags: 'rnufb', valued: 'kt', long: { reverse: 'r', 'numeric-sort': 'n', unique: 'u', 'ignore-case': 'f', key: 'k', 'field-separator': 't' } });
  if ('bad' in p) return err(p.bad + "\nTry 'sort --help' for more information.", 2);
  if (p.operands.length) return err(`sort: cannot read: ${p.operands[0]}: No such file or directory`, 2);
  const key = p.opts.get('k')?.at(-1);
  const field = key === undefined ? 0 : Number(/^(\d+)/.exec(key)?.[1] ?? NaN);
  if (Number.isNaN(field) || field < 0) return err(`sort: invalid number at field start: invalid count at start of '${key}'`, 2);
  const sep = p.opts.get('t')?.at(-1);
  const keyOf = (line: string) => {
    if (!field) return line;
    const parts = sep ? line.split(sep) : line.trim().split(/\s+/);
    return parts.slice(field - 1).join(sep ?? ' ');
  };
  const fold = p.opts.has('f');
  const cmpKey = (a: string, b: string) => {
    const ka = fold ? keyOf(a).toUpperCase() : keyOf(a);
    const kb = fold ? keyOf(b).toUpperCase() : keyOf(b);
    return p.opts.has('n') ? numOf(ka) - numOf(kb) : cmpBytes(ka, kb);
  };
  let lines = linesOf(input).sort((a, b) => cmpKey(a, b) || (p.opts.has('u') ? 0 : cmpBytes(a, b)));
  if (p.opts.has('r')) lines.reverse();
  if (p.opts.has('u')) lines = lines.filter((l, i) => i === 0 || cmpKey(lines[i - 1]!, l) !== 0);
  return ok(lines);
};

export const uniq: Tool = (args, input) => {
  const p = parseOpts('uniq', args, { flags: 'cdui', valued: '', long: { count: 'c', repeated: 'd', unique: 'u', 'ignore-case': 'i' } });
  if ('bad' in p) return err(p.bad + "\nTry 'uniq --help' for more information.", 1);
  if (p.operands.length) return err(`uniq: ${p.operands[0]}: No such file or directory`, 1);
  const same = (a: string, b: string) => (p.opts.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b);
  const groups: { line: string; n: number }[] = [];
  for (const line of linesOf(input)) {
    const last = groups.at(-1);
    if (last && same(last.line, line)) last.n++;
    else groups.push({ line, n: 1 });
  }
  const kept = groups.filter((g) => (!p.opts.has('d') || g.n > 1) && (!p.opts.has('u') || g.n === 1));
  return ok(kept.map((g) => (p.opts.has('c') ? `${String(g.n).padStart(7)} ${g.line}` : g.line)));
};

export const cat: Tool = (args, input) => {
  const files = args.filter((a) => a !== '-');
  if (files.length) return err(`cat: ${files[0]}: No such file or directory`, 1);
  return { stdout: input, stderr: '', exitCode: 0 };
};

export const TOOLS: Readonly<Record<string, Tool>> = { grep, egrep: (a, i) => grep(['-E', ...a], i), fgrep: (a, i) => grep(['-F', ...a], i), head, tail, wc, sort, uniq, cat };
