// The scenario model (DESIGN "Scenario files"): what a parsed, validated scenario file is.
import type { ClusterConfig, Fault, KObject, ObjectRef } from '../sim';

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

/** One scenario step. `line` is where the step starts in the file (for messages). */
export type Step =
  | { readonly type: 'note'; readonly line: number; readonly text: string }
  | { readonly type: 'apply'; readonly line: number; readonly manifest: string }
  /** `command` always starts with `kubectl ` (added when the file leaves it out). */
  | { readonly type: 'kubectl'; readonly line: number; readonly command: string }
  | { readonly type: 'wait'; readonly line: number; readonly wait: WaitSpec }
  | { readonly type: 'fault'; readonly line: number; readonly fault: Fault };

export type StepType = Step['type'];

export interface Scenario {
  /** The file name used in messages (`scenarios/statefulset-basics.yaml`, or `<input>`). */
  readonly file: string;
  readonly title?: string;
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
  | { readonly type: 'end'; readonly t: number; readonly stable: boolean };
