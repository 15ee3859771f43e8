// Public types of the kubectl layer.
import type { ClientRequest, ClusterSnapshot, RequestResult } from '../sim/index';
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

export type KubectlPlan =
  /** Read-only commands and client-side errors: print this. */
  | ({ readonly type: 'output'; readonly follow?: FollowUp } & KubectlOutput)
  /** Mutating commands: submit `request` to the engine, then print `render(result)`. */
  | { readonly type: 'request'; readonly request: ClientRequest; render(result: RequestResult): KubectlOutput; readonly follow?: FollowUp }
  /** Commands that need several requests in order (drain: cordon, then evictions): submit each, then render all. */
  | { readonly type: 'requests'; readonly requests: readonly ClientRequest[]; render(results: readonly RequestResult[]): KubectlOutput; readonly follow?: FollowUp };
/** `follow`: what an interactive console does next (shell, `run -it`, `get -w`); batch clients ignore it. */

/** The namespace a command works in: `-n`, else `default`; `explicit` when `-n` was given. */
export interface NamespaceScope {
  readonly namespace: string;
  readonly explicit: boolean;
  readonly all: boolean;
}
