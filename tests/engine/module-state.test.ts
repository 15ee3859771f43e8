// Issue 15: no mutable module-level state in the engine. eslint.config.js forbids module-level `let`/`var` and
// Map/Set/WeakMap/WeakSet in src/sim; this test keeps the rule on (it must flag such state in a src/sim file) and
// keeps it from being switched off line by line: no file in src/sim may disable it. Caches and indexes live in
// explicit per-run objects instead: the working copy (engine/work.ts), a timeline's run (timeline/timeline.ts), or
// one sync's context (controllers/statefulset/syncContext.ts, its claim index).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repo = new URL('../../', import.meta.url).pathname;
const root = join(repo, 'src/sim/');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.(test|bench)\.ts$/.test(name) ? [path] : [];
  });
}

describe('module-level state in src/sim', () => {
  it('is never allowed by disabling the lint rule', () => {
    const offenders = sources(root)
      .filter((file) => /eslint-disable(-next-line)?\s+no-restricted-syntax/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('is flagged by the lint rule: module-level let, var and Map/Set/WeakMap/WeakSet, not constants', async () => {
    const eslint = new ESLint({ cwd: repo });
    const code = [
      'let hits = 0;',
      'var misses = 0;',
      'const byName = new Map<string, number>();',
      'export const seen = new WeakMap<object, number>();',
      'export const KINDS: ReadonlySet<string> = new Set(["Pod"]);',
      'export function f(): number { let local = hits + misses + byName.size; const m = new Map(); local += m.size; return local + (seen.has(f) ? 1 : 0); }',
    ].join('\n');
    const [result] = await eslint.lintText(code, { filePath: join(root, 'controllers/probe.ts') });
    const lines = result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line);
    expect(lines).toEqual([1, 2, 3, 4]);
  }, 60_000);
});
