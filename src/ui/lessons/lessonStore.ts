// The open lesson, the learner's progress and answers (kept across reloads), and moving between pages.
// The cluster itself lives in the app store (the workspace autosave keeps it); this store only remembers which
// page is open and where its checks start.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { runScenario } from '../../scenario';
import { realDeps } from '../../store/realDeps';
import { appStore } from '../../store/useAppStore';
import { t } from '../i18n';
import { pathToPage, tabsAt, type Lesson, type LessonPage } from './model';
import { DEFAULT_FILE_NAME } from '../../store/workspaceFiles';
import { runSteps } from './runSteps';

export const LESSONS_KEY = 'podium.lessons.v1';

export interface OpenLesson {
  readonly id: string;
  /** 0-based page. */
  readonly page: number;
  /** Actions in the workspace log when the page opened: the learner's own actions come after. */
  readonly baseActions: number;
  /** The frame at the playhead when the page opened. */
  readonly openFrame: number;
}

export interface LessonProgress {
  /** Furthest page reached (0-based). */
  readonly page: number;
  readonly done: boolean;
}

export interface LessonState {
  catalog: readonly Lesson[] | null;
  open: OpenLesson | null;
  menuOpen: boolean;
  progress: Readonly<Record<string, LessonProgress>>;
  /** `<lesson id>:<question line>` → chosen choice index. */
  answers: Readonly<Record<string, number>>;
}

const storage = (): Storage | undefined => {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
};

function load(): Pick<LessonState, 'open' | 'progress' | 'answers'> {
  const empty = { open: null, progress: {}, answers: {} };
  try {
    const data: unknown = JSON.parse(storage()?.getItem(LESSONS_KEY) ?? 'null');
    if (typeof data !== 'object' || data === null) return empty;
    const d = data as Partial<LessonState>;
    const open = d.open && typeof d.open.id === 'string' && Number.isInteger(d.open.page) && Number.isInteger(d.open.baseActions) && Number.isInteger(d.open.openFrame) ? d.open : null;
    const progress = typeof d.progress === 'object' && d.progress !== null ? d.progress : {};
    const answers = typeof d.answers === 'object' && d.answers !== null ? d.answers : {};
    return { open, progress, answers };
  } catch {
    return empty;
  }
}

export const lessonStore = createStore<LessonState>()(() => ({ catalog: null, menuOpen: false, ...load() }));
lessonStore.subscribe((s, prev) => {
  if (s.open === prev.open && s.progress === prev.progress && s.answers === prev.answers) return;
  try {
    storage()?.setItem(LESSONS_KEY, JSON.stringify({ open: s.open, progress: s.progress, answers: s.answers }));
  } catch {
    // storage full or disabled: progress lives for this visit only
  }
});

export function useLessons<T>(selector: (s: LessonState) => T): T {
  return useStore(lessonStore, selector);
}

export async function loadCatalog(): Promise<readonly Lesson[]> {
  const have = lessonStore.getState().catalog;
  if (have) return have;
  const { LESSONS } = await import('./catalog');
  lessonStore.setState({ catalog: LESSONS });
  return LESSONS;
}

export function currentLesson(s: LessonState = lessonStore.getState()): Lesson | undefined {
  return s.open ? s.catalog?.find((l) => l.id === s.open?.id) : undefined;
}

function record(id: string, page: number, done = false): void {
  const progress = lessonStore.getState().progress;
  const was = progress[id];
  const next = { page: Math.max(was?.page ?? 0, page), done: (was?.done ?? false) || done };
  if (was?.page === next.page && was.done === next.done) return;
  lessonStore.setState({ progress: { ...progress, [id]: next } });
}

/** Fill the editor as a page's `editor:` steps say, on the learner's own workspace (their other tabs stay). */
function applyEditorSteps(page: LessonPage): void {
  const app = appStore.getState;
  for (const e of page.editors) {
    if (!e.file) app().setText(e.manifest);
    else if (app().files.some((f) => f.name === e.file)) {
      app().selectFile(e.file);
      app().setText(e.manifest);
    } else app().addFile(e.file, e.manifest);
  }
}

