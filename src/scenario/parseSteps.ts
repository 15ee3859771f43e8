// Validation of the `steps:` list: each step is a one-key mapping naming its kind.
import { isMap, isScalar, isSeq, parseAllDocuments, LineCounter, Scalar, type Pair } from 'yaml';
import { parseEditor, parseExpect, parseQuestion } from './parseLesson';
import { parseFault } from './parseFault';
import { parseWait } from './parseWait';
import { parseText } from './text';
import type { Step, StepType } from './types';
import { describe, unknownName, type Reader } from './yamlReader';

export const STEP_TYPES: readonly StepType[] = ['note', 'apply', 'kubectl', 'wait', 'fault', 'page', 'editor', 'task', 'expect', 'question'];
/** The steps a task's `solution:` may hold: things a learner does. */
export const SOLUTION_STEP_TYPES: readonly StepType[] = ['note', 'apply', 'kubectl', 'wait', 'fault'];
/** Step kinds that take a second key in the same list item. */
const COMPANION: Partial<Record<StepType, string>> = { task: 'solution', question: 'choices' };

/** Read the steps list; `nodes` is the cluster size, for checking fault targets. */
export function parseSteps(r: Reader, node: unknown, line: number, nodes: number, allowed: readonly StepType[] = STEP_TYPES, where = 'steps'): Step[] {
  if (!isSeq(node)) {
    r.fail(r.lineOf(node, line), `${where} must be a list of steps (each '- note: ...', '- apply: ...', …), found ${describe(node)}`);
    return [];
  }
  const steps: Step[] = [];
  node.items.forEach((item, i) => {
    const step = parseStep(r, item, i + 1, r.lineOf(item, line), nodes, allowed);
    if (step) steps.push(step);
  });
  return steps;
}

function parseStep(r: Reader, node: unknown, n: number, line: number, nodes: number, allowed: readonly StepType[]): Step | undefined {
  if (!isMap(node)) {
    return r.fail(line, `step ${n} must be a mapping such as '- kubectl: get pods', found ${describe(node)}`);
  }
  const pairs = node.items as Pair[];
  const first = pairs[0];
  if (!first) return r.fail(line, `step ${n} is empty (expected one of: ${STEP_TYPES.join(', ')})`);
  const kind = isScalar(first.key) ? String(first.key.value) : '';
  const companion = COMPANION[kind as StepType];
  const extra = pairs.slice(1).filter((p) => !(isScalar(p.key) && String(p.key.value) === companion && p === pairs[1]));
  const second = extra[0];
  if (second) {
    const other = isScalar(second.key) ? String(second.key.value) : '?';
    return r.fail(r.lineOf(second.key, line), `step ${n} has more than one kind ('${kind}' and '${other}'); start a new step with '- ${other}:'`);
  }
  if (!(STEP_TYPES as readonly string[]).includes(kind)) return r.fail(line, unknownName(`step kind '${kind}'`, kind, STEP_TYPES));
  if (!allowed.includes(kind as StepType)) return r.fail(line, `a '${kind}' step cannot be used here (a solution holds: ${allowed.join(', ')})`);
  const value = first.value;
  const companionValue = pairs[1]?.value;
  switch (kind as StepType) {
    case 'note': {
      const texts = parseText(r, value, 'note', line);
      return texts && { type: 'note', line, text: texts.en, texts };
    }
    case 'page': {
      const title = parseText(r, value, 'page', line);
      return title && { type: 'page', line, title };
    }
    case 'editor':
      return parseEditor(r, value, line);
    case 'task': {
      const text = parseText(r, value, 'task', line);
      if (!pairs[1]) return r.fail(line, "task needs 'solution:' (the steps that do it: what Show me and podium check run)");
      const solution = parseSteps(r, companionValue, r.lineOf(pairs[1].key, line), nodes, SOLUTION_STEP_TYPES, 'solution');
      return text && { type: 'task', line, text, solution };
    }
    case 'expect': {
      const expect = parseExpect(r, value, line);
      return expect && { type: 'expect', line, expect };
    }
    case 'question':
      return parseQuestion(r, value, pairs[1] ? [companionValue, r.lineOf(pairs[1].key, line)] : undefined, line);
    case 'apply':
      return parseApply(r, value, line);
    case 'kubectl':
      return parseKubectl(r, value, line);
    case 'wait': {
      const wait = parseWait(r, value, line);
      return wait && { type: 'wait', line, wait };
    }
    case 'fault': {
      const fault = parseFault(r, value, line, nodes);
      return fault && { type: 'fault', line, fault };
    }
  }
}

/** `apply:` holds multi-document YAML; a syntax error in it is reported at its line in the scenario file. */
function parseApply(r: Reader, node: unknown, line: number): Step | undefined {
  const manifest = parseManifestText(r, node, 'apply', line);
  return manifest === undefined ? undefined : { type: 'apply', line, manifest };
}

/** Multi-document YAML in a block scalar (`apply:`, `editor:`), its syntax checked at the file's lines. */
export function parseManifestText(r: Reader, node: unknown, what: string, line: number): string | undefined {
  const manifest = r.string(node, what, line);
  if (manifest === undefined) return undefined;
  if (manifest.trim() === '') return r.fail(line, `${what} needs a manifest (use \`${what}: |\` followed by YAML)`);
  const block = isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
  const startLine = r.lineOf(node, line);
  const lines = new LineCounter();
  for (const doc of parseAllDocuments(manifest, { lineCounter: lines })) {
    const err = doc.errors[0];
    if (err) {
      const inner = lines.linePos(err.pos[0]).line;
      const msg = err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? err.message;
      return r.fail(block ? startLine + inner : startLine, `YAML syntax error in ${what} manifest: ${msg}`);
    }
  }
  return manifest;
}

function parseKubectl(r: Reader, node: unknown, line: number): Step | undefined {
  const command = parseCommand(r, node, 'kubectl', line);
  return command === undefined ? undefined : { type: 'kubectl', line, command };
}

/** A one-line kubectl command, returned with its `kubectl ` prefix (added when left out). */
export function parseCommand(r: Reader, node: unknown, what: string, line: number): string | undefined {
  const text = r.string(node, what, line);
  if (text === undefined) return undefined;
  const args = text.trim().replace(/^kubectl(\s+|$)/, '');
  if (args === '') return r.fail(line, `${what} needs a command, e.g. '${what}: get pods'`);
  if (/[\r\n]/.test(args)) return r.fail(line, `${what} takes one command on one line`);
  return `kubectl ${args}`;
}
