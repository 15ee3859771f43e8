// Console session state: the container shell the console is in, and the watch streaming into the log.
import type { ShellTarget, WatchSpec } from '../kubectl/shell/session';

export interface ConsoleShell {
  readonly target: ShellTarget;
  /** `/ # `, `root@web-0:/# `, `# `. */
  readonly prompt: string;
  /** `$?` */
  readonly lastExit: number;
  /** Set for `kubectl run -i -t`: what to do when the shell exits. */
  readonly run?: { readonly namespace: string; readonly pod: string; readonly container: string; readonly rm: boolean };
}

export interface ConsoleWatch {
  readonly spec: WatchSpec;
  /** The frame at the playhead when the watch started; rows come from later frames up to the playhead. */
  readonly startFrame: number;
  /** Column widths after the initial list. */
  readonly widths: readonly number[];
  /** Console lines with an id at or above this are the watch's rows (rewritten as the playhead moves). */
  readonly firstRowId: number;
}
