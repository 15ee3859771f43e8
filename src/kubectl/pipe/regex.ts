// POSIX regular expressions (GNU grep's BRE and ERE) translated to JavaScript RegExp source.
// BRE: `\( \) \{ \} \| \+ \?` are the operators and the bare characters are literal; ERE: the reverse.
// Both: `\< \>` word boundaries, `\w \W \s \S \b`, bracket expressions with `[:alpha:]` style classes.

const CLASSES: Readonly<Record<string, string>> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', word: '\\w', cntrl: '\\x00-\\x1f\\x7f', print: ' -~', graph: '!-~',
};

/** JS source for a POSIX pattern, or an error in grep's words. */
export function posixToJs(pattern: string, extended: boolean): { source: string } | { error: string } {
  let out = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '[') {
      const r = bracket(pattern, i);
      if ('error' in r) return r;
      out += r.source;
      i = r.end;
      continue;
    }
    if (ch === '\\') {
      const next = pattern[++i];
      if (next === undefined) return { error: 'Trailing backslash' };
      if (next === '<' || next === '>') out += '\\b';
      else if ('wWsSb'.includes(next)) out += '\\' + next;
      else if (!extended && '(){}|+?'.includes(next)) {
        if (next === '(') depth++;
        if (next === ')' && --depth < 0) return { error: 'Unmatched ) or \\)' };
        out += next;
      } else out += escape(next);
      continue;
    }
    if (extended && '(){}|+?'.includes(ch)) {
      if (ch === '(') depth++;
      if (ch === ')' && --depth < 0) return { error: 'Unmatched ) or \\)' };
      out += ch;
      continue;
    }
    if (ch === '*' && (out === '' || out.endsWith('^') || out.endsWith('('))) out += '\\*';
    else if ('.*^$'.includes(ch)) out += ch;
    else out += escape(ch);
  }
  if (depth > 0) return { error: 'Unmatched ( or \\(' };
  try {
    new RegExp(out);
  } catch {
    return { error: 'Invalid regular expression' };
  }
  return { source: out };
}

function escape(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? '\\' + ch : ch;
}

/** `[...]` from index `at`: its JS form and where it ends. */
function bracket(p: string, at: number): { source: string; end: number } | { error: string } {
  let i = at + 1;
  let out = '[';
  if (p[i] === '^') {
    out += '^';
    i++;
  }
  if (p[i] === ']') {
    out += '\\]';
    i++;
  }
  for (; i < p.length; i++) {
    const ch = p[i]!;
    if (ch === ']') return { source: out + ']', end: i };
    if (ch === '[' && p[i + 1] === ':') {
      const close = p.indexOf(':]', i + 2);
      const cls = close < 0 ? undefined : CLASSES[p.slice(i + 2, close)];
      if (cls === undefined) return { error: 'Invalid character class name' };
      out += cls;
      i = close + 1;
    } else if (ch === '\\' || ch === '[') out += '\\' + ch;
    else out += ch;
  }
  return { error: 'Unmatched [, [^, [:, [., or [=' };
}
