// The engine's data model: everything that decides the future lives in ClusterState (plain JSON).
import type { KObject, KindName, KubeEvent, ObjectKey, SimTimeMs } from '../api/types';
import type { ApiError } from '../api/errors';
import type { Reason } from '../reasons';

/** Cluster shape chosen by a scenario's `cluster:` section (DESIGN "Default cluster"). */
export interface ClusterConfig {
  /** Worker nodes `node-1`..`node-N`. Default 3. */
  readonly nodes: number;
  /** `standard` installs the default dynamic StorageClass; `none` models a bare VM cluster. */
  readonly defaultStorageClass: 'standard' | 'none';
  /** Feature gates that differ from v1.34 defaults, e.g. `{MaxUnavailableStatefulSet: true}`. */
  readonly featureGates: Readonly<Record<string, boolean>>;
}

/** Which component produced a frame. Names follow kube-controller-manager's controller names. */
export type ControllerName =
  | 'statefulset-controller' | 'deployment-controller' | 'replicaset-controller' | 'default-scheduler' | 'kubelet'
  | 'persistentvolume-binder' | 'persistentvolume-protection' | 'pvc-protection' | 'garbage-collector'
  | 'endpointslice-controller' | 'endpoint-controller' | 'node-lifecycle-controller' | 'taint-eviction-controller'
  | 'namespace-controller' | 'disruption-controller' | 'pod-garbage-collector' | 'replication-controller';

/** A pending unit of work, ordered by (atMs, seq). */
export interface QueuedEvent {
  readonly atMs: SimTimeMs;
  readonly seq: number;
  readonly controller: ControllerName;
  readonly key: ObjectKey;
  /**
   * A timer of a steady state (a crash-loop or image-pull back-off, the far exit of a sleeping process): time
   * passing runs it, but `runUntilStable` does not wait for it.
   */
  readonly steady?: boolean;
}

/** Faults a teacher can inject (DESIGN scenario `fault:` step). */
export type Fault =
  | { readonly type: 'node-down'; readonly node: string }
  | { readonly type: 'node-up'; readonly node: string }
  | { readonly type: 'pod-unready'; readonly pod: string; readonly namespace?: string }
  | { readonly type: 'pod-ready'; readonly pod: string; readonly namespace?: string }
  | { readonly type: 'container-crash'; readonly pod: string; readonly namespace?: string }
  | { readonly type: 'pod-evict'; readonly pod: string; readonly namespace?: string };

/** Simulation-only facts that are not API objects (what is physically happening to nodes and containers). */
export interface SimSideState {
  /** Nodes whose kubelet stopped heartbeating, with the time it stopped. */
  readonly nodesDown: Readonly<Record<string, SimTimeMs>>;
  /** Pods (by uid) whose readiness probe is forced to fail. */
  readonly unreadyPods: Readonly<Record<string, true>>;
  /** Next host number per node for pod IPs 10.244.<n>.<host>. */
  readonly nextPodHost: Readonly<Record<string, number>>;
  /** Next offset into 10.96.0.0/12 for ClusterIPs. */
  readonly nextServiceIp: number;
  /**
   * Components' own clocks: when a component first observed something it times from (the kubelet's start of a
   * kill, the taint manager's scheduled evictions), by shard, `component|object key`, then `uid|what`. API timestamps are floored
   * to the second, so timers never count from them (src/sim/controllers/observed.ts).
   */
  readonly observed?: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, SimTimeMs>>>>>>;
}

/** The complete engine state. Future = f(state, future actions). Plain JSON, never mutated once returned. */
export interface ClusterState {
  readonly nowMs: SimTimeMs;
  /** Sequence counter for queue ordering. */
  readonly seq: number;
  /** Last issued resourceVersion. */
  readonly rv: number;
  /** Seeded PRNG state (mulberry32). */
  readonly rng: number;
  /** Stored objects by kind, then by `namespace/name` (`/name` for cluster-scoped kinds). */
  readonly objects: Readonly<Record<KindName, Readonly<Record<string, KObject>>>>;
  readonly queue: readonly QueuedEvent[];
  /** Recorded Kubernetes events, oldest first, bounded by MAX_EVENTS. */
  readonly events: readonly KubeEvent[];
  /** Last one-line explanation per `controller|key`, so an unchanged "waiting" reason is said once. */
  readonly why: Readonly<Record<string, Reason>>;
  /** Failed syncs in a row per `controller|key`: the work queues' rate limiter memory (absent: none). */
  readonly failures?: Readonly<Record<string, number>>;
  readonly config: ClusterConfig;
  readonly sim: SimSideState;
}

