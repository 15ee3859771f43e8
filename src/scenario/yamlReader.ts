// Small helpers to read a YAML AST with line numbers and collect problems (one message per mistake).
import { isAlias, isMap, isScalar, isSeq, type LineCounter, type Pair, type YAMLMap } from 'yaml';
import type { ScenarioError } from './types';

export class Reader {
  readonly errors: ScenarioError[] = [];
  constructor(private readonly lines: LineCounter) {}

  /** 1-based line of a node (or of `fallback` when the node has no position, e.g. an empty value). */
  lineOf(node: unknown, fallback = 1): number {
    const range = (node as { range?: readonly number[] } | null)?.range;
    return range && range[0] !== undefined ? this.lines.linePos(range[0]).line : fallback;
  }

  fail(line: number, message: string): undefined {
    this.errors.push({ line, message });
    return undefined;
  }

  /** The node as a mapping, or an error naming `what` it should be. */
  map(node: unknown, what: string, line: number): YAMLMap | undefined {
    if (isMap(node)) return node;
    return this.fail(this.lineOf(node, line), `${what} must be a mapping, found ${describe(node)}`);
  }

  /** The mapping's pairs as [key, value-node, key-line]; unknown keys and non-string keys are reported. */
  entries(m: YAMLMap, allowed: readonly string[], where: string): Array<[string, unknown, number]> {
    const out: Array<[string, unknown, number]> = [];
    for (const pair of m.items as Pair[]) {
      const line = this.lineOf(pair.key, this.lineOf(m));
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) {
        this.fail(line, `${where}: keys must be plain names`);
      } else if (!allowed.includes(key)) {
        this.fail(line, unknownName(`key '${key}' in ${where}`, key, allowed));
      } else {
        out.push([key, pair.value, line]);
      }
    }
    return out;
  }

  string(node: unknown, what: string, line: number): string | undefined {
    if (isScalar(node) && typeof node.value === 'string') return node.value;
    return this.fail(this.lineOf(node, line), `${what} must be a string, found ${describe(node)}`);
  }

  /** An integer in [min, max]. */
  integer(node: unknown, what: string, line: number, min: number, max: number): number | undefined {
    const v = isScalar(node) ? node.value : undefined;
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      return this.fail(this.lineOf(node, line), `${what} must be an integer, found ${describe(node)}`);
    }
    if (v < min || v > max) return this.fail(this.lineOf(node, line), `${what} must be between ${min} and ${max}, found ${v}`);
    return v;
  }

  boolean(node: unknown, what: string, line: number): boolean | undefined {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    return this.fail(this.lineOf(node, line), `${what} must be true or false, found ${describe(node)}`);
  }
}

/** `a mapping`, `a list`, `the string 'x'`, `the number 3`, `nothing`: what a value is, for messages. */
export function describe(node: unknown): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return 'an alias';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'nothing';
    if (typeof v === 'string') return `the string '${v.length > 40 ? v.slice(0, 40) + '…' : v}'`;
    if (typeof v === 'number') return `the number ${v}`;
    if (typeof v === 'boolean') return `${v}`;
  }
  return 'an unsupported value';
}

/** "unknown X (did you mean 'y'?)" or "unknown X (expected one of: a, b)". */
export function unknownName(what: string, name: string, allowed: readonly string[]): string {
  let near: string | undefined;
  let best = 3;
  for (const a of allowed) {
    const d = editDistance(a.toLowerCase(), name.toLowerCase());
    if (d < best) [near, best] = [a, d];
  }
  return near ? `unknown ${what} (did you mean '${near}'?)` : `unknown ${what} (expected one of: ${allowed.join(', ')})`;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

