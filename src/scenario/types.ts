// The scenario model (DESIGN "Scenario files"): what a parsed, validated scenario file is.
import type { ClusterConfig, Fault, KObject, ObjectRef } from '../sim';
import type { LocalText } from './text';

/** One problem found while reading a scenario file; `line` is 1-based. */
export interface ScenarioError {
  readonly line: number;
  readonly message: string;
}

/** What a `wait:` step waits for. */
export type WaitSpec =
  | { readonly type: 'duration'; readonly ms: number }
  | { readonly type: 'stable' }
  | {
      readonly type: 'for';
      /** The target as written, e.g. `pod/web-2`. */
      readonly target: string;
      readonly ref: ObjectRef;
      /** A name from CONDITIONS, e.g. `Ready`, `Deleted`, `Bound`. */
      readonly condition: string;
      readonly timeoutMs: number;
    };

/** What an `expect:` step checks (DESIGN "Lessons"). */
export type ExpectSpec =
  /** `{for: pod/web-2, condition: Ready, timeout: 5m}`: the object reaches the condition within the timeout. */
  | { readonly type: 'for'; readonly wait: Extract<WaitSpec, { type: 'for' }> }
  /**
   * `{kubectl: get pvc, contains: Bound}` or `{..., matches: regexp}`: the command's output (stdout + stderr)
   * holds; with `timeoutMs`, re-evaluated as simulated time passes until it does.
   */
  | {
      readonly type: 'kubectl';
      readonly command: string;
      readonly contains?: string;
      readonly matches?: string;
      readonly timeoutMs?: number;
    };

/** A choice of a `question:` step: its text, whether it is right, and what to say when it is picked. */
export interface Choice {
  readonly text: LocalText;
  readonly correct: boolean;
  readonly explain: LocalText;
}

/** One scenario step. `line` is where the step starts in the file (for messages). */
export type Step =
  /** `text` is the English narration; `texts` every language given. */
  | { readonly type: 'note'; readonly line: number; readonly text: string; readonly texts: LocalText }
  | { readonly type: 'apply'; readonly line: number; readonly manifest: string }
  /** `command` always starts with `kubectl ` (added when the file leaves it out). */
  | { readonly type: 'kubectl'; readonly line: number; readonly command: string }
  | { readonly type: 'wait'; readonly line: number; readonly wait: WaitSpec }
  | { readonly type: 'fault'; readonly line: number; readonly fault: Fault }
  /** Lessons: starts the next page. */
  | { readonly type: 'page'; readonly line: number; readonly title: LocalText }
  /**
   * Lessons: puts this YAML in the page's editor, in the tab `file` when named (created if missing, and then also
   * a workspace file headlessly, so `kubectl apply -f FILE` reads it); without `file`, in the active tab.
   */
  | { readonly type: 'editor'; readonly line: number; readonly manifest: string; readonly file?: string }
  /** Lessons: something the learner does; `solution` is what `Show me` and `podium check` do. */
  | { readonly type: 'task'; readonly line: number; readonly text: LocalText; readonly solution: readonly Step[] }
  | { readonly type: 'expect'; readonly line: number; readonly expect: ExpectSpec }
  /** Lessons: a "what happens next?" question (no effect headlessly). */
  | { readonly type: 'question'; readonly line: number; readonly text: LocalText; readonly choices: readonly Choice[] };

export type StepType = Step['type'];

/** The `lesson:` header of a lesson file. */
export interface LessonMeta {
  /** `[a-z0-9-]+`; the page opens the lesson at `?lesson=<id>`. */
  readonly id: string;
  readonly summary: LocalText;
  readonly level: 'beginner' | 'intermediate' | 'advanced';
  /** About how long the lesson takes. */
  readonly minutes: number;
}

export interface Scenario {
  /** The file name used in messages (`scenarios/statefulset-basics.yaml`, or `<input>`). */
  readonly file: string;
  /** The English title; `titles` has every language given. */
  readonly title?: string;
  readonly titles?: LocalText;
  /** Present in lesson files. */
  readonly lesson?: LessonMeta;
  readonly seed: number;
  readonly cluster: ClusterConfig;
  /** `files:`: the workspace's named files (the editor's tabs in the page), read by `kubectl apply -f NAME`. */
  readonly files?: Readonly<Record<string, string>>;
  readonly steps: readonly Step[];
}

/** What a run records, in order. The JSON output prints `output`, `watch` and `end`; the transcript prints all. */
export type RunRecord =
  | { readonly type: 'note'; readonly t: number; readonly step: number; readonly text: string }
  | {
      readonly type: 'output';
      readonly t: number;
      readonly step: number;
      readonly command: string;
      readonly stdout: string;
      readonly stderr: string;
      readonly exitCode: number;
    }
  | { readonly type: 'watch'; readonly t: number; readonly event: 'ADDED' | 'MODIFIED' | 'DELETED'; readonly object: KObject }
  /** A fault was injected; `error` is set when the API server refused it (e.g. no such pod). */
  | { readonly type: 'fault'; readonly t: number; readonly step: number; readonly command: string; readonly error?: string }
  /**
   * A `wait:` step finished. `met` false: a `for` wait timed out, or `stable` was not reached within the bound.
   * The run goes on either way.
   */
  | { readonly type: 'wait'; readonly t: number; readonly step: number; readonly line: number; readonly wait: WaitSpec; readonly met: boolean }
  /** An `expect:` step was evaluated: `met`, and a message saying what was expected and, if not met, what was seen. */
  | { readonly type: 'expect'; readonly t: number; readonly step: number; readonly line: number; readonly met: boolean; readonly message: string }
  | { readonly type: 'end'; readonly t: number; readonly stable: boolean };
