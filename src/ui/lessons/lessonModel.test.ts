// The page's lesson model and checks, on the real engine: pages and their set-up/solution split, the path to a
// page, and the checks evaluated frame by frame from the learner's action.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../scenario';
import { renderReason, snapshotAt, timelineFromLog } from '../../sim';
import { planKubectl } from '../../kubectl';
import { evaluateChecks } from './checks';
import { lessonOf, pathToPage, tabsAt } from './model';

const seedText = readFileSync(new URL('../../../lessons/01-seed-sts-vs-deployment.yaml', import.meta.url), 'utf8');
const parsed = parseScenario(seedText, 'seed.yaml');
if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
const lesson = lessonOf(parsed.scenario)!;

describe('lessonOf', () => {
  it('splits the seed lesson into its pages, each with its editor text, tasks and checks', () => {
    expect(lesson.pages.map((p) => p.title.en)).toEqual([
      'Stateless and stateful', 'Hand-made volumes', 'The StatefulSet', 'The Deployment', 'Delete a StatefulSet Pod',
      'Delete a Deployment Pod', 'A partitioned update', 'Finish the canary', 'Delete both', 'podManagementPolicy: Parallel',
    ]);
    const volumes = lesson.pages[1]!;
    expect(volumes.editors.map((e) => e.file)).toEqual(['statefulset-pv.yaml']);
    expect(volumes.editors[0]!.manifest).toContain('name: test-0');
    expect(volumes.setup).toEqual([]);
    expect(volumes.solution.map((s) => s.type)).toEqual(['apply']);
    expect(volumes.checks).toHaveLength(3);
    expect(lesson.pages[0]!.hasTask).toBe(false);
  });

  it('reaches a page along the solution path: everything before it, then its set-up', () => {
    const run = runScenario(pathToPage(lesson, 4));
    const pods = Object.keys(run.state.objects.Pod ?? {});
    expect(pods.filter((k) => k.includes('statefulset-test'))).toHaveLength(3);
    expect(pods.filter((k) => k.includes('mynginx'))).toHaveLength(3);
    expect(run.records.filter((r) => r.type === 'expect').every((r) => r.type === 'expect' && r.met)).toBe(true);
  });
});

describe('tabsAt: the editor tabs a page opens with', () => {
  it('named editor steps make tabs named as the narration names the files; the latest one is active', () => {
    const at = (n: number) => { const t = tabsAt(lesson, n, 'web.yaml')!; return { names: t.files.map((f) => f.name), active: t.active }; };
    expect(tabsAt(lesson, 0, 'web.yaml')).toBeUndefined();
    expect(at(1)).toEqual({ names: ['statefulset-pv.yaml'], active: 'statefulset-pv.yaml' });
    expect(at(2)).toEqual({ names: ['statefulset-pv.yaml', 'test-statefulset.yaml'], active: 'test-statefulset.yaml' });
    expect(at(3)).toEqual({ names: ['statefulset-pv.yaml', 'test-statefulset.yaml', 'test-deployment.yaml'], active: 'test-deployment.yaml' });
    const partition = tabsAt(lesson, 6, 'web.yaml')!;
    expect(partition.active).toBe('test-statefulset.yaml');
    expect(partition.files.find((f) => f.name === 'test-statefulset.yaml')!.text).toBe(lesson.pages[6]!.editors[0]!.manifest);
  });

  it('an unnamed editor step (the old form) fills the active tab, or the default one', () => {
    const text = `title: {en: t, zh-CN: t}
lesson: {id: t, summary: {en: s, zh-CN: s}}
steps:
  - editor: |
      kind: A
  - page: {en: two, zh-CN: two}
  - editor:
      file: b.yaml
      text: |
        kind: B
  - page: {en: three, zh-CN: three}
  - editor: |
      kind: C
`;
    const p = parseScenario(text, 't.yaml');
    if (!p.ok) throw new Error(p.errors.map((e) => e.message).join('\n'));
    const l = lessonOf(p.scenario)!;
    expect(tabsAt(l, 0, 'web.yaml')).toEqual({ files: [{ name: 'web.yaml', text: 'kind: A\n' }], active: 'web.yaml' });
    expect(tabsAt(l, 2, 'web.yaml')).toEqual({ files: [{ name: 'web.yaml', text: 'kind: A\n' }, { name: 'b.yaml', text: 'kind: C\n' }], active: 'b.yaml' });
  });

  it('headlessly a named editor step is a workspace file: a solution may `kubectl apply -f` it', () => {
    const text = `steps:
  - editor:
      file: pod.yaml
      text: |
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec: {containers: [{name: c, image: nginx}]}
  - kubectl: apply -f pod.yaml
`;
    const p = parseScenario(text, 't.yaml');
    if (!p.ok) throw new Error(p.errors.map((e) => e.message).join('\n'));
    const out = runScenario(p.scenario).records.find((r) => r.type === 'output');
    expect(out && out.type === 'output' ? out.stdout : '').toBe('pod/p created\n');
  });

  it('a mapping without file or text is refused with the line', () => {
    const p = parseScenario('steps:\n  - editor: {file: a.yaml}\n', 't.yaml');
    expect(p.ok ? [] : p.errors.map((e) => `${e.line}: ${e.message}`)).toEqual(["2: editor as a mapping needs 'file: NAME' and 'text: |' (or write `editor: |` for the active tab)"]);
    const q = parseScenario('steps:\n  - editor: {file: "a b.yaml", text: "kind: X"}\n', 't.yaml');
    expect(q.ok ? [] : q.errors.map((e) => e.message)).toEqual(["editor.file: 'a b.yaml' is not a usable file name (letters, digits, '.', '-', '_' and '/', no spaces)"]);
  });
});

describe('evaluateChecks', () => {
  it('waits for the learner, then finds each check in order, frame by frame, with the frame that passed it', () => {
    const page = lesson.pages[4]!; // delete statefulset-test-2: Deleted, then Ready again
    const before = runScenario(pathToPage(lesson, 4));
    const base = before.log.actions.length;
    const after = runScenario({ ...pathToPage(lesson, 4), steps: [...pathToPage(lesson, 4).steps, ...page.solution] });
    const tl = timelineFromLog(after.log);
    const input = { timeline: tl, checks: page.checks.map((c) => c.expect), snapshotAt, kubectl: { planKubectl }, startIsAction: true };
    const last = tl.frames.length - 1;
    expect(evaluateChecks({ ...input, index: last, start: undefined }).map((c) => c.met)).toEqual([false, false]);
    const action = tl.log.actions[base]!;
    const start = action.afterFrame + 1;
    const done = evaluateChecks({ ...input, index: last, start });
    expect(done.map((c) => c.met)).toEqual([true, true]);
    expect(renderReason(done[0]!.frame!.cause.why)).toMatch(/statefulset-test-2 is gone/);
    expect(renderReason(done[1]!.frame!.cause.why)).toMatch(/statefulset-test-2 is Running and Ready/);
    // At the learner's action itself, the Pod is only Terminating: nothing has passed yet.
    expect(evaluateChecks({ ...input, index: start, start }).map((c) => c.met)).toEqual([false, false]);
  });
});
