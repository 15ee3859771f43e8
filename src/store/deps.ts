// What the store needs from the engine and kubectl. Injected so slices can be tested with a hand-made timeline.
import type { FollowUp } from '../kubectl/shell/session';
import type { ActResult, ApiError, ClientRequest, ClusterConfig, ClusterSnapshot, RequestResult, Timeline, WorkspaceLog } from '../sim';

export interface ManifestProblem {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly source?: string;
}

export interface CommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export type KubectlPlan =
  | ({ readonly type: 'output'; readonly follow?: FollowUp } & CommandOutput)
  | { readonly type: 'request'; readonly request: ClientRequest; render(result: RequestResult): CommandOutput; readonly follow?: FollowUp }
  | { readonly type: 'requests'; readonly requests: readonly ClientRequest[]; render(results: readonly RequestResult[]): CommandOutput; readonly follow?: FollowUp };

export interface FieldLocation {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface Deps {
  readonly createTimeline: (config: ClusterConfig, seed: number) => Timeline;
  readonly timelineFromLog: (log: WorkspaceLog) => Timeline;
  readonly act: (tl: Timeline, at: { afterFrame: number; atMs: number }, request: ClientRequest, command: string) => { timeline: Timeline } & ActResult;
  readonly extend: (tl: Timeline, untilMs: number) => Timeline;
  readonly snapshotAt: (tl: Timeline, index: number) => ClusterSnapshot;
  readonly frameIndexAt: (tl: Timeline, ms: number) => number;
  readonly defaultConfig: ClusterConfig;
  readonly planKubectl: (line: string, ctx: { snapshot: ClusterSnapshot; stdin?: string }) => KubectlPlan;
  /** Problems in manifest text (YAML syntax, structure); `docIndexOfObject[i]` maps object i to its document. */
  readonly checkManifests: (text: string) => { problems: readonly ManifestProblem[]; docIndexOfObject: readonly number[] };
  /** The message part of an API error (`StatefulSet "web" is invalid: ...`). */
  readonly apiErrorMessage: (err: ApiError) => string;
  readonly locateField: (text: string, docIndex: number, fieldPath: string) => FieldLocation | undefined;
}
