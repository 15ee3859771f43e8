// Every frame's reason across scenarios/, rendered in English, equals the snapshot taken before reasons became
// ids (byte for byte). After an intended change to what the engine does or says, regenerate it with
//   UPDATE_REASON_SNAPSHOT=1 npx vitest run tests/reasons/english-snapshot.test.ts
// and read the diff: it shows every reason that changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { renderReason } from '../../src/sim/reasons';
import { formatReason } from '../../src/ui/i18n';
import { reasonLines, scenarioFrames } from './collect';

const snapshot = new URL('./english-reasons.snapshot.txt', import.meta.url);
let all: ReturnType<typeof scenarioFrames> = [];
let lines: string[] = [];
beforeAll(() => { all = scenarioFrames(); lines = reasonLines(renderReason, all); }, 120_000);

it('renders every scenario frame reason in English exactly as the snapshot', () => {
  if (process.env['UPDATE_REASON_SNAPSHOT']) writeFileSync(snapshot, lines.join('\n') + '\n');
  const want = readFileSync(snapshot, 'utf8').trimEnd().split('\n');
  const byFile = (xs: string[]) => {
    const m = new Map<string, string[]>();
    for (const l of xs) {
      const file = l.slice(0, l.indexOf(' '));
      m.set(file, [...(m.get(file) ?? []), l]);
    }
    return m;
  };
  const got = byFile(lines);
  // A scenario added since the snapshot is not compared (regenerate to include it); one removed is reported.
  const diff = [...byFile(want)].flatMap(([file, old]) => {
    const now = got.get(file) ?? [];
    const n = Math.max(old.length, now.length);
    return Array.from({ length: n }, (_, i) => i).filter((i) => old[i] !== now[i]).map((i) => `- ${old[i]}\n+ ${now[i]}`);
  });
  expect(diff.slice(0, 10)).toEqual([]);
});

it('leaves no placeholder unfilled and no id unrendered, in English and in Chinese', () => {
  const zh = reasonLines((r) => formatReason(r, 'zh'), all);
  expect(zh.filter((l) => /[\u4e00-\u9fff]/.test(l)).length).toBeGreaterThan(zh.length * 0.9);
  const bad = [...lines, ...zh].filter((l) => /\{\w+[},]|undefined|\b[a-z]+\.[a-z][A-Za-z]+$/.test(l.split(': ').slice(1).join(': ')));
  expect(bad.slice(0, 10)).toEqual([]);
});
