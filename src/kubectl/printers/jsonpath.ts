// `-o jsonpath=TEMPLATE` (k8s.io/client-go/util/jsonpath, as kubectl get uses it with missing keys allowed):
// literal text, `{.a.b}`, `{.items[*].metadata.name}`, `[n]`, `[?(@.type=="Ready")]`, `{range …}…{end}`,
// and quoted literals like `{"\n"}`. Several results are joined by spaces; maps and lists print as JSON.

type Node = { type: 'text'; text: string } | { type: 'path'; path: string } | { type: 'range'; path: string; body: Node[] };

export class JsonPathError extends Error {}

/** Split a template into literal text and `{…}` actions, nesting range … end. */
function parse(template: string): Node[] {
  const root: Node[] = [];
  const stack: Node[][] = [root];
  const ranges: { path: string; body: Node[] }[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    const top = stack[stack.length - 1]!;
    if (open < 0) { top.push({ type: 'text', text: template.slice(i) }); break; }
    if (open > i) top.push({ type: 'text', text: template.slice(i, open) });
    const close = template.indexOf('}', open);
    if (close < 0) throw new JsonPathError(`unclosed action`);
    const action = template.slice(open + 1, close).trim();
    i = close + 1;
    if (action.startsWith('range ')) {
      const r = { path: action.slice(6).trim(), body: [] as Node[] };
      ranges.push(r);
      stack.push(r.body);
    } else if (action === 'end') {
      const r = ranges.pop();
      if (!r) throw new JsonPathError('not in range, nothing to end');
      stack.pop();
      stack[stack.length - 1]!.push({ type: 'range', path: r.path, body: r.body });
    } else if (/^".*"$/.test(action) || /^'.*'$/.test(action)) {
      top.push({ type: 'text', text: action.slice(1, -1).replace(/\\n/g, '\n').replace(/\\t/g, '\t') });
    } else top.push({ type: 'path', path: action });
  }
  if (ranges.length) throw new JsonPathError('unclosed range');
  return root;
}

/** Path segments: `.name`, `[n]`, `[*]`, `[?(@.k=="v")]`. */
function segments(path: string): string[] {
  const p = path.replace(/^[@$]/, '');
  return p.match(/\.[^.[\]]+|\[[^\]]*\]/g) ?? [];
}

function step(values: unknown[], seg: string): unknown[] {
  const out: unknown[] = [];
  for (const v of values) {
    if (seg.startsWith('.')) {
      const key = seg.slice(1);
      if (key === '*') { if (v && typeof v === 'object') out.push(...Object.values(v)); continue; }
      if (v && typeof v === 'object' && !Array.isArray(v) && key in v) out.push((v as Record<string, unknown>)[key]);
      continue;
    }
    if (!Array.isArray(v)) continue;
    const inner = seg.slice(1, -1);
    if (inner === '*' || inner === '') out.push(...v);
    else if (/^-?\d+$/.test(inner)) { const n = Number(inner); const item = v[n < 0 ? v.length + n : n]; if (item !== undefined) out.push(item); }
    else {
      const m = /^\?\(@\.([\w.-]+)\s*(==|!=)\s*["']?([^"']*)["']?\)$/.exec(inner);
      if (!m) throw new JsonPathError(`unrecognized filter ${inner}`);
      for (const item of v) {
        const got = evaluate(item, `.${m[1]}`)[0];
        if ((String(got) === m[3]) === (m[2] === '==')) out.push(item);
      }
    }
  }
  return out;
}

function evaluate(data: unknown, path: string): unknown[] {
  return segments(path).reduce<unknown[]>((vals, seg) => step(vals, seg), [data]);
}

const text = (v: unknown): string => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v));

function render(nodes: Node[], data: unknown): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += n.text;
    else if (n.type === 'path') out += evaluate(data, n.path).map(text).join(' ');
    else for (const item of evaluate(data, n.path)) out += render(n.body, item);
  }
  return out;
}

/** Render a kubectl JSONPath template against an object (or a List). */
export function printJsonPath(template: string, data: unknown): string {
  return render(parse(template), data);
}