/**
 * Open page n on a fresh cluster brought there along the lesson's solution path (what `podium check` runs),
 * with the page's set-up done. The learner then plays the timeline from the end of the set-up.
 */
export function openAt(lesson: Lesson, n: number): void {
  const page = Math.max(0, Math.min(n, lesson.pages.length - 1));
  const run = runScenario(pathToPage(lesson, page));
  const timeline = realDeps.timelineFromLog(run.log);
  const from = lesson.pages[page]!.from;
  const lastStep = run.records.filter((r) => r.type !== 'watch' && r.type !== 'end').at(-1);
  const at = lastStep ? lastStep.t : 0;
  const app = appStore.getState();
  const tabs = tabsAt(lesson, page, DEFAULT_FILE_NAME);
  app.resetWorkspace({ ...(tabs ? { files: tabs.files } : { text: '' }), config: lesson.scenario.cluster });
  if (tabs) appStore.getState().selectFile(tabs.active);
  appStore.setState({ timeline, playheadMs: at, liveEdgeMs: at });
  for (const r of run.records) {
    if (r.type === 'output' && r.step >= from) {
      app.print('command', `$ ${r.command}`);
      for (const text of (r.stdout + r.stderr).replace(/\n$/, '').split('\n')) if (text) app.print('stdout', text);
    }
  }
  const openFrame = realDeps.frameIndexAt(timeline, at);
  lessonStore.setState({ open: { id: lesson.id, page, baseActions: timeline.log.actions.length, openFrame }, menuOpen: false });
  record(lesson.id, page);
  if (timeline.frames.length > openFrame + 1) appStore.getState().play();
}

/** Next page: on the learner's own cluster when this page's checks held, else rebuilt along the solution path. */
export function nextPage(checksHeld: boolean): void {
  const s = lessonStore.getState();
  const lesson = currentLesson(s);
  if (!lesson || !s.open) return;
  const n = s.open.page + 1;
  if (n >= lesson.pages.length) return;
  if (!checksHeld) {
    openAt(lesson, n);
    appStore.getState().notify('info', t('lessonRebuilt'));
    return;
  }
  const page = lesson.pages[n]!;
  applyEditorSteps(page);
  runSteps(page.setup);
  const app = appStore.getState();
  const openFrame = app.timeline ? realDeps.frameIndexAt(app.timeline, app.playheadMs) : -1;
  lessonStore.setState({ open: { id: lesson.id, page: n, baseActions: app.timeline?.log.actions.length ?? 0, openFrame } });
  record(lesson.id, n);
}

export function previousPage(): void {
  const s = lessonStore.getState();
  const lesson = currentLesson(s);
  if (!lesson || !s.open || s.open.page === 0) return;
  openAt(lesson, s.open.page - 1);
}

/** Show me: the page's solution, performed at the playhead (as if the learner did it). */
export function showMe(): void {
  const lesson = currentLesson();
  const open = lessonStore.getState().open;
  if (!lesson || !open) return;
  const page = lesson.pages[open.page];
  if (!page) return;
  if (appStore.getState().timeline && appStore.getState().playheadMs < appStore.getState().liveEdgeMs) {
    appStore.getState().seek(appStore.getState().liveEdgeMs);
  }
  runSteps(page.solution);
  appStore.getState().play();
}

export function markDone(id: string): void {
  record(id, lessonStore.getState().progress[id]?.page ?? 0, true);
}

export function closeLesson(): void {
  lessonStore.setState({ open: null });
}

export function answer(lessonId: string, line: number, choice: number): void {
  lessonStore.setState({ answers: { ...lessonStore.getState().answers, [`${lessonId}:${line}`]: choice } });
}
