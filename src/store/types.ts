// The combined store shape. Each slice file implements one part; all are typed against AppState.
import type { StateCreator } from 'zustand/vanilla';
import type { ClientRequest, RequestResult, Timeline } from '../sim';
import type { Deps, ManifestProblem } from './deps';

export interface Problem extends ManifestProblem {
  /** `podium` for problems found by Apply/Delete; otherwise the editor's schema validator. */
  readonly owner: string;
}

export interface EditorSlice {
  text: string;
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
  newTimeline(): void;
  seek(ms: number): void;
  stepForward(): void;
  stepBack(): void;
  play(): void;
  pause(): void;
  setSpeed(speed: number): void;
  /** Advance playback by `wallMs` of wall time. */
  tick(wallMs: number): void;
  /** Carry out a request at the playhead (forking if in the past). Undefined if the engine failed. */
  perform(request: ClientRequest, command: string): RequestResult | undefined;
}

export type ConsoleLineKind = 'command' | 'stdout' | 'stderr' | 'info';
export interface ConsoleLine {
  readonly id: number;
  readonly kind: ConsoleLineKind;
  readonly text: string;
}

export interface ConsoleSlice {
  consoleLines: readonly ConsoleLine[];
  history: readonly string[];
  print(kind: ConsoleLineKind, text: string): void;
  runCommand(line: string): void;
  clearConsole(): void;
}

export type NoticeTone = 'info' | 'warning' | 'error';
export interface Notice {
  readonly id: number;
  readonly tone: NoticeTone;
  readonly text: string;
}

export interface UiSlice {
  notices: readonly Notice[];
  selectedKey: string | null;
  notify(tone: NoticeTone, text: string): void;
  dismissNotice(id: number): void;
  select(key: string | null): void;
  /** Back to the demo manifest and a fresh cluster. */
  resetWorkspace(): void;
}

export type AppState = EditorSlice & TimelineSlice & ConsoleSlice & UiSlice;

export type SliceCreator<T> = (deps: Deps) => StateCreator<AppState, [], [], T>;
