// Validation of the `steps:` list: each step is a one-key mapping naming its kind.
import { isMap, isScalar, isSeq, parseAllDocuments, LineCounter, Scalar, type Pair } from 'yaml';
import { parseFault } from './parseFault';
import { parseWait } from './parseWait';
import type { Step, StepType } from './types';
import { describe, unknownName, type Reader } from './yamlReader';

export const STEP_TYPES: readonly StepType[] = ['note', 'apply', 'kubectl', 'wait', 'fault'];

/** Read the steps list; `nodes` is the cluster size, for checking fault targets. */
export function parseSteps(r: Reader, node: unknown, line: number, nodes: number): Step[] {
  if (!isSeq(node)) {
    r.fail(r.lineOf(node, line), `steps must be a list of steps (each '- note: ...', '- apply: ...', …), found ${describe(node)}`);
    return [];
  }
  const steps: Step[] = [];
  node.items.forEach((item, i) => {
    const step = parseStep(r, item, i + 1, r.lineOf(item, line), nodes);
    if (step) steps.push(step);
  });
  return steps;
}

function parseStep(r: Reader, node: unknown, n: number, line: number, nodes: number): Step | undefined {
  if (!isMap(node)) {
    return r.fail(line, `step ${n} must be a mapping such as '- kubectl: get pods', found ${describe(node)}`);
  }
  const pairs = node.items as Pair[];
  const first = pairs[0];
  if (!first) return r.fail(line, `step ${n} is empty (expected one of: ${STEP_TYPES.join(', ')})`);
  const kind = isScalar(first.key) ? String(first.key.value) : '';
  const second = pairs[1];
  if (second) {
    const other = isScalar(second.key) ? String(second.key.value) : '?';
    return r.fail(r.lineOf(second.key, line), `step ${n} has more than one kind ('${kind}' and '${other}'); start a new step with '- ${other}:'`);
  }
  if (!(STEP_TYPES as readonly string[]).includes(kind)) return r.fail(line, unknownName(`step kind '${kind}'`, kind, STEP_TYPES));
  const value = first.value;
  switch (kind as StepType) {
    case 'note': {
      const text = r.string(value, 'note', line);
      return text === undefined ? undefined : { type: 'note', line, text: text.trimEnd() };
    }
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
  const manifest = r.string(node, 'apply', line);
  if (manifest === undefined) return undefined;
  if (manifest.trim() === '') return r.fail(line, 'apply needs a manifest (use `apply: |` followed by YAML)');
  const block = isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
  const startLine = r.lineOf(node, line);
  const lines = new LineCounter();
  for (const doc of parseAllDocuments(manifest, { lineCounter: lines })) {
    const err = doc.errors[0];
    if (err) {
      const inner = lines.linePos(err.pos[0]).line;
      const msg = err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? err.message;
      return r.fail(block ? startLine + inner : startLine, `YAML syntax error in apply manifest: ${msg}`);
    }
  }
  return { type: 'apply', line, manifest };
}

function parseKubectl(r: Reader, node: unknown, line: number): Step | undefined {
  const text = r.string(node, 'kubectl', line);
  if (text === undefined) return undefined;
  const args = text.trim().replace(/^kubectl(\s+|$)/, '');
  if (args === '') return r.fail(line, "kubectl needs a command, e.g. 'kubectl: get pods'");
  if (/[\r\n]/.test(args)) return r.fail(line, 'kubectl takes one command on one line');
  return { type: 'kubectl', line, command: `kubectl ${args}` };
}
