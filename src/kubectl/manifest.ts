// Multi-document manifests, split and decoded the way kubectl does it (apimachinery yaml.YAMLReader splits at
// lines starting `---`; each chunk is converted YAML -> JSON by go-yaml, YAML 1.1). Line numbers in kubectl's
// messages are relative to the chunk; Problem lines are absolute (1-based) for the editor.
import type { Document, LineCounter } from 'yaml';
import type { KObject } from '../sim/index';
import { apiVersionOf, isKnownKind } from '../sim/index';
import { nonEmptyChunks, parseChunk } from './chunks';
import { goYamlMessage } from './yamlErrors';

export interface Problem {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  severity: 'error' | 'warning';
  source: 'yaml' | 'kubectl' | 'api';
}

export interface ManifestDoc {
  /** 0-based among the non-empty documents. */
  index: number;
  startLine: number;
  endLine: number;
  kind?: string;
  name?: string;
  /** Index into `objects` when this document decoded to an object. */
  objectIndex?: number;
}

export interface ManifestParse {
  objects: KObject[];
  docs: ManifestDoc[];
  problems: Problem[];
}

/** How a document failed, in kubectl's terms: `stop` errors end the stream, `skip` errors only drop the document. */
export interface DocFailure {
  readonly docIndex: number;
  readonly message: string;
  readonly stop: boolean;
}

const MAX_ALIASES = 100;

/** Parse with kubectl's failure semantics; `failures` carry kubectl's exact messages (no `error: ` prefix). */
export function analyzeManifests(text: string, source = 'STDIN'): ManifestParse & { failures: DocFailure[] } {
  const out: ManifestParse & { failures: DocFailure[] } = { objects: [], docs: [], problems: [], failures: [] };
  nonEmptyChunks(text).forEach((chunk, index) => {
    const { doc, lc } = parseChunk(chunk);
    const lines = chunk.text.split('\n');
    const contentLines = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trim() !== '' && !l.trim().startsWith('#'));
    const md: ManifestDoc = {
      index,
      startLine: chunk.firstLine + (contentLines[0]?.i ?? 0),
      endLine: chunk.firstLine + (contentLines[contentLines.length - 1]?.i ?? 0),
    };
    out.docs.push(md);
    const at = (offset: number): { line: number; column: number } => {
      const p = lc.linePos(offset);
      return { line: p.line + chunk.firstLine - 1, column: p.col };
    };
    const problem = (message: string, severity: 'error' | 'warning', src: Problem['source'], from = md.startLine, col = 1, len = 0): void => {
      out.problems.push({ line: from, column: col, endLine: from, endColumn: col + Math.max(1, len), message, severity, source: src });
    };
    for (const w of doc.warnings) {
      const p = at(w.pos[0]);
      problem(w.message.split('\n')[0] ?? w.message, 'warning', 'yaml', p.line, p.column, w.pos[1] - w.pos[0]);
    }
    if (doc.errors.length > 0) {
      const e = doc.errors[0]!;
      const p = at(e.pos[0]);
      const rel = p.line - chunk.firstLine + 1;
      for (const err of doc.errors) {
        const q = at(err.pos[0]);
        problem(goYamlMessage(err), 'error', 'yaml', q.line, q.column, err.pos[1] - err.pos[0]);
      }
      out.failures.push({ docIndex: index, stop: true, message: `error parsing ${source}: error converting YAML to JSON: yaml: line ${rel}: ${goYamlMessage(e)}` });
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (err) {
      const msg = `error parsing ${source}: error converting YAML to JSON: yaml: ${err instanceof Error ? err.message : String(err)}`;
      problem(msg, 'error', 'yaml');
      out.failures.push({ docIndex: index, stop: true, message: msg });
      return;
    }
    if (value === null || value === undefined) return;
    if (typeof value !== 'object' || Array.isArray(value)) {
      const t = Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : typeof value;
      const msg = `error parsing ${source}: json: cannot unmarshal ${t} into Go value of type map[string]interface {}`;
      problem(msg, 'error', 'kubectl');
      out.failures.push({ docIndex: index, stop: true, message: msg });
      return;
    }
    const obj = value as Record<string, unknown>;
    const meta = (typeof obj['metadata'] === 'object' && obj['metadata'] !== null ? obj['metadata'] : {}) as Record<string, unknown>;
    const kind = typeof obj['kind'] === 'string' ? obj['kind'] : undefined;
    const apiVersion = typeof obj['apiVersion'] === 'string' ? obj['apiVersion'] : undefined;
    const name = typeof meta['name'] === 'string' ? meta['name'] : typeof meta['generateName'] === 'string' ? meta['generateName'] : '';
    if (kind) md.kind = kind;
    if (name) md.name = name;
    const notSet = [...(apiVersion ? [] : ['apiVersion not set']), ...(kind ? [] : ['kind not set'])];
    if (notSet.length > 0) {
      const list = notSet.length === 1 ? notSet[0]! : `[${notSet.join(', ')}]`;
      problem(notSet.join(', '), 'error', 'kubectl');
      out.failures.push({
        docIndex: index,
        stop: true,
        message: `error validating "${source}": error validating data: ${list}; if you choose to ignore these errors, turn validation off with --validate=false`,
      });
      return;
    }
    if (!isKnownKind(kind!) || apiVersionOf(kind!) !== apiVersion) {
      const ns = typeof meta['namespace'] === 'string' ? meta['namespace'] : '';
      const kindLine = keyLine(doc, lc, 'kind', chunk.firstLine) ?? md.startLine;
      problem(`no matches for kind "${kind}" in version "${apiVersion}"`, 'error', 'kubectl', kindLine);
      out.failures.push({
        docIndex: index,
        stop: false,
        message: `resource mapping not found for name: "${name}" namespace: "${ns}" from "${source}": no matches for kind "${kind}" in version "${apiVersion}"\nensure CRDs are installed first`,
      });
      return;
    }
    md.objectIndex = out.objects.length;
    out.objects.push({ ...obj, metadata: { ...meta } } as unknown as KObject);
  });
  return out;
}

/** Decode a manifest: the objects, one entry per non-empty document, and problems for editor markers. */
export function parseManifests(text: string, source = 'STDIN'): ManifestParse {
  const { objects, docs, problems } = analyzeManifests(text, source);
  return { objects, docs, problems };
}

function keyLine(doc: Document, lc: LineCounter, key: string, firstLine: number): number | undefined {
  const contents = doc.contents as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null;
  const pair = contents?.items?.find((p) => p.key?.value === key);
  const off = pair?.key?.range?.[0];
  return off === undefined ? undefined : lc.linePos(off).line + firstLine - 1;
}
