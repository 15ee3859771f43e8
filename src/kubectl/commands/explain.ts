// `kubectl explain RESOURCE[.FIELD...] [--recursive]`. Mirrors kubectl pkg/explain/v2/templates/plaintext.tmpl
// (GROUP/KIND/VERSION header, `FIELD: name <type>`, DESCRIPTION wrapped at 76 and indented 4, FIELDS as
// `  name\t<type> -required-` with the description wrapped at 76 under it; typeGuess names). Field docs come
// from src/kubectl/explain/fieldDocs.json (generated from the OpenAPI-derived schema by
// scripts/gen-field-docs.mjs). Deviation: descriptions are the first paragraph, cut to whole sentences of at most
// 250 characters, to keep the bundle small; kinds without docs (Node, Endpoints, ...) are reported as such.
import { bool, type FlagSpec, type ParsedArgs } from '../args';
import { fail } from '../errors';
import docs from '../explain/fieldDocs.json';
import { resolveType } from '../resources';
import type { KubectlOutput } from '../types';
import { GLOBAL_FLAGS } from './common';

export const EXPLAIN_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'recursive', type: 'bool' },
  { name: 'api-version', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
];

type Field = [type: string, desc: number, required?: number];
const DOCS = docs as unknown as { s: string[]; d: Record<string, [desc: number, fields: Record<string, Field>]> };
const TYPE_ALIASES: Readonly<Record<string, string>> = { Time: 'string', MicroTime: 'string' };

const shown = (t: string): string => t.replace(/(^|\]|string\])(Time|MicroTime)$/, (_, p: string, n: string) => p + TYPE_ALIASES[n]);
/** The definition a field type refers to (`[]Container` → `Container`), if it has fields. */
const defOf = (t: string): string | undefined => {
  const name = t.replace(/^(\[\])+/, '');
  return DOCS.d[name] && Object.keys(DOCS.d[name][1]).length > 0 ? name : undefined;
};

/** sprig `wrap`: greedy, at spaces, lines of at most `width` characters (long words are not broken). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (cur && cur.length + 1 + word.length > width) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  lines.push(cur);
  return lines;
}

const indent = (lines: readonly string[], n: number): string => lines.map((l) => ' '.repeat(n) + l).join('\n');

function fieldList(def: string, recursive: boolean, level: number, history: ReadonlySet<string>): string {
  const fields = DOCS.d[def]?.[1] ?? {};
  let out = '';
  for (const name of Object.keys(fields).sort()) {
    const [t, d, req] = fields[name]!;
    out += `${' '.repeat(level * 2)}${name}\t<${shown(t)}>${req ? ' -required-' : ''}\n`;
    if (!recursive) out += indent(wrap(DOCS.s[d] || '<no description>', 78 - level * 2), level * 2 + 2) + '\n\n';
    const sub = defOf(t);
    if (recursive && sub && !history.has(sub)) out += fieldList(sub, true, level + 1, new Set([...history, sub]));
  }
  return out;
}

export function runExplain(parsed: ParsedArgs): KubectlOutput {
  const arg = parsed.args[0];
  if (!arg) {
    return fail('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.');
  }
  const [typeWord, ...path] = arg.split('.').filter((p, i) => i === 0 || p !== '');
  const type = resolveType(typeWord ?? '');
  if (!type) return fail(`the server doesn't have a resource type "${typeWord}"`);
  if (type.kind === 'Event' || !DOCS.d[type.kind]) return fail(`Podium has no field documentation for ${type.kind === 'Event' ? 'events' : type.info.plural}`);
  const { group, version } = type.info;
  let out = `${group ? `GROUP:      ${group}\n` : ''}KIND:       ${type.kind}\nVERSION:    ${version}\n\n`;
  let def: string | undefined = type.kind;
  let desc = DOCS.s[DOCS.d[type.kind]![0]] ?? '';
  for (const [i, name] of path.entries()) {
    const field: Field | undefined = def ? DOCS.d[def]?.[1][name] : undefined;
    if (!field) return fail(`field "${name}" does not exist`);
    if (i === path.length - 1) out += `FIELD: ${name} <${shown(field[0])}>\n\n\n`;
    def = defOf(field[0]);
    desc = DOCS.s[field[1]] ?? '';
  }
  out += 'DESCRIPTION:\n' + indent([...wrap(desc || '<empty>', 76), ''], 4) + '\n';
  const fields = def ? fieldList(def, bool(parsed.flags['recursive']), 1, new Set([def])) : '';
  if (fields) out += 'FIELDS:\n' + fields;
  return { stdout: out + '\n', stderr: '', exitCode: 0 };
}
