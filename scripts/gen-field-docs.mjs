// Derives src/kubectl/explain/fieldDocs.json (what `kubectl explain` prints) from the generated JSON Schema:
// per definition its description and, per field, the explain type (`<string>`, `<[]Container>`,
// `<map[string]string>`, `<Object>` names), whether it is required, the definition it refers to, and its
// description cut to the first paragraph (to keep the file small). Called by gen-k8s-schema.mjs; also runnable
// alone: `node scripts/gen-field-docs.mjs`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const firstParagraph = (d) => (d ?? '').split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim();
const defName = (ref) => ref.replace('#/definitions/', '');
const SCALARS = { string: 'string', integer: 'integer', number: 'number', boolean: 'boolean' };

function typeOf(p) {
  if (p.$ref) {
    const n = defName(p.$ref);
    return { t: n === 'IntOrString' ? 'IntOrString' : n, ref: n === 'Quantity' || n === 'IntOrString' ? undefined : n };
  }
  if (p.type === 'array') {
    const inner = typeOf(p.items ?? {});
    return { t: `[]${inner.t}`, ref: inner.ref };
  }
  if (p.type === 'object' && p.additionalProperties && typeof p.additionalProperties === 'object') {
    return { t: `map[string]${typeOf(p.additionalProperties).t}` };
  }
  if (Array.isArray(p.type)) {
    const numeric = p.type.includes('integer') || p.type.includes('number');
    return { t: numeric && p.type.includes('string') ? 'IntOrString' : SCALARS[p.type[0]] ?? 'Object' };
  }
  if (p.anyOf || p.oneOf) return { t: 'IntOrString' };
  return { t: SCALARS[p.type] ?? 'Object' };
}

/** Whole sentences of the first paragraph, up to MAX chars (at least one sentence). */
const MAX = 250;
function shortDoc(d) {
  const p = firstParagraph(d);
  let out = '';
  for (const sentence of p.split(/(?<=\.)\s+/)) {
    if (out && out.length + 1 + sentence.length > MAX) break;
    out = out ? `${out} ${sentence}` : sentence;
  }
  return out;
}

/**
 * `{ s: strings, d: { Def: [descIndex, { field: [type, descIndex, required?] }] } }`: descriptions are shared
 * through the string table (many fields repeat across volume sources and container kinds). A field's type names
 * its definition (`Container`, `[]Container`) when it has one.
 */
export function fieldDocs(schema) {
  const strings = [];
  const index = new Map();
  const str = (text) => {
    if (!index.has(text)) {
      index.set(text, strings.length);
      strings.push(text);
    }
    return index.get(text);
  };
  const d = {};
  for (const [name, def] of Object.entries(schema.definitions)) {
    if (name === 'K8sKinds') continue;
    const f = {};
    const required = new Set(def.required ?? []);
    for (const [field, p] of Object.entries(def.properties ?? {})) {
      const entry = [typeOf(p).t, str(shortDoc(p.description))];
      if (required.has(field)) entry.push(1);
      f[field] = entry;
    }
    d[name] = [str(shortDoc(def.description)), f];
  }
  return { s: strings, d };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const schema = JSON.parse(readFileSync(here('../src/k8s/k8s-schema.json'), 'utf8'));
  mkdirSync(here('../src/kubectl/explain'), { recursive: true });
  const out = JSON.stringify(fieldDocs(schema));
  writeFileSync(here('../src/kubectl/explain/fieldDocs.json'), out + '\n');
  console.log(`fieldDocs.json: ${(out.length / 1024).toFixed(0)} KB`);
}
