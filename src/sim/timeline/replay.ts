// Replays the action log on top of a checkpoint: controllers step as they did, and each recorded action is
// carried out at its place in history (after frame `afterFrame`, at `atMs`). Determinism makes this exact.
import type { ClientRequest, ClusterState, Frame, RequestResult } from '../engine/types';
import { CONTROLLERS } from '../engine/controllers';
import { stepWork } from '../engine/loop';
import { submitWork } from '../engine/run';
import { Work } from '../engine/work';
import type { RecordedAction } from './types';

export interface Checkpoint {
  /** The state right after this frame was produced (-1: the initial cluster). */
  readonly frame: number;
  readonly state: ClusterState;
}

/** Frames between checkpoints: seeking replays at most this many frames' changes. */
export const CHECKPOINT_EVERY = 64;

/**
 * A frame with at least this many changes gets a checkpoint right after it: the step that made it was heavy (the
 * first sync of a 1,000-replica StatefulSet creates 2,000 objects in one step, hundreds of milliseconds), so acting in
 * the past later never computes it again. Placement depends only on the frames, never on wall time, and a snapshot or
 * a fork is the same from any checkpoint (src/sim/timeline/checkpoints.test.ts).
 */
export const HEAVY_FRAME_CHANGES = 256;

/** Whether the state right after frame `index` (with `changes` object changes) is kept as a checkpoint. */
export const isCheckpointFrame = (index: number, changes: number): boolean => index % CHECKPOINT_EVERY === 0 || changes >= HEAVY_FRAME_CHANGES;

export class Replayer {
  readonly work: Work;
  /** Index of the last frame produced so far. */
  frame: number;
  private next = 0;

  constructor(from: Checkpoint, private readonly actions: readonly RecordedAction[], private readonly onFrame: (f: Frame, r: Replayer) => void) {
    this.work = new Work(from.state);
    this.frame = from.frame;
    while (this.next < actions.length && actions[this.next]!.afterFrame < from.frame) this.next++;
  }

  private emit(f: Frame | undefined): void {
    if (!f) return;
    this.frame++;
    this.onFrame(f, this);
  }

  /**
   * Process queued events strictly before `atMs`, then set the clock to it. With a budget it may stop early (returns
   * false; call again to go on): where it stops never changes what it computes.
   */
  runBefore(atMs: number, budget?: () => boolean): boolean {
    while (this.work.queue.length && this.work.queue[0]!.atMs < atMs) {
      this.emit(stepWork(this.work, CONTROLLERS) ?? undefined);
      if (budget?.()) return false;
    }
    if (this.work.nowMs < atMs) this.work.nowMs = atMs;
    return true;
  }

  /** Carry out every recorded action placed right after the current frame. */
  applyDueActions(): void {
    while (this.next < this.actions.length && this.actions[this.next]!.afterFrame === this.frame) {
      const a = this.actions[this.next++]!;
      this.runBefore(a.atMs);
      this.emit(submitWork(this.work, a.request, a.command).frame);
    }
  }

  /**
   * Advance until frame `target` has been produced, honouring recorded actions on the way. With a budget it may stop
   * early (returns false; call again to go on, the actions already carried out are not repeated).
   */
  advanceTo(target: number, budget?: () => boolean): boolean {
    this.applyDueActions();
    while (this.frame < target) {
      const f = stepWork(this.work, CONTROLLERS);
      if (f === null) throw new Error(`timeline replay ran dry at frame ${this.frame} (wanted ${target})`);
      this.emit(f);
      this.applyDueActions();
      if (this.frame < target && budget?.()) return false;
    }
    return true;
  }

  /** Process one queued event (plus any action that becomes due). Returns false when nothing is queued. */
  stepOnce(): boolean {
    const f = stepWork(this.work, CONTROLLERS);
    if (f === null) return false;
    this.emit(f);
    this.applyDueActions();
    return true;
  }

  /** Carry out a new request now; returns the API result. */
  submit(request: ClientRequest, command: string): { result: RequestResult; produced: boolean } {
    const out = submitWork(this.work, request, command);
    this.emit(out.frame);
    return { result: out.result, produced: out.frame !== undefined };
  }

  /** True when recorded actions remain to be carried out. */
  get pendingActions(): boolean {
    return this.next < this.actions.length;
  }
}
