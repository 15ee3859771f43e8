// A lesson as the page uses it: a parsed lesson scenario split into pages (DESIGN "Lessons"). Pure.
//
// On a page, the ordinary steps (apply, kubectl, wait, fault) before its first task or question are its set-up:
// they run when the page opens. Ordinary steps after a task belong to the solution path (Show me runs them
// after the task's solution). `editor:` fills the editor when the page opens.
import type { Scenario, Step } from '../../scenario';
import type { LocalText } from '../../scenario/text';

export type ExpectStep = Extract<Step, { type: 'expect' }>;
export type TaskStep = Extract<Step, { type: 'task' }>;
export type QuestionStep = Extract<Step, { type: 'question' }>;

export interface LessonPage {
  readonly title: LocalText;
  /** Index of this page's first step in `scenario.steps` (its `page:` step, or 0 for page 1). */
  readonly from: number;
  /** One past this page's last step. */
  readonly to: number;
  /** Everything shown, in file order. */
  readonly items: readonly Step[];
  readonly setup: readonly Step[];
  /** What Show me runs: every task's solution, and the ordinary steps after the first task, in order. */
  readonly solution: readonly Step[];
  readonly checks: readonly ExpectStep[];
  readonly editor?: string;
  readonly hasTask: boolean;
}

export interface Lesson {
  readonly scenario: Scenario;
  readonly id: string;
  readonly pages: readonly LessonPage[];
}

const ORDINARY = new Set<Step['type']>(['apply', 'kubectl', 'wait', 'fault']);

export function lessonOf(scenario: Scenario): Lesson | undefined {
  if (!scenario.lesson) return undefined;
  const steps = scenario.steps;
  const starts: number[] = [];
  steps.forEach((s, i) => {
    if (s.type === 'page') starts.push(i);
  });
  if (starts[0] !== 0) starts.unshift(0);
  const pages = starts.map((from, k) => pageOf(scenario, from, starts[k + 1] ?? steps.length));
  return { scenario, id: scenario.lesson.id, pages };
}

function pageOf(scenario: Scenario, from: number, to: number): LessonPage {
  const steps = scenario.steps.slice(from, to);
  const head = steps[0];
  const title = head?.type === 'page' ? head.title : scenario.titles ?? { en: scenario.title ?? scenario.lesson?.id ?? '' };
  const items = steps.filter((s) => s.type !== 'page');
  const firstAct = items.findIndex((s) => s.type === 'task' || s.type === 'question');
  const setup: Step[] = [];
  const solution: Step[] = [];
  let editor: string | undefined;
  items.forEach((s, i) => {
    if (s.type === 'editor') editor = s.manifest;
    if (s.type === 'task') solution.push(...s.solution);
    else if (ORDINARY.has(s.type)) (firstAct < 0 || i < firstAct ? setup : solution).push(s);
  });
  return {
    title, from, to, items, setup, solution,
    checks: items.filter((s): s is ExpectStep => s.type === 'expect'),
    ...(editor === undefined ? {} : { editor }),
    hasTask: items.some((s) => s.type === 'task'),
  };
}

/**
 * The scenario that brings a fresh cluster to the opening of page `n` (0-based) along the solution path:
 * every step of the pages before it (tasks run their solutions, checks wait), then page n's set-up.
 */
export function pathToPage(lesson: Lesson, n: number): Scenario {
  const page = lesson.pages[n];
  const before = page ? lesson.scenario.steps.slice(0, page.from) : lesson.scenario.steps;
  return { ...lesson.scenario, steps: [...before, ...(page?.setup ?? [])] };
}
