// Label selectors as `kubectl get -l` parses them (apimachinery labels.Parse): `a=b`, `a==b`, `a!=b`,
// `a in (x,y)`, `a notin (x)`, `a` (exists), `!a` (does not exist), comma-separated (AND).

export interface Requirement {
  readonly key: string;
  readonly op: 'eq' | 'neq' | 'in' | 'notin' | 'exists' | 'notexists';
  readonly values: readonly string[];
}

/** Split at commas that are not inside parentheses. */
function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

const KEY = /^[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?$/;

export function parseSelector(text: string): Requirement[] | { error: string } {
  const reqs: Requirement[] = [];
  if (text.trim() === '') return reqs;
  for (const raw of splitTop(text)) {
    const part = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = /^(\S+?)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part))) {
      const values = m[3]!.split(',').map((v) => v.trim()).filter((v) => v !== '');
      reqs.push({ key: m[1]!, op: m[2] as 'in' | 'notin', values });
    } else if ((m = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(part))) {
      reqs.push({ key: m[1]!, op: m[2] === '!=' ? 'neq' : 'eq', values: [m[3]!] });
    } else if ((m = /^!\s*(\S+)$/.exec(part))) {
      reqs.push({ key: m[1]!, op: 'notexists', values: [] });
    } else if (KEY.test(part)) {
      reqs.push({ key: part, op: 'exists', values: [] });
    } else {
      return { error: `unable to parse requirement: found '${part}', expected: identifier` };
    }
    const last = reqs[reqs.length - 1]!;
    if (!KEY.test(last.key)) return { error: `unable to parse requirement: invalid label key "${last.key}"` };
  }
  return reqs;
}

export function matchesSelector(reqs: readonly Requirement[], labels: Readonly<Record<string, string>> | undefined): boolean {
  const l = labels ?? {};
  return reqs.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const v = l[r.key];
    switch (r.op) {
      case 'eq': return has && v === r.values[0];
      case 'neq': return !has || v !== r.values[0];
      case 'in': return has && r.values.includes(v ?? '');
      case 'notin': return !has || !r.values.includes(v ?? '');
      case 'exists': return has;
      case 'notexists': return !has;
    }
  });
}
