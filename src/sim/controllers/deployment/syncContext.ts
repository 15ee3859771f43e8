// The working state of one Deployment sync: in upstream every step writes through the API client at once; here
// the steps edit working copies and `finish` turns them into intents (creates and updates of ReplicaSets, the
// Deployment's annotations, its status), plus events and the learner's `why`.
import type { ObjectKey } from '../../api/types';
import { keyOf } from '../../api/keys';
import { deepEqual } from '../../util/equal';
import type { ApiAction, ClusterView, EventIntent, ReconcileResult } from '../types';
import type { Annotations } from './annotations';
import { setReplicasAnnotations } from './annotations';
import { maxSurge } from './fenceposts';
import type { Deployment, DeploymentStatus, ReplicaSet } from './types';
import { replicasOf, untyped } from './types';
import { reason, type Reason } from '../../reasons';

export interface SyncContext {
  readonly view: ClusterView;
  readonly key: ObjectKey;
  /** The Deployment as stored (spec is read from here). */
  readonly d: Deployment;
  /** Working copy of the Deployment's annotations (the revision is synced into them). */
  annotations: Annotations;
  /** Working copy of `d.status`, as upstream's `d.Status` after earlier UpdateStatus calls. */
  status: DeploymentStatus;
  /** Working copies of ReplicaSets, by name. */
  readonly rs: Map<string, ReplicaSet>;
  readonly created: Set<string>;
  readonly changed: Set<string>;
  readonly deleted: ReplicaSet[];
  readonly events: EventIntent[];
  readonly whys: Reason[];
  requeueAfterMs?: number;
}

export function newSyncContext(view: ClusterView, d: Deployment, rss: readonly ReplicaSet[]): SyncContext {
  return {
    view, key: keyOf(untyped(d)), d, annotations: { ...(d.metadata.annotations ?? {}) }, status: { ...(d.status ?? {}) },
    rs: new Map(rss.map((rs) => [rs.metadata.name ?? '', rs])), created: new Set(), changed: new Set(), deleted: [], events: [], whys: [],
  };
}

/** The current working copy of an RS (after any scaling earlier in this sync). */
export const current = (s: SyncContext, rs: ReplicaSet): ReplicaSet => s.rs.get(rs.metadata.name ?? '') ?? rs;

export function putReplicaSet(s: SyncContext, rs: ReplicaSet, isNew = false): void {
  const name = rs.metadata.name ?? '';
  s.rs.set(name, rs);
  (isNew ? s.created : s.changed).add(name);
}

export function scalingEvent(s: SyncContext, name: string, from: number, to: number): void {
  const dir = from < to ? 'up' : 'down';
  s.events.push({ type: 'Normal', reason: 'ScalingReplicaSet', message: `Scaled ${dir} replica set ${name} from ${from} to ${to}`, key: s.key });
}

/**
 * Set an RS's replicas (and its desired/max-replicas annotations); records ScalingReplicaSet when the size
 * changes (scaleReplicaSet). `why` explains the change for the learner.
 */
export function scaleReplicaSet(s: SyncContext, rsIn: ReplicaSet, to: number, why?: Reason): { scaled: boolean; rs: ReplicaSet } {
  const rs = current(s, rsIn);
  const from = replicasOf(rs);
  const desired = replicasOf(s.d);
  const annotations: Annotations = { ...(rs.metadata.annotations ?? {}) };
  const annotationsChanged = setReplicasAnnotations(annotations, desired, desired + maxSurge(s.d));
  if (from === to && !annotationsChanged) return { scaled: false, rs };
  const next: ReplicaSet = { ...rs, metadata: { ...rs.metadata, annotations }, spec: { ...rs.spec!, replicas: to } };
  putReplicaSet(s, next);
  if (from === to) return { scaled: false, rs: next };
  scalingEvent(s, rs.metadata.name ?? '', from, to);
  if (why) s.whys.push(why);
  return { scaled: true, rs: next };
}

/** Scale only if the size differs (scaleReplicaSetAndRecordEvent). */
export function scaleAndRecord(s: SyncContext, rs: ReplicaSet, to: number, why?: Reason): { scaled: boolean; rs: ReplicaSet } {
  if (replicasOf(current(s, rs)) === to) return { scaled: false, rs: current(s, rs) };
  return scaleReplicaSet(s, rs, to, why);
}

/** The intents, events and explanation of this sync. */
export function finish(s: SyncContext, fallbackWhy?: Reason): ReconcileResult {
  const actions: ApiAction[] = [];
  for (const name of [...s.created].sort()) actions.push({ type: 'create', object: untyped(s.rs.get(name)!) });
  for (const name of [...s.changed].sort()) {
    if (!s.created.has(name)) actions.push({ type: 'update', object: untyped(s.rs.get(name)!) });
  }
  for (const rs of s.deleted) actions.push({ type: 'delete', key: keyOf(untyped(rs)), uid: rs.metadata.uid ?? '' });
  if (!deepEqual(s.annotations, s.d.metadata.annotations ?? {})) {
    actions.push({ type: 'update', object: untyped({ ...s.d, metadata: { ...s.d.metadata, annotations: s.annotations } }) });
  }
  if (!deepEqual(s.status, s.d.status ?? {})) actions.push({ type: 'updateStatus', key: s.key, status: s.status });
  const why = s.whys.length > 1 ? reason('clauses', { parts: s.whys }) : s.whys.length ? s.whys[0] : actions.length ? fallbackWhy : undefined;
  return {
    actions,
    ...(s.events.length ? { events: s.events } : {}),
    ...(s.requeueAfterMs !== undefined ? { requeueAfterMs: s.requeueAfterMs } : {}),
    ...(why ? { why } : {}),
  };
}
