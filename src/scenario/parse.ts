// Reading a scenario file: YAML → validated Scenario, or every problem with its line (DESIGN "Scenario files").
import { isMap, LineCounter, parseAllDocuments, visit } from 'yaml';
import type { ClusterConfig } from '../sim';
import { parseLessonHeader } from './parseLesson';
import { parseSteps } from './parseSteps';
import { missingLanguages, parseText, type LocalText } from './text';
import type { LessonMeta, Scenario, ScenarioError, Step } from './types';
import { describe, Reader } from './yamlReader';

export type ParseResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly errors: readonly ScenarioError[] };

const TOP_KEYS = ['title', 'seed', 'cluster', 'lesson', 'steps'] as const;
const CLUSTER_KEYS = ['nodes', 'defaultStorageClass', 'featureGates'] as const;
/** Bounds that keep every run small enough for a browser tab. */
export const MAX_NODES = 50;
export const MAX_SEED = 0xffff_ffff;

/**
 * Parse and validate a scenario. Nothing runs here; an invalid file yields every problem found, sorted by line.
 * @example parseScenario('steps:\n  - kubectl: get pods\n', 'demo.yaml')
 */
export function parseScenario(text: string, file = '<input>'): ParseResult {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false });
  const r = new Reader(lines);
  const syntax = docs.flatMap((d) => d.errors)[0];
  if (syntax) return fail(r, lines.linePos(syntax.pos[0]).line, `YAML syntax error: ${syntax.message.split('\n')[0]}`);
  const doc = docs[0];
  if (!doc || doc.contents === null) return fail(r, 1, "empty scenario (expected a mapping with 'steps:')");
  if (docs[1]) return fail(r, r.lineOf(docs[1].contents, 1), 'a scenario file holds exactly one YAML document');
  let alias = 0;
  visit(doc, { Alias: (_k, node) => void (alias ||= r.lineOf(node)) });
  if (alias) return fail(r, alias, 'YAML aliases (*name) are not supported in scenario files');
  const root = doc.contents;
  if (!isMap(root)) return fail(r, r.lineOf(root), `a scenario must be a mapping with 'steps:', found ${describe(root)}`);

  let titles: LocalText | undefined;
  let lesson: LessonMeta | undefined;
  let seed = 1;
  let cluster: ClusterConfig = { nodes: 3, defaultStorageClass: 'standard', featureGates: {} };
  let stepsNode: [unknown, number] | undefined;
  for (const [key, value, line] of r.entries(root, TOP_KEYS, 'the scenario')) {
    if (key === 'title') titles = parseText(r, value, 'title', line);
    if (key === 'lesson') lesson = parseLessonHeader(r, value, line);
    if (key === 'seed') seed = r.integer(value, 'seed', line, 0, MAX_SEED) ?? seed;
    if (key === 'cluster') cluster = parseCluster(r, value, line) ?? cluster;
    if (key === 'steps') stepsNode = [value, line];
  }
  let steps: Step[] = [];
  if (stepsNode) steps = parseSteps(r, stepsNode[0], stepsNode[1], cluster.nodes);
  else r.fail(r.lineOf(root), "missing 'steps:' (the list of things the scenario does)");
  if (lesson) checkLesson(r, steps, titles, lesson, r.lineOf(root));
  if (r.errors.length) return { ok: false, errors: sorted(r.errors) };
  const title = titles && { title: titles.en, titles };
  return { ok: true, scenario: { file, ...title, ...(lesson ? { lesson } : {}), seed, cluster, steps } };
}

/** A lesson has a title, and every text of it exists in every language. */
function checkLesson(r: Reader, steps: readonly Step[], titles: LocalText | undefined, lesson: LessonMeta, rootLine: number): void {
  if (!titles) r.fail(rootLine, "a lesson needs a 'title:'");
  const need = (text: LocalText | undefined, what: string, line: number) => {
    const missing = text ? missingLanguages(text) : [];
    if (missing.length) r.fail(line, `${what} has no ${missing.join(', ')} text (a lesson's texts exist in every language)`);
  };
  need(titles, 'title', rootLine);
  need(lesson.summary, 'lesson.summary', rootLine);
  for (const s of steps) {
    if (s.type === 'note') need(s.texts, 'note', s.line);
    if (s.type === 'page') need(s.title, 'page', s.line);
    if (s.type === 'task') need(s.text, 'task', s.line);
    if (s.type === 'question') {
      need(s.text, 'question', s.line);
      for (const c of s.choices) {
        need(c.text, 'choice.text', s.line);
        need(c.explain, 'choice.explain', s.line);
      }
    }
  }
}

function parseCluster(r: Reader, node: unknown, line: number): ClusterConfig | undefined {
  const m = r.map(node, 'cluster', line);
  if (!m) return undefined;
  let nodes = 3;
  let defaultStorageClass: ClusterConfig['defaultStorageClass'] = 'standard';
  const featureGates: Record<string, boolean> = {};
  for (const [key, value, keyLine] of r.entries(m, CLUSTER_KEYS, 'cluster')) {
    if (key === 'nodes') nodes = r.integer(value, 'cluster.nodes', keyLine, 1, MAX_NODES) ?? nodes;
    if (key === 'defaultStorageClass') {
      const sc = r.string(value, 'cluster.defaultStorageClass', keyLine);
      if (sc === 'standard' || sc === 'none') defaultStorageClass = sc;
      else if (sc !== undefined) r.fail(r.lineOf(value, keyLine), `cluster.defaultStorageClass must be 'standard' or 'none', found '${sc}'`);
    }
    if (key === 'featureGates') {
      const gates = r.map(value, 'cluster.featureGates', keyLine);
      for (const pair of gates?.items ?? []) {
        const gateLine = r.lineOf(pair.key, keyLine);
        const name = String((pair.key as { value?: unknown } | null)?.value ?? '');
        const on = r.boolean(pair.value, `feature gate ${name}`, gateLine);
        if (on !== undefined) featureGates[name] = on;
      }
    }
  }
  return { nodes, defaultStorageClass, featureGates };
}

function fail(r: Reader, line: number, message: string): ParseResult {
  r.fail(line, message);
  return { ok: false, errors: r.errors };
}

function sorted(errors: readonly ScenarioError[]): ScenarioError[] {
  return [...errors].sort((a, b) => a.line - b.line);
}

/** `file:line: message`, the form the CLI prints (one line per problem). */
export function formatScenarioError(file: string, e: ScenarioError): string {
  return `${file}:${e.line}: ${e.message}`;
}
