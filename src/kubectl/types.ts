// Public types of the kubectl layer.
import type { ClientRequest, ClusterSnapshot, RequestResult } from '../sim/index';
import type { PipeStage } from './pipe/index';
import type { FollowUp } from './shell/session';

export interface KubectlEnv {
  readonly snapshot: ClusterSnapshot;
  /** What `-f -` reads. */
  readonly stdin?: string;
  /** Files `-f NAME` can read, by name. */
  readonly files?: Readonly<Record<string, string>>;
}

export interface KubectlOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/**
 * `follow`: what the command does next (shell, `run -it`, `get -w`, blocking `rollout status`/`wait`/`delete`).
 * `pipe`: set with `follow` when the line pipes into tools: the client pipes all the command printed through them.
 */
interface Follows {
  readonly follow?: FollowUp;
  readonly pipe?: readonly PipeStage[];
}

export type KubectlPlan =
  /** Read-only commands and client-side errors: print this. */
  | ({ readonly type: 'output' } & KubectlOutput & Follows)
  /** Mutating commands: submit `request` to the engine, then print `render(result)`. */
  | ({ readonly type: 'request'; readonly request: ClientRequest; render(result: RequestResult): KubectlOutput } & Follows)
  /**
   * Commands that need several requests in order (drain: cordon, then evictions): submit each, then render all.
   * `render` may say what follows, when that depends on the answers (drain blocks while evictions are retried).
   */
  | ({ readonly type: 'requests'; readonly requests: readonly ClientRequest[]; render(results: readonly RequestResult[]): KubectlOutput & { readonly follow?: FollowUp } } & Follows);

/** The namespace a command works in: `-n`, else `default`; `explicit` when `-n` was given. */
export interface NamespaceScope {
  readonly namespace: string;
  readonly explicit: boolean;
  readonly all: boolean;
}
