// Command-line tokenizing and pflag-style flag parsing (spf13/pflag semantics: `--flag=v`, `--flag v`,
// `-f v`, `-fv`, `-f=v`, combined boolean shorthands `-Aw`, `--` ends flags, flags may follow arguments).

/** Split like a POSIX shell: whitespace separates words; '…' is literal; "…" and \ escape. */
export function tokenize(line: string): { words: string[] } | { error: string } {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { error: 'unterminated quoted string' };
      cur += line.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (ch === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < line.length && '"\\$`'.includes(line[j + 1]!)) j++;
        cur += line[j];
      }
      if (j >= line.length) return { error: 'unterminated quoted string' };
      inWord = true;
      i = j;
    } else if (ch === '\\' && i + 1 < line.length) {
      cur += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(cur);
  return { words };
}

export interface FlagSpec {
  readonly name: string;
  readonly short?: string;
  readonly type: 'bool' | 'string' | 'int' | 'strings';
}

export type FlagValue = boolean | string | number | string[];

export interface ParsedArgs {
  readonly args: string[];
  readonly flags: Record<string, FlagValue>;
  /** cobra ArgsLenAtDash: how many args came before `--` (-1 without `--`). */
  readonly argsLenAtDash?: number;
}

/** Parse flags in `words`; errors are pflag's messages (without the `error: ` prefix). */
export function parseFlags(words: readonly string[], specs: readonly FlagSpec[]): ParsedArgs | { error: string } {
  const args: string[] = [];
  const flags: Record<string, FlagValue> = {};
  let argsLenAtDash = -1;
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const set = (spec: FlagSpec, raw: string | undefined, label: string): string | undefined => {
    if (spec.type === 'bool') {
      const v = raw ?? 'true';
      if (!/^(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)$/.test(v)) {
        return `invalid argument "${v}" for "${label}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`;
      }
      flags[spec.name] = /^(1|t|T|TRUE|true|True)$/.test(v);
    } else if (spec.type === 'int') {
      if (!/^[+-]?\d+$/.test(raw ?? '')) {
        return `invalid argument "${raw ?? ''}" for "${label}" flag: strconv.ParseInt: parsing "${raw ?? ''}": invalid syntax`;
      }
      flags[spec.name] = Number(raw);
    } else if (spec.type === 'strings') {
      const prev = flags[spec.name];
      flags[spec.name] = [...(Array.isArray(prev) ? prev : []), raw ?? ''];
    } else flags[spec.name] = raw ?? '';
    return undefined;
  };
  const labelOf = (s: FlagSpec): string => (s.short ? `-${s.short}, --${s.name}` : `--${s.name}`);

  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--') {
      argsLenAtDash = args.length;
      args.push(...words.slice(i + 1));
      break;
    }
    if (w.startsWith('--')) {
      const eq = w.indexOf('=');
      const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
      const spec = byName.get(name);
      if (!spec) return { error: `unknown flag: --${name}` };
      let raw = eq < 0 ? undefined : w.slice(eq + 1);
      if (raw === undefined && spec.type !== 'bool') {
        if (i + 1 >= words.length) return { error: `flag needs an argument: --${name}` };
        raw = words[++i];
      }
      const err = set(spec, raw, labelOf(spec));
      if (err) return { error: err };
    } else if (w.startsWith('-') && w.length > 1) {
      for (let j = 1; j < w.length; j++) {
        const c = w[j]!;
        const spec = byShort.get(c);
        if (!spec) return { error: `unknown shorthand flag: '${c}' in ${w}` };
        if (spec.type === 'bool') {
          const raw = w[j + 1] === '=' ? w.slice(j + 2) : undefined;
          const err = set(spec, raw, labelOf(spec));
          if (err) return { error: err };
          if (raw !== undefined) break;
          continue;
        }
        let raw: string | undefined = w.slice(j + 1);
        if (raw.startsWith('=')) raw = raw.slice(1);
        else if (raw === '') {
          if (i + 1 >= words.length) return { error: `flag needs an argument: '${c}' in -${c}` };
          raw = words[++i];
        }
        const err = set(spec, raw, labelOf(spec));
        if (err) return { error: err };
        break;
      }
    } else args.push(w);
  }
  return argsLenAtDash >= 0 ? { args, flags, argsLenAtDash } : { args, flags };
}

export const str = (v: FlagValue | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
export const bool = (v: FlagValue | undefined): boolean => v === true;
export const int = (v: FlagValue | undefined): number | undefined => (typeof v === 'number' ? v : undefined);
export const strs = (v: FlagValue | undefined): string[] => (Array.isArray(v) ? v : []);
