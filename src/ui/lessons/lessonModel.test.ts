// The page's lesson model and checks, on the real engine: pages and their set-up/solution split, the path to a
// page, and the checks evaluated frame by frame from the learner's action.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../scenario';
import { renderReason, snapshotAt, timelineFromLog } from '../../sim';
import { planKubectl } from '../../kubectl';
import { evaluateChecks } from './checks';
import { lessonOf, pathToPage } from './model';

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
    expect(volumes.editor).toContain('name: test-0');
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
