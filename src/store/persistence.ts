// Workspace persistence: editor text + action log + playhead in localStorage. Corrupt data never crashes the page.
import type { Timeline, WorkspaceLog } from '../sim';
import type { Deps } from './deps';
import type { AppState } from './types';

export const STORAGE_KEY = 'podium.workspace.v1';

export interface SavedWorkspace {
  readonly version: 1;
  readonly text: string;
  readonly log: WorkspaceLog;
  readonly playheadMs: number;
  readonly liveEdgeMs: number;
  readonly speed: number;
}

/** The part of Storage we use (so tests can pass a Map-backed fake). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly saved: SavedWorkspace }
  | { readonly kind: 'corrupt'; readonly reason: string; readonly text?: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function isLog(v: unknown): v is WorkspaceLog {
  if (!isObject(v) || typeof v.seed !== 'number' || !isObject(v.config) || !Array.isArray(v.actions)) return false;
  return v.actions.every((a: unknown) => isObject(a) && typeof a.afterFrame === 'number' && isTime(a.atMs)
    && isObject(a.request) && typeof a.request.type === 'string' && typeof a.command === 'string');
}

export function loadWorkspace(storage: KeyValueStorage | undefined): LoadResult {
  let raw: string | null;
  try {
    raw = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', reason: 'not valid JSON' };
  }
  return parseWorkspace(data);
}

/** Check a workspace read from storage or from a share link; anything malformed is `corrupt`, never a throw. */
export function parseWorkspace(data: unknown): LoadResult {
  if (!isObject(data)) return { kind: 'corrupt', reason: 'not a workspace' };
  const text = typeof data.text === 'string' ? data.text : undefined;
  if (data.version !== 1) return { kind: 'corrupt', reason: 'unknown version', text };
  if (!isLog(data.log)) return { kind: 'corrupt', reason: 'the action log is damaged', text };
  if (text === undefined || !isTime(data.playheadMs) || !isTime(data.liveEdgeMs)) return { kind: 'corrupt', reason: 'fields are missing', text };
  const speed = typeof data.speed === 'number' && Number.isFinite(data.speed) ? data.speed : 2;
  return { kind: 'ok', saved: { version: 1, text, log: data.log, playheadMs: data.playheadMs, liveEdgeMs: data.liveEdgeMs, speed } };
}

/** What a workspace is made of, taken from the store state (what autosave writes and a share link carries). */
export function workspaceOf(s: Pick<AppState, 'text' | 'timeline' | 'playheadMs' | 'liveEdgeMs' | 'speed'>): SavedWorkspace | undefined {
  if (!s.timeline) return undefined;
  return { version: 1, text: s.text, log: s.timeline.log, playheadMs: s.playheadMs, liveEdgeMs: s.liveEdgeMs, speed: s.speed };
}

/** Rebuild the timeline from a saved log and make sure it reaches the saved live edge. Throws if the engine refuses. */
/**
 * With `overBudget`, the live edge is reached in steps of an hour of simulated time and the rebuild stops (throws)
 * as soon as it says so: a workspace from elsewhere (a share link) must not hold the page for long.
 */
export function rebuildTimeline(
  saved: SavedWorkspace, deps: Pick<Deps, 'timelineFromLog' | 'extend'>, overBudget?: () => boolean,
): Timeline {
  let tl = deps.timelineFromLog(saved.log);
  const STEP_MS = 3_600_000;
  while (!tl.stable && tl.computedUntilMs < saved.liveEdgeMs) {
    if (overBudget?.()) throw new Error('replaying it takes too long');
    tl = deps.extend(tl, overBudget ? Math.min(saved.liveEdgeMs, tl.computedUntilMs + STEP_MS) : saved.liveEdgeMs);
  }
  return tl;
}

export function saveWorkspace(storage: KeyValueStorage | undefined, ws: Omit<SavedWorkspace, 'version'>): boolean {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify({ version: 1, ...ws }));
    return true;
  } catch {
    return false; // quota exceeded or storage disabled: keep working in memory
  }
}

export function clearWorkspace(storage: KeyValueStorage | undefined): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // storage disabled: nothing to clear
  }
}

export const PREFS_KEY = 'podium.prefs.v1';

/** Saved UI preferences (theme, language, pane sizes), or undefined. Never throws; callers sanitize the values. */
export function loadPrefs(storage: KeyValueStorage | undefined): Record<string, unknown> | undefined {
  try {
    const raw = storage?.getItem(PREFS_KEY);
    const data: unknown = raw ? JSON.parse(raw) : undefined;
    return isObject(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

export function savePrefs(storage: KeyValueStorage | undefined, prefs: object): void {
  try {
    storage?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // storage full or disabled: preferences live for this visit only
  }
}

/** A storage that keeps only the preferences: a workspace is neither read from it nor saved to it. */
export function prefsOnly(storage: KeyValueStorage | undefined): KeyValueStorage | undefined {
  if (!storage) return undefined;
  return {
    getItem: (key) => (key === PREFS_KEY ? storage.getItem(key) : null),
    setItem: (key, value) => void (key === PREFS_KEY && storage.setItem(key, value)),
    removeItem: (key) => void (key === PREFS_KEY && storage.removeItem(key)),
  };
}
