// Workspace persistence: editor text + action log + playhead in localStorage. Corrupt data never crashes the page.
import type { Timeline, WorkspaceLog } from '../sim';
import type { Deps } from './deps';
import type { AppState } from './types';
import { readFiles, type WorkspaceFile } from './workspaceFiles';

export const STORAGE_KEY = 'podium.workspace.v1';

export interface SavedWorkspace {
  readonly version: 1;
  readonly text: string;
  /** The editor's tabs (absent in workspaces saved before tabs: one tab holds `text`). */
  readonly files?: readonly WorkspaceFile[];
  readonly activeFile?: string;
  readonly log: WorkspaceLog;
  readonly playheadMs: number;
  readonly liveEdgeMs: number;
  readonly speed: number;
}

/** The part of Storage we use (so tests can pass a Map-backed fake). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Why a saved workspace was refused or trimmed: i18n keys (ui/i18n/graph.*.ts), said in plain words. */
export type RestoreProblem =
  | { readonly key: 'restoreNotJson' | 'restoreNotWorkspace' | 'restoreVersion' | 'restoreNoText' | 'restoreBadConfig' | 'restorePlayhead' | 'restoreSpeed' | 'restoreReplay' }
  | { readonly key: 'restoreActions'; readonly dropped: number; readonly total: number; readonly first: number };

export type LoadResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly saved: SavedWorkspace; readonly dropped: readonly RestoreProblem[] }
  | { readonly kind: 'corrupt'; readonly problem: RestoreProblem; readonly text?: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_SAVED_MS;
const isInt = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
/** A saved time beyond this (a year of simulated time) is absurd: Podium's timelines are minutes to hours long. */
const MAX_SAVED_MS = 365 * 24 * 3_600_000;
const REQUEST_TYPES = new Set(['apply', 'create', 'replace', 'delete', 'scale', 'patch', 'fault']);

function isConfig(v: unknown): boolean {
  if (!isObject(v) || !isInt(v.nodes, 1, 50) || (v.defaultStorageClass !== 'standard' && v.defaultStorageClass !== 'none')) return false;
  return v.featureGates === undefined || (isObject(v.featureGates) && Object.values(v.featureGates).every((g) => typeof g === 'boolean'));
}

function isRequest(v: unknown): boolean {
  if (!isObject(v) || typeof v.type !== 'string' || !REQUEST_TYPES.has(v.type)) return false;
  const ref = (r: unknown) => isObject(r) && typeof r.kind === 'string' && typeof r.name === 'string' && typeof r.namespace === 'string';
  switch (v.type) {
    case 'apply': case 'create': case 'replace': return Array.isArray(v.objects) && v.objects.every((o) => isObject(o) && typeof o.kind === 'string' && isObject(o.metadata));
    case 'delete': return Array.isArray(v.targets) && v.targets.every(ref);
    case 'scale': return ref(v.target) && isInt(v.replicas, -(2 ** 31), 2 ** 31);
    case 'patch': return ref(v.target) && ['strategic', 'merge', 'json'].includes(String(v.patchType));
    default: return isObject(v.fault) && typeof v.fault.type === 'string';
  }
}

/** The actions up to the first damaged one (later actions depend on earlier ones), in time order. */
function validActions(v: unknown[]): { actions: WorkspaceLog['actions']; firstBad: number } {
  let prevAt = 0;
  let prevFrame = -1;
  for (let i = 0; i < v.length; i++) {
    const a = v[i];
    const ok = isObject(a) && isInt(a.afterFrame, -1, 10_000_000) && isTime(a.atMs) && a.atMs >= prevAt && a.afterFrame >= prevFrame
      && typeof a.command === 'string' && isRequest(a.request);
    if (!ok) return { actions: v.slice(0, i) as unknown as WorkspaceLog['actions'], firstBad: i };
    prevAt = a.atMs as number;
    prevFrame = a.afterFrame as number;
  }
  return { actions: v as unknown as WorkspaceLog['actions'], firstBad: -1 };
}

/** Read and check every value of a saved workspace. What cannot be trusted is dropped and listed in `dropped`. */
export function parseSaved(raw: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', problem: { key: 'restoreNotJson' } };
  }
  return parseWorkspace(data);
}

