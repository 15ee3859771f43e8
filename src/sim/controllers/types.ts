// The controller contract (controller-runtime style): level-based reconcile that returns intents.
import type { RunCache } from '../engine/runCache';
import type { IndexSource } from '../engine/termIndex';
import type { KObject, KindName, ObjectKey, SimTimeMs } from '../api/types';
import type { ClusterConfig, ControllerName, ObjectChange, SimSideState } from '../engine/types';
import type { Reason } from '../reasons';

/** Read-only view of the cluster for controllers. All lists are sorted by key (deterministic). */
export interface ClusterView {
  readonly nowMs: SimTimeMs;
  readonly config: ClusterConfig;
  readonly sim: SimSideState;
  get(key: ObjectKey): KObject | undefined;
  /** Objects of a kind, optionally in one namespace, sorted by key. Do not mutate. */
  list(kind: KindName, namespace?: string): readonly KObject[];
  /** The run's cache store (pure work only; absent in tests that build a view by hand: nothing is cached). */
  readonly memo?: RunCache;
  /** Indexed lookups over the run's working copy (engine/termIndex.ts); absent: lookups scan the list. */
  readonly index?: IndexSource;
}

/** An intent a controller wants the API server to carry out. Only the applier writes objects. */
export type ApiAction =
  /** Create (uid, resourceVersion, creationTimestamp, generation are assigned by the applier). */
  | { readonly type: 'create'; readonly object: KObject }
  /** Write spec/metadata of an existing object (generation bumps when spec changes). */
  | { readonly type: 'update'; readonly object: KObject }
  /** Write only `.status` (never bumps generation). */
  | { readonly type: 'updateStatus'; readonly key: ObjectKey; readonly status: unknown }
  /**
   * Ask for deletion like a client would: graceful for pods (deletionTimestamp + grace period),
   * finalizers respected, propagation for dependents.
   */
  | {
      readonly type: 'delete';
      readonly key: ObjectKey;
      readonly gracePeriodSeconds?: number;
      readonly propagation?: 'Background' | 'Foreground' | 'Orphan';
      /** Only delete if the object still has this uid (a stale delete must not hit a recreated pod). */
      readonly uid?: string;
    }
  /** Remove the object from storage now (kubelet confirming termination; GC after finalizers). */
  | { readonly type: 'remove'; readonly key: ObjectKey; readonly uid?: string }
  /** Change simulation-side facts (IP allocation counters, fault flags). */
  | { readonly type: 'sim'; readonly sim: Partial<SimSideState> };

/** A Kubernetes event to record, about the object `key`. */
export interface EventIntent {
  readonly type: 'Normal' | 'Warning';
  readonly reason: string;
  readonly message: string;
  readonly key: ObjectKey;
}

export interface ReconcileResult {
  readonly actions: readonly ApiAction[];
  readonly events?: readonly EventIntent[];
  /** Run this reconcile again after this many ms even if nothing changes (timers: grace periods, pulls). */
  readonly requeueAfterMs?: number;
  /** The requeue is a timer of a steady state (back-off loop, a far process exit): stability does not wait for it. */
  readonly steady?: boolean;
  /**
   * The sync returned an error (an API call it made was refused): like processNextWorkItem's AddRateLimited, the
   * engine runs it again after the work queue's back-off for this key (5 ms doubling up to 1000 s; a sync without
   * an error resets it, like Forget).
   */
  readonly error?: string;
  /**
   * One sentence for a learner, as a reason id with parameters (src/sim/reasons): what was done and why, or why
   * nothing was done
   * ("web-1 not created yet: web-0 is not Ready (podManagementPolicy OrderedReady)").
   */
  readonly why?: Reason;
}

/** Deterministic helpers the engine passes to reconcile. */
export interface ReconcileContext {
  /** A uniform number in [0, 1) from the seeded PRNG in ClusterState. */
  random(): number;
  /** Allocate a pod IP on a node (10.244.<n>.<host>), advancing the counter in state. */
  allocatePodIp(node: string): string;
  /** A new random UID (RFC 4122 v4 form) from the seeded PRNG. */
  newUid(): string;
}

export interface Controller {
  readonly name: ControllerName;
  /** Informer delay: how long after a change this controller reacts (ms). */
  readonly latencyMs: number;
  /**
   * The kinds whose changes `keysFor` looks at (the informers the controller registers handlers on); a change of any
   * other kind is not shown to it. Absent: every kind.
   */
  readonly kinds?: ReadonlySet<KindName>;
  /** Like informer event handlers: which keys to reconcile for a change. */
  keysFor(change: ObjectChange, view: ClusterView): readonly ObjectKey[];
  /** Level-based: read `view`, return intents. Must not mutate anything it is given. */
  reconcile(key: ObjectKey, view: ClusterView, ctx: ReconcileContext): ReconcileResult;
}
