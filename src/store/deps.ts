// What the store needs from the engine and kubectl. Injected so slices can be tested with a hand-made timeline.
import type { KubectlPlan } from '../kubectl';
import type { ActResult, ApiError, Budget, ClientRequest, ClusterConfig, ClusterSnapshot, PendingAct, Timeline, WorkspaceLog } from '../sim';

export interface ManifestProblem {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly source?: string;
}

/** What the store runs: the same plans the CLI gets from kubectl (one definition, in src/kubectl). */
export type { KubectlPlan } from '../kubectl';
export type { KubectlOutput as CommandOutput } from '../kubectl';

export interface FieldLocation {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface Deps {
  readonly createTimeline: (config: ClusterConfig, seed: number) => Timeline;
  readonly timelineFromLog: (log: WorkspaceLog) => Timeline;
  /** With a budget, the future may be left computing (`timeline.computingUntilMs`): `advance` goes on with it. */
  readonly act: (tl: Timeline, at: { afterFrame: number; atMs: number }, request: ClientRequest, command: string, budget?: Budget) => { timeline: Timeline } & ActResult;
  /** Act in two parts: start (nothing computed yet), then continue until the budget says stop (undefined: not done). */
  readonly startAct: (tl: Timeline, at: { afterFrame: number; atMs: number }, request: ClientRequest, command: string) => PendingAct;
  readonly continueAct: (p: PendingAct, budget?: Budget, computeBudget?: Budget) => ({ timeline: Timeline } & ActResult) | undefined;
  readonly extend: (tl: Timeline, untilMs: number, budget?: Budget) => Timeline;
  /** Compute a slice more of a timeline that is still computing (until the budget says stop). */
  readonly advance: (tl: Timeline, budget?: Budget) => Timeline;
  /** Stop computing, keeping the frames computed so far (the timeline says so in `limit`). */
  readonly cancelComputing: (tl: Timeline) => Timeline;
  readonly snapshotAt: (tl: Timeline, index: number) => ClusterSnapshot;
  readonly frameIndexAt: (tl: Timeline, ms: number) => number;
  readonly defaultConfig: ClusterConfig;
  readonly planKubectl: (line: string, ctx: { snapshot: ClusterSnapshot; stdin?: string; files?: Readonly<Record<string, string>> }) => KubectlPlan;
  /** Problems in manifest text (YAML syntax, structure); `docIndexOfObject[i]` maps object i to its document. */
  readonly checkManifests: (text: string) => { problems: readonly ManifestProblem[]; docIndexOfObject: readonly number[] };
  /** The message part of an API error (`StatefulSet "web" is invalid: ...`). */
  readonly apiErrorMessage: (err: ApiError) => string;
  readonly locateField: (text: string, docIndex: number, fieldPath: string) => FieldLocation | undefined;
}