/** Check a workspace read from storage or from a share link; anything malformed is `corrupt`, never a throw. */
export function parseWorkspace(data: unknown): LoadResult {
  if (!isObject(data)) return { kind: 'corrupt', problem: { key: 'restoreNotWorkspace' } };
  const text = typeof data.text === 'string' ? data.text : undefined;
  const keep = text === undefined ? {} : { text };
  if (data.version !== 1) return { kind: 'corrupt', problem: { key: 'restoreVersion' }, ...keep };
  if (text === undefined) return { kind: 'corrupt', problem: { key: 'restoreNoText' } };
  const log = data.log;
  if (!isObject(log) || !isInt(log.seed, 0, 2 ** 32) || !Array.isArray(log.actions)) return { kind: 'corrupt', problem: { key: 'restoreNotWorkspace' }, text };
  if (!isConfig(log.config)) return { kind: 'corrupt', problem: { key: 'restoreBadConfig' }, text };
  const dropped: RestoreProblem[] = [];
  const { actions, firstBad } = validActions(log.actions);
  if (firstBad >= 0) dropped.push({ key: 'restoreActions', dropped: log.actions.length - firstBad, total: log.actions.length, first: firstBad + 1 });
  const lastAt = actions.length ? actions[actions.length - 1]!.atMs : 0;
  let liveEdgeMs = isTime(data.liveEdgeMs) && firstBad < 0 ? Math.max(data.liveEdgeMs, lastAt) : lastAt;
  let playheadMs = isTime(data.playheadMs) ? data.playheadMs : liveEdgeMs;
  if (!isTime(data.liveEdgeMs) || !isTime(data.playheadMs) || playheadMs > liveEdgeMs) {
    if (firstBad < 0) dropped.push({ key: 'restorePlayhead' });
    liveEdgeMs = isTime(data.liveEdgeMs) && firstBad < 0 ? Math.max(data.liveEdgeMs, lastAt) : lastAt;
    playheadMs = liveEdgeMs;
  }
  const speedOk = typeof data.speed === 'number' && Number.isFinite(data.speed) && data.speed > 0 && data.speed <= 100;
  if (data.speed !== undefined && !speedOk) dropped.push({ key: 'restoreSpeed' });
  const files = readFiles(data.files);
  const activeFile = typeof data.activeFile === 'string' && files?.some((f) => f.name === data.activeFile) ? data.activeFile : undefined;
  const saved: SavedWorkspace = {
    version: 1, text, ...(files ? { files } : {}), ...(activeFile ? { activeFile } : {}), log: { seed: log.seed, config: log.config as unknown as WorkspaceLog['config'], actions }, playheadMs, liveEdgeMs,
    speed: speedOk ? data.speed as number : 2,
  };
  return { kind: 'ok', saved, dropped };
}

/** What a workspace is made of, taken from the store state (what autosave writes and a share link carries). */
export function workspaceOf(s: Pick<AppState, 'text' | 'files' | 'activeFile' | 'timeline' | 'playheadMs' | 'liveEdgeMs' | 'speed'>): SavedWorkspace | undefined {
  if (!s.timeline) return undefined;
  return {
    version: 1, text: s.text, files: s.files, activeFile: s.activeFile, log: s.timeline.log, playheadMs: s.playheadMs, liveEdgeMs: s.liveEdgeMs, speed: s.speed,
  };
}

export function loadWorkspace(storage: KeyValueStorage | undefined, key: string = STORAGE_KEY): LoadResult {
  let raw: string | null;
  try {
    raw = storage?.getItem(key) ?? null;
    if (raw === null && key !== STORAGE_KEY) raw = storage?.getItem(STORAGE_KEY) ?? null; // a new tab starts from the latest
  } catch {
    return { kind: 'none' };
  }
  return raw === null ? { kind: 'none' } : parseSaved(raw);
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

export type SaveResult = 'ok' | 'quota' | 'disabled';
const TABS_KEY = 'podium.tabs.v1';
/** Workspaces of other tabs kept (the oldest beyond this are removed, so tabs do not fill the storage). */
const MAX_TABS = 6;

/**
 * Save under this tab's own key (no other tab or frame writes it) and as the latest workspace (what a new tab
 * opens with). Never throws: 'quota' when the browser's storage is full, 'disabled' when it refuses.
 */
export function saveWorkspace(storage: KeyValueStorage | undefined, ws: Omit<SavedWorkspace, 'version'>, key: string = STORAGE_KEY): SaveResult {
  if (!storage) return 'ok';
  const raw = JSON.stringify({ version: 1, ...ws });
  try {
    storage.setItem(key, raw);
    if (key !== STORAGE_KEY) {
      storage.setItem(STORAGE_KEY, raw);
      rememberTab(storage, key);
    }
    return 'ok';
  } catch (err) {
    const name = (err as { name?: string } | null)?.name ?? '';
    return /Quota/i.test(name) || /quota|full/i.test(String((err as Error)?.message)) ? 'quota' : 'disabled';
  }
}

function rememberTab(storage: KeyValueStorage, key: string): void {
  let tabs: string[] = [];
  try {
    const v: unknown = JSON.parse(storage.getItem(TABS_KEY) ?? '[]');
    if (Array.isArray(v)) tabs = v.filter((x): x is string => typeof x === 'string');
  } catch { /* a damaged list starts again */ }
  tabs = [...tabs.filter((k) => k !== key), key];
  for (const old of tabs.splice(0, Math.max(0, tabs.length - MAX_TABS))) storage.removeItem(old);
  storage.setItem(TABS_KEY, JSON.stringify(tabs));
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
