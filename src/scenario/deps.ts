// What the runner needs from the engine and from kubectl, as ports (the real ones are wired in index.ts;
// tests may pass fakes).
import type { FollowUp, PipeStage } from '../kubectl';
import type {
  ClientRequest, ClusterConfig, ClusterSnapshot, ClusterState, Frame, KObject, ObjectKey, RequestResult,
} from '../sim';

export interface CommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** What the command does next (blocking, attaching) and the pipe its whole output goes through. */
interface Follows {
  readonly follow?: FollowUp;
  readonly pipe?: readonly PipeStage[];
}

/** Mirrors kubectl's KubectlPlan: either printed output, or a request whose result kubectl then renders. */
export type PlanLike =
  | ({ readonly type: 'output' } & CommandOutput & Follows)
  | ({ readonly type: 'request'; readonly request: ClientRequest; render(result: RequestResult): CommandOutput } & Follows)
  | ({ readonly type: 'requests'; readonly requests: readonly ClientRequest[]; render(results: readonly RequestResult[]): CommandOutput & { readonly follow?: FollowUp } } & Follows);

export interface EnginePort {
  createCluster(config?: Partial<ClusterConfig>, seed?: number): ClusterState;
  submit(state: ClusterState, request: ClientRequest, command?: string): { state: ClusterState; result: RequestResult; frame?: Frame };
  step(state: ClusterState): { state: ClusterState; frame?: Frame } | undefined;
  runUntil(state: ClusterState, untilMs: number, opts?: { maxEvents?: number }): { state: ClusterState; frames: Frame[] };
  runUntilStable(state: ClusterState, opts?: { maxEvents?: number; maxMs?: number }): { state: ClusterState; frames: Frame[]; stable: boolean };
  /** Step until `holds` is true before an event, or no event is due by untilMs (then run up to it); see waitFor. */
  runUntilHolds?(
    state: ClusterState, untilMs: number, holds: (get: (key: ObjectKey) => KObject | undefined) => boolean, opts?: { maxEvents?: number },
  ): { state: ClusterState; frames: Frame[]; met: boolean };
  /** Step until `done` says so after a frame, or no event is due by untilMs (then run up to it); see runUntilDone. */
  runUntilFrame?(
    state: ClusterState, untilMs: number, done: (frame: Frame) => boolean, opts?: { maxEvents?: number },
  ): { state: ClusterState; frames: Frame[]; done: boolean };
}

export interface KubectlPort {
  planKubectl(commandLine: string, ctx: { snapshot: ClusterSnapshot; stdin?: string; files?: Readonly<Record<string, string>> }): PlanLike;
}

/** Prints one `kubectl get -w` row for an object at a moment (kubectl's printWatchRow). */
export type WatchRowPrinter = (obj: KObject, nowMs: number, opts?: { wide?: boolean; header?: boolean }) => string;

export interface RunnerDeps {
  readonly engine: EnginePort;
  readonly kubectl: KubectlPort;
}
