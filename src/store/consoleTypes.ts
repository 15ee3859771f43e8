// Console session state: the container shell a terminal is in, and the watch or blocking command streaming
// into its log as the playhead moves.
import type { BlockSpec, BlockTarget, PipeStage } from '../kubectl';
import type { RequestResult } from '../sim';
import type { ShellTarget, WatchSpec } from '../kubectl/shell/session';
import type { ConsoleLine } from './types';

export interface ConsoleShell {
  readonly target: ShellTarget;
  /** `/ # `, `root@web-0:/# `, `# `. */
  readonly prompt: string;
  /** `$?` */
  readonly lastExit: number;
  /** Set for `kubectl run -i -t`: what to do when the shell exits. */
  readonly run?: { readonly namespace: string; readonly pod: string; readonly container: string; readonly rm: boolean };
}

interface SessionBase {
  /** The frame at the playhead when the command started; rows come from later frames up to the playhead. */
  readonly startFrame: number;
  /** Console lines with an id at or above this are the session's rows (rewritten as the playhead moves). */
  readonly firstRowId: number;
  /** The pipe the command line ends with (`| grep web`). */
  readonly pipe?: readonly PipeStage[];
}

/** `kubectl get -w`: streams rows until Ctrl+C or another command in the same terminal. */
export interface WatchSession extends SessionBase {
  readonly mode?: 'watch';
  readonly spec: WatchSpec;
  /** Column widths after the initial list. */
  readonly widths: readonly number[];
}

/** `rollout status`, `wait`, `delete` (with --wait): prints as the playhead passes changes, ends when done. */
export interface BlockSession extends SessionBase {
  readonly mode: 'block';
  readonly block: BlockSpec;
  readonly startMs: number;
  /** With a pipe: what the command printed before blocking (piped together with the rest when it ends). */
  readonly prefix?: { readonly stdout: string; readonly stderr: string };
  /** What the command did on its own as the playhead passed its due times (drain's retried evictions), in order. */
  readonly acts?: readonly BlockAct[];
  /** An act is being sent (guards the re-sync the request itself triggers). */
  readonly acting?: boolean;
  /** When it acts next: playback goes on to this time even past the end of a settled history. */
  readonly dueMs?: number;
}

/** One retry round a blocking command sent: when, for which pods, and the API's answer. */
export interface BlockAct {
  readonly atMs: number;
  readonly targets: readonly BlockTarget[];
  readonly result?: RequestResult;
}

export type ConsoleWatch = WatchSession | BlockSession;

/** One terminal of the console. Terminal 1 lives in the top-level console fields; others in `terminals`. */
export interface TerminalState {
  readonly lines: readonly ConsoleLine[];
  readonly shell: ConsoleShell | null;
  readonly watch: ConsoleWatch | null;
}
