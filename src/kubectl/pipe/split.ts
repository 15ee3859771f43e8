// Splitting a command line at the shell's unquoted `|`, as bash reads `kubectl describe pod x|grep Image`.
// Quotes ('…', "…") and backslash escapes keep their `|` literal. Other shell operators (`;`, `&&`, `||`, `>`,
// `<`, `&`, `$(…)`, backticks) are not simulated: they get a clear message instead of being read as arguments.

export type SplitResult = { readonly segments: readonly string[] } | { readonly error: string };

const OPERATORS: Readonly<Record<string, string>> = {
  ';': 'command lists (;)',
  '&&': 'command lists (&&)',
  '||': 'command lists (||)',
  '&': 'background jobs (&)',
  '>': 'output redirection (>)',
  '<': 'input redirection (<)',
  '`': 'command substitution (`…`)',
  '$(': 'command substitution ($(…))',
};

/** Split at unquoted pipes; an unsupported operator outside quotes is an error naming it. */
export function splitPipeline(line: string): SplitResult {
  const segments: string[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\') {
      i++;
    } else if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { segments: [...segments, line.slice(start)] }; // the tokenizer reports it
      i = end;
    } else if (ch === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) if (line[j] === '\\') j++;
      i = j;
    } else {
      const two = line.slice(i, i + 2);
      const op = OPERATORS[two] !== undefined ? two : OPERATORS[ch] !== undefined ? ch : undefined;
      if (op !== undefined) {
        return { error: `Podium's terminal does not simulate ${OPERATORS[op]}; run one command at a time (pipes to grep, head, tail, wc, sort and uniq work)` };
      }
      if (ch === '|') {
        segments.push(line.slice(start, i));
        start = i + 1;
      }
    }
  }
  segments.push(line.slice(start));
  if (segments.length > 1 && segments.some((s) => s.trim() === '')) return { error: "bash: syntax error near unexpected token `|'" };
  return { segments };
}
