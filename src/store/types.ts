// The combined store shape. Each slice file implements one part; all are typed against AppState.
import type { StateCreator } from 'zustand/vanilla';
import type { ClientRequest, ClusterConfig, RequestResult, Timeline } from '../sim';
import type { Deps, ManifestProblem } from './deps';
import type { ConsoleShell, ConsoleWatch, TerminalState } from './consoleTypes';
import type { WorkspaceFile } from './workspaceFiles';

export interface Problem extends ManifestProblem {
  /** `podium` for problems found by Apply/Delete; otherwise the editor's schema validator. */
  readonly owner: string;
}

export interface EditorSlice {
  /** The active file's text (kept equal to its entry in `files`). */
  text: string;
  /** The workspace's named files: the editor's tabs; `kubectl apply -f NAME` reads them. */
  files: readonly WorkspaceFile[];
  /** The name of the file shown in the editor (the active tab). */
  activeFile: string;
  selectFile(name: string): void;
  /** A new empty file (named `untitled.yaml` unless given), made active. */
  addFile(name?: string, text?: string): void;
  /** Rename a file; returns why not (an i18n key) when the name cannot be used. */
  renameFile(from: string, to: string): string | undefined;
  /** Remove a file (the last one cannot be closed). */
  closeFile(name: string): void;
  /** Replace all files (examples, scenarios); `active` defaults to the first. */
  setFiles(files: readonly WorkspaceFile[], active?: string): void;
  /** Problems found by the last Apply/Delete (YAML structure, API errors). */
  applyProblems: readonly Problem[];
  /** Problems reported live by the editor's schema validation (monaco-yaml). */
  schemaProblems: readonly Problem[];
  /** A request for the editor to move its cursor; the nonce makes repeated requests distinct. */
  reveal: { line: number; column: number; nonce: number } | null;
  setText(text: string): void;
  setSchemaProblems(problems: readonly Problem[]): void;
  revealLine(line: number, column?: number): void;
  applyEditor(): void;
  deleteEditor(): void;
}

export interface TimelineSlice {
  timeline: Timeline | null;
  /** Simulated ms at the playhead. */
  playheadMs: number;
  /** Furthest simulated ms reached by playback: the slider's maximum. Frames beyond it are the hidden future. */
  liveEdgeMs: number;
  playing: boolean;
  /** Simulated seconds per wall second. */
  speed: number;
  /** The timeline as it was before the last action forked it (Undo restores it), or null. */
  forkUndo: ForkUndo | null;
  /** A fresh cluster (default config unless given). */
  newTimeline(config?: ClusterConfig): void;
  /** Put back the timeline and playhead from before the last fork. */
  undoFork(): void;
  seek(ms: number): void;
  stepForward(): void;
  stepBack(): void;
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  /** Advance playback by `wallMs` of wall time. */
  tick(wallMs: number): void;
  /** Stop computing the future (keeps what was computed; the timeline says it was cancelled). */
  cancelComputing(): void;
  /** Compute the rest of the future now, in one go (the test API's runToEnd; the page computes in slices). */
  finishComputing(): void;
  /** Carry out a request at the playhead (forking if in the past). Undefined if the engine failed. */
  perform(request: ClientRequest, command: string): RequestResult | undefined;
  /**
   * The same, without holding the page: when the history up to the playhead must be computed again for longer than
   * a slice (acting in the past of a big cluster), that goes on in slices and `done` gets the result later
   * (undefined: the engine failed, or the action was cancelled or lost its place).
   */
  performThen(request: ClientRequest, command: string, done: (result: RequestResult | undefined) => void): void;
  /** Carry out at once an action that performThen is still computing (before anything reads or changes the timeline). */
  finishActing(): void;
  /** True while performThen computes the history up to an action's place. */
  actingPending: boolean;
}

export interface ForkUndo {
  readonly timeline: Timeline;
  readonly playheadMs: number;
  readonly liveEdgeMs: number;
  readonly discarded: number;
}

export type ConsoleLineKind = 'command' | 'stdout' | 'stderr' | 'info';
export interface ConsoleLine {
  readonly id: number;
  readonly kind: ConsoleLineKind;
  readonly text: string;
}

export interface ConsoleSlice {
  /** Terminal 1's output lines. */
  consoleLines: readonly ConsoleLine[];
  /** Commands typed in any terminal (↑/↓ recall them). */
  history: readonly string[];
  /** The container shell terminal 1 is in (`kubectl exec -it`, `kubectl run -it`), or null. */
  consoleShell: ConsoleShell | null;
  /** The `kubectl get -w` or blocking command streaming into terminal 1 as the playhead moves, or null. */
  consoleWatch: ConsoleWatch | null;
  /** Terminals 2, 3, … (the console split side by side). */
  terminals: readonly ({ readonly id: number } & TerminalState)[];
  /** Split the console: a new terminal's id, or undefined at the limit. */
  addTerminal(): number | undefined;
  closeTerminal(id: number): void;
  print(kind: ConsoleLineKind, text: string, terminal?: number): void;
  runCommand(line: string, terminal?: number): void;
  clearConsole(terminal?: number): void;
  /** Ctrl+C: stop the watch or blocking command, or abandon the typed `partial` line. */
  interrupt(partial?: string, terminal?: number): void;
}

export type NoticeTone = 'info' | 'warning' | 'error';
export interface Notice {
  readonly id: number;
  readonly tone: NoticeTone;
  readonly text: string;
  /** A button offered with the notice (e.g. Undo after a fork). */
  readonly action?: 'undoFork' | 'downloadScenario';
}

export type ThemePref = 'light' | 'dark' | 'system';
export type Locale = 'en' | 'zh';
/** UI preferences kept across reloads (not part of the workspace). */
export interface Prefs {
  readonly theme: ThemePref;
  readonly locale: Locale;
  /** Editor column width, % of the page width. */
  readonly editorPct: number;
  /** Top area (editor + graph) height, % of the space below the header. */
  readonly topPct: number;
  /** While playing (Play pressed to watch), the editor folds away so the graph gets the width (ui/stage/makeRoom.ts). */
  readonly widenWhilePlaying: boolean;
}

export interface UiSlice {
  notices: readonly Notice[];
  selectedKey: string | null;
  prefs: Prefs;
  helpOpen: boolean;
  setPrefs(patch: Partial<Prefs>): void;
  setHelpOpen(open: boolean): void;
  notify(tone: NoticeTone, text: string, action?: Notice['action']): void;
  dismissNotice(id: number): void;
  select(key: string | null): void;
  /** Back to the demo manifest and a fresh cluster (or to the given text or files and cluster config). */
  resetWorkspace(opts?: { text?: string; files?: readonly WorkspaceFile[]; config?: ClusterConfig }): void;
}

export interface GraphSlice {
  /** The graph object under the pointer: its relations are highlighted, the rest dimmed. */
  hoveredKey: string | null;
  /** Editor lines (1-based, inclusive) that produced the inspected object; the editor decorates them. */
  editorHighlight: { startLine: number; endLine: number; nonce: number } | null;
  setHovered(key: string | null): void;
  /** Show the objects the graph folds away by default (system Services and names, unused StorageClasses). */
  showSystem: boolean;
  setShowSystem(show: boolean): void;
  /** Ask the editor to highlight lines startLine..endLine; 0 clears. */
  highlightLines(startLine: number, endLine: number): void;
}

export type AppState = EditorSlice & TimelineSlice & ConsoleSlice & UiSlice & GraphSlice;

export type SliceCreator<T> = (deps: Deps) => StateCreator<AppState, [], [], T>;
