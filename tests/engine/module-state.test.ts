// Issue 15: no mutable module-level state in the engine. eslint.config.js forbids module-level `let`/`var` and
// Map/Set/WeakMap/WeakSet in src/sim; this test keeps that rule from being switched off line by line: no file in
// src/sim may disable it, except the timeline's two per-timeline memos (src/sim/timeline, owned by the page's
// time-slicing work; to be moved into the timeline object there).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../src/sim/', import.meta.url).pathname;
const ALLOWED = new Set(['timeline/timeline.ts', 'timeline/snapshot.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.(test|bench)\.ts$/.test(name) ? [path] : [];
  });
}

describe('module-level state in src/sim', () => {
  it('is never allowed by disabling the lint rule (outside the timeline memos)', () => {
    const offenders = sources(root)
      .filter((file) => /eslint-disable(-next-line)?\s+no-restricted-syntax/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file))
      .filter((file) => !ALLOWED.has(file));
    expect(offenders).toEqual([]);
  });
});