/** What a frame's cause says: who acted and why, in one sentence a learner understands. */
export interface Cause {
  /** `user` for actions from the editor, console or a scenario; otherwise the controller name. */
  readonly actor: 'user' | ControllerName;
  /** The command for user actions (`kubectl apply -f -`, `kubectl delete pod web-1`, `fault node-down node-2`). */
  readonly command?: string;
  /** One sentence: what happened and why, as a reason id with parameters (render with renderReason / the UI's i18n). */
  readonly why: Reason;
  /** The object the actor was working on (`StatefulSet/default/web`). */
  readonly key?: ObjectKey;
}

/** One change to one object, in watch terms. */
export interface ObjectChange {
  readonly type: 'ADDED' | 'MODIFIED' | 'DELETED';
  readonly key: ObjectKey;
  /** The object after the change; for DELETED, the last state before removal. */
  readonly object: KObject;
  /** The object before the change (absent for ADDED). */
  readonly previous?: KObject;
}

/** One step of history. Frames are the timeline's unit. */
export interface Frame {
  readonly atMs: SimTimeMs;
  readonly cause: Cause;
  readonly changes: readonly ObjectChange[];
  readonly events: readonly KubeEvent[];
  /** Simulation-side facts after this frame, present only when they changed in it. */
  readonly sim?: SimSideState;
}

/** Requests a client (kubectl, editor, scenario) sends to the API server. kubectl translates into these. */
export type ClientRequest =
  | { readonly type: 'apply'; readonly objects: readonly KObject[] }
  | { readonly type: 'create'; readonly objects: readonly KObject[] }
  | { readonly type: 'replace'; readonly objects: readonly KObject[] }
  | {
      readonly type: 'delete';
      readonly targets: readonly ObjectRef[];
      readonly propagation?: 'Background' | 'Foreground' | 'Orphan';
      /** Overrides the pod's terminationGracePeriodSeconds; 0 with `force` removes at once. */
      readonly gracePeriodSeconds?: number;
      readonly force?: boolean;
      /** Pods only: the eviction subresource (kubectl drain), which honours PodDisruptionBudgets. */
      readonly eviction?: boolean;
    }
  | { readonly type: 'scale'; readonly target: ObjectRef; readonly replicas: number }
  | {
      readonly type: 'patch';
      readonly target: ObjectRef;
      readonly patchType: 'strategic' | 'merge' | 'json';
      readonly patch: unknown;
    }
  | { readonly type: 'fault'; readonly fault: Fault };

/** Identifies one object. `namespace` is ignored for cluster-scoped kinds. */
export interface ObjectRef {
  readonly kind: KindName;
  readonly namespace: string;
  readonly name: string;
}

/** The result for one object of a request, in the words kubectl prints. */
export type Outcome =
  | 'created' | 'configured' | 'unchanged' | 'deleted' | 'force deleted' | 'scaled' | 'patched' | 'patched (no change)'
  | 'replaced' | 'faulted';

export interface ItemResult {
  readonly ref: ObjectRef;
  readonly outcome?: Outcome;
  readonly error?: ApiError;
  /** Index of the object in the request (document order), for mapping errors back to YAML. */
  readonly index?: number;
}

export interface RequestResult {
  readonly items: readonly ItemResult[];
  /** Server or client warnings, printed on stderr as `Warning: ...`. */
  readonly warnings: readonly string[];
}

/** What read-only clients (kubectl get/describe, the graph) need: objects, events and the clock at one moment. */
export type ClusterSnapshot = Pick<ClusterState, 'nowMs' | 'objects' | 'events' | 'config' | 'sim'>;
