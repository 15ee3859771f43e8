// The timeline: a pure function of the action log (DESIGN rule 4).
import type { SimTimeMs } from '../api/types';
import type { ClientRequest, ClusterConfig, Frame, RequestResult } from '../engine/types';

/** A user action as recorded in the workspace: what was asked, and where in history. */
export interface RecordedAction {
  /** The action happens after this frame (-1: before any frame) ... */
  readonly afterFrame: number;
  /** ... at this simulated time (≥ that frame's time, < the next frame's time at the moment it was taken). */
  readonly atMs: SimTimeMs;
  readonly request: ClientRequest;
  /** What the user typed or clicked, for the event list (`kubectl apply -f -`). */
  readonly command: string;
  /** Index of the frame the action produced, if it changed anything. */
  readonly producedFrame?: number;
}

/** Everything needed to rebuild a timeline exactly: the basis of saved workspaces and share links. */
export interface WorkspaceLog {
  readonly seed: number;
  readonly config: ClusterConfig;
  readonly actions: readonly RecordedAction[];
}

/** The result of acting on a timeline. */
export interface ActResult {
  readonly result: RequestResult;
  /** How many already-computed frames after the action point were discarded (a fork). */
  readonly discardedFrames: number;
}

export type { Frame };
