// Lessons (DESIGN "Lessons"): the lesson parts of the format, `podium check` output and exit codes, and the
// `{"type":"expect"}` lines of `podium run --json`. Every shipped lesson is checked by `npm run test:lessons`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario';
import { cli, jsonLines } from './helpers';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: solo
spec:
  containers:
  - name: c
    image: nginx`;

const indent = (text: string, n: number) => text.split('\n').map((l) => ' '.repeat(n) + l).join('\n');

/** A small lesson: one page, one task, then the given expect lines. */
function lesson(expects: string): string {
  return `title: {en: Solo, zh-CN: 单个 Pod}
lesson:
  id: solo
  summary: {en: One pod., zh-CN: 一个 Pod。}
steps:
  - page: {en: Start, zh-CN: 开始}
  - note: {en: "Run \`kubectl get pods\`.", zh-CN: "运行 \`kubectl get pods\`。"}
  - editor: |
${indent(POD, 6)}
  - task: {en: Apply it., zh-CN: 应用它。}
    solution:
      - apply: |
${indent(POD, 10)}
${expects}
`;
}

const GOOD = lesson(`  - expect: {for: pod/solo, condition: Ready, timeout: 1m}
  - expect: {kubectl: get pods, matches: "solo +1/1 +Running"}`);
const IMPOSSIBLE = lesson(`  - expect: {for: pod/solo, condition: Ready}
  - expect: {kubectl: get pod solo -o wide, contains: node-9, timeout: 30s}`);

describe('podium check', () => {
  it('passes a lesson whose checks hold: ok FILE:LINE per check, then the counts, exit 0', async () => {
    const run = await cli(['check', 'good.yaml'], { 'good.yaml': GOOD });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('ok good.yaml:28 pod/solo Ready\nok good.yaml:29 kubectl get pods matches /solo +1/1 +Running/\n2 passed, 0 failed\n');
    expect(run.code).toBe(0);
  });

  it('fails a lesson whose expectation cannot hold, saying what was expected and what was seen', async () => {
    const run = await cli(['check', 'bad.yaml'], { 'bad.yaml': IMPOSSIBLE });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('ok bad.yaml:28 pod/solo Ready');
    expect(lines[1]).toBe('FAIL bad.yaml:29 kubectl get pod solo -o wide contains "node-9": expected within 30s, saw:');
    expect(run.stdout).toMatch(/^ {4}solo +1\/1 +Running/m);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed');
  });

  it('reports a mistake as FILE:LINE: reason before anything runs, and counts the file as failed', async () => {
    const broken = GOOD.replace('condition: Ready, timeout: 1m', 'condition: Redy, timeout: 1m');
    const run = await cli(['check', 'good.yaml', 'broken.yaml'], { 'good.yaml': GOOD, 'broken.yaml': broken });
    expect(run.stderr).toBe("broken.yaml:28: unknown condition 'Redy' (did you mean 'Ready'?)\n");
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('2 passed, 1 failed');
    expect(run.code).toBe(1);
  });

  it('needs at least one file', async () => {
    expect((await cli(['check'])).code).toBe(2);
  });
});

describe('docs/lessons.md', () => {
  it('its complete example is a lesson that passes podium check', async () => {
    const doc = readFileSync(new URL('../../docs/lessons.md', import.meta.url), 'utf8');
    const example = /### A complete example\n\n```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const run = await cli(['check', 'example.yaml'], { 'example.yaml': example });
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('2 passed, 0 failed');
    expect(run.code).toBe(0);
  });
});

describe('podium run on a lesson', () => {
  it('follows the solution path and reports each check as an expect line', async () => {
    const run = await cli(['run', 'bad.yaml', '--json'], { 'bad.yaml': IMPOSSIBLE });
    expect(run.code).toBe(0);
    const checks = jsonLines(run.stdout).filter((l) => (l as { type: string }).type === 'expect') as unknown as Record<string, unknown>[];
    expect(checks.map((c) => Object.keys(c))).toEqual([['type', 't', 'step', 'line', 'met', 'message'], ['type', 't', 'step', 'line', 'met', 'message']]);
    expect(checks.map((c) => [c.line, c.met, c.step])).toEqual([[28, true, 4], [29, false, 5]]);
    expect(jsonLines(run.stdout).some((l) => l.type === 'output' && l.command === 'kubectl apply -f -')).toBe(true);
  });
});

describe('lesson format errors', () => {
  const errors = (text: string) => {
    const r = parseScenario(text, 'l.yaml');
    return r.ok ? [] : r.errors.map((e) => `${e.line}: ${e.message}`);
  };
  it('requires every text in every language', () => {
    expect(errors(GOOD.replace('{en: Apply it., zh-CN: 应用它。}', 'Apply it.'))).toEqual(['17: task has no zh-CN text (a lesson\'s texts exist in every language)']);
  });
  it('requires a solution for a task, and checks lesson ids and languages', () => {
    expect(errors(GOOD.replace(/ {4}solution:\n(?: {6,}.*\n)+/, ''))).toEqual(["17: task needs 'solution:' (the steps that do it: what Show me and podium check run)"]);
    expect(errors(GOOD.replace('id: solo', 'id: Solo!'))).toEqual(["3: lesson.id must be letters a-z, digits and '-', found 'Solo!'"]);
    expect(errors(GOOD.replace('zh-CN: 开始', 'zh: 开始'))).toEqual([
      "6: unknown language 'zh' in page (did you mean 'en'?)",
      "6: page has no zh-CN text (a lesson's texts exist in every language)",
    ]);
  });
  it('checks questions: two choices or more, one of them correct', () => {
    const q = (choices: string) => GOOD.replace('  - task:', `  - question: {en: Which?, zh-CN: 哪个？}\n    choices:\n${choices}\n  - task:`);
    const c = (correct: boolean) => `      - {text: {en: A, zh-CN: 甲}, explain: {en: Because., zh-CN: 因为。}${correct ? ', correct: true' : ''}}`;
    expect(errors(q([c(true), c(false)].join('\n')))).toEqual([]);
    expect(errors(q([c(false), c(false)].join('\n')))).toEqual(["18: a question needs at least one choice with 'correct: true'"]);
    expect(errors(q(c(true)))).toEqual(['18: a question needs at least two choices, found 1']);
  });
  it('rejects a kubectl expect without contains or matches, and a bad regular expression', () => {
    expect(errors(GOOD.replace('matches: "solo +1/1 +Running"', 'timeout: 1m'))).toEqual(["29: expect with 'kubectl' needs 'contains: <text>' or 'matches: <regular expression>'"]);
    expect(errors(GOOD.replace('matches: "solo +1/1 +Running"', 'matches: "solo +("'))).toEqual([expect.stringMatching(/^29: expect.matches is not a valid regular expression/)]);
  });
});
