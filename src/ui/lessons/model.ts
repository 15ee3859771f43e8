// A lesson as the page uses it: a parsed lesson scenario split into pages (DESIGN "Lessons"). Pure.
//
// On a page, the ordinary steps (apply, kubectl, wait, fault) before its first task or question are its set-up:
// they run when the page opens. Ordinary steps after a task belong to the solution path (Show me runs them
// after the task's solution). `editor:` fills the editor when the page opens (a named tab, or the active one).
import type { Scenario, Step } from '../../scenario';
import type { LocalText } from '../../scenario/text';

export type ExpectStep = Extract<Step, { type: 'expect' }>;
export type TaskStep = Extract<Step, { type: 'task' }>;
export type QuestionStep = Extract<Step, { type: 'question' }>;
export type EditorStep = Extract<Step, { type: 'editor' }>;

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
  /** The page's `editor:` steps, in order: what the editor's tabs get when it opens. */
  readonly editors: readonly EditorStep[];
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
  items.forEach((s, i) => {
    if (s.type === 'task') solution.push(...s.solution);
    else if (ORDINARY.has(s.type)) (firstAct < 0 || i < firstAct ? setup : solution).push(s);
  });
  return {
    title, from, to, items, setup, solution,
    checks: items.filter((s): s is ExpectStep => s.type === 'expect'),
    editors: items.filter((s): s is EditorStep => s.type === 'editor'),
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

/** The editor's tabs as page `n` opens on a fresh workspace, and the active one; undefined when no page up to n
 * has an `editor:` step. A named step fills (or makes) its tab and shows it; an unnamed one fills the active tab
 * (`defaultName` when there is none yet). */
export function tabsAt(lesson: Lesson, n: number, defaultName: string): { files: { name: string; text: string }[]; active: string } | undefined {
  const files: { name: string; text: string }[] = [];
  let active: string | undefined;
  for (const page of lesson.pages.slice(0, n + 1)) {
    for (const e of page.editors) {
      const name = e.file ?? active ?? defaultName;
      const at = files.findIndex((f) => f.name === name);
      if (at >= 0) files[at] = { name, text: e.manifest };
      else files.push({ name, text: e.manifest });
      active = name;
    }
  }
  return active === undefined ? undefined : { files, active };
}
