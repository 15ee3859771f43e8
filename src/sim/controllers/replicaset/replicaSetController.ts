// Mirrors kubernetes/kubernetes pkg/controller/replicaset/replica_set.go (syncReplicaSet, manageReplicas,
// calculateStatus). Deviations: no expectations cache (the simulated informer is never stale); the pods of a
// slow-start batch sequence are created in one step (the batches only decide where a refused create stops it).
import type { KObject, Pod, ReplicaSet } from '../../api/types';
import { keyOf, objectKey } from '../../api/keys';
import { selectorMatches } from '../../api/labels';
import type { ApiAction, ClusterView, Controller, EventIntent, ReconcileContext, ReconcileResult } from '../types';
import type { ObjectChange } from '../../engine/types';
import { deepEqual } from '../../util/equal';
import { admitCreate } from '../../apiserver/admission';
import { apiErrorMessage } from '../../api/errors';
import { compareForDeletion, isActive, isPodAvailable, isPodReady, podFromTemplate } from './podControl';
import { reason, type Reason } from '../../reasons';

type RS = ReplicaSet & KObject;
type P = Pod & KObject;

/**
 * What differs between a ReplicaSet and a ReplicationController: upstream's replication manager is this same
 * controller run through a conversion layer (pkg/controller/replication/conversion.go).
 */
export interface Flavour {
  readonly kind: 'ReplicaSet' | 'ReplicationController';
  readonly apiVersion: string;
  readonly reasons: {
    readonly created: 'rs.created' | 'rc.created'; readonly deleted: 'rs.deleted' | 'rc.deleted';
    readonly adopted: 'rs.adopted' | 'rc.adopted'; readonly createRefused: 'rs.createRefused' | 'rc.createRefused';
  };
}

export const REPLICA_SET: Flavour = {
  kind: 'ReplicaSet', apiVersion: 'apps/v1',
  reasons: { created: 'rs.created', deleted: 'rs.deleted', adopted: 'rs.adopted', createRefused: 'rs.createRefused' },
};

/** replica_set.go BurstReplicas: at most this many pods created or deleted in one sync (manageReplicas). */
export const BURST_REPLICAS = 500;

const controllerOf = (o: KObject) => o.metadata.ownerReferences?.find((r) => r.controller);

/** Pods this ReplicaSet owns, plus orphans it adopts (matching selector, not being deleted). */
function claimPods(rs: RS, view: ClusterView): { owned: P[]; adopt: P[] } {
  const owned: P[] = [];
  const adopt: P[] = [];
  for (const o of view.list('Pod', rs.metadata.namespace ?? '')) {
    const ref = controllerOf(o);
    if (ref?.uid === rs.metadata.uid) owned.push(o as P);
    else if (!ref && !o.metadata.deletionTimestamp && selectorMatches(rs.spec?.selector, o.metadata.labels ?? {})) adopt.push(o as P);
  }
  return { owned, adopt };
}

function status(rs: RS, pods: P[], nowMs: number): object {
  const active = pods.filter(isActive);
  const minReady = rs.spec?.minReadySeconds ?? 0;
  const labels = rs.spec?.template?.metadata?.labels ?? {};
  return {
    replicas: active.length,
    fullyLabeledReplicas: active.filter((p) => Object.entries(labels).every(([k, v]) => p.metadata.labels?.[k] === v)).length,
    readyReplicas: active.filter(isPodReady).length,
    availableReplicas: active.filter((p) => isPodAvailable(p, minReady, nowMs)).length,
    observedGeneration: rs.metadata.generation ?? 1,
  };
}

/**
 * slowStartBatch: create in batches of 1, 2, 4, … (each pod passes the API server's create validation, as
 * RealPodControl's create does), stopping after a batch in which a create was refused.
 */
function slowStartCreate(pods: readonly KObject[], view: ClusterView): { created: KObject[]; errors: string[] } {
  const created: KObject[] = [];
  const errors: string[] = [];
  for (let i = 0, size = 1; i < pods.length && !errors.length; i += size, size *= 2) {
    for (const pod of pods.slice(i, i + size)) {
      const admitted = admitCreate(pod, view, { pods: created.length, objects: created.length });
      if (admitted.ok) created.push(pod);
      else errors.push(apiErrorMessage(admitted.error));
    }
  }
  return { created, errors };
}

function manage(rs: RS, active: P[], view: ClusterView, ctx: ReconcileContext, fl: Flavour): { actions: ApiAction[]; events: EventIntent[]; why?: Reason; error?: string } {
  const want = rs.spec?.replicas ?? 1;
  const key = keyOf(rs);
  const diff = active.length - want;
  if (diff < 0) {
    const taken = new Set(view.list('Pod', rs.metadata.namespace ?? '').map((p) => p.metadata.name ?? ''));
    const pods = Array.from({ length: Math.min(-diff, BURST_REPLICAS) }, () => { const p = podFromTemplate(rs, ctx, taken, { apiVersion: fl.apiVersion, kind: fl.kind }); taken.add(p.metadata.name ?? ''); return p; });
    const { created, errors } = slowStartCreate(pods, view);
    const events: EventIntent[] = [
      ...created.map((p): EventIntent => ({ type: 'Normal', reason: 'SuccessfulCreate', message: `Created pod: ${p.metadata.name}`, key })),
      ...errors.map((message): EventIntent => ({ type: 'Warning', reason: 'FailedCreate', message: `Error creating: ${message}`, key })),
    ];
    const made = created.length
      ? reason(fl.reasons.created, { rs: rs.metadata.name ?? '', pods: created.map((p) => p.metadata.name ?? ''), have: active.length, want })
      : undefined;
    const refused = errors.length ? reason(fl.reasons.createRefused, { rs: rs.metadata.name ?? '', error: errors[0] ?? '' }) : undefined;
    return {
      actions: created.map((object) => ({ type: 'create', object })),
      events,
      ...(made || refused ? { why: made && refused ? reason('clauses', { parts: [made, refused] }) : (made ?? refused) } : {}),
      ...(errors.length ? { error: errors.join('; ') } : {}),
    };
  }
  if (diff > 0) {
    const victims = [...active].sort(compareForDeletion).slice(0, Math.min(diff, BURST_REPLICAS));
    return {
      actions: victims.map((p) => ({ type: 'delete', key: keyOf(p), uid: p.metadata.uid ?? '' })),
      events: victims.map((p) => ({ type: 'Normal', reason: 'SuccessfulDelete', message: `Deleted pod: ${p.metadata.name}`, key })),
      why: reason(fl.reasons.deleted, { rs: rs.metadata.name ?? '', pods: victims.map((p) => p.metadata.name ?? ''), have: active.length, want }),
    };
  }
  return { actions: [], events: [] };
}

export function reconcile(key: string, view: ClusterView, ctx: ReconcileContext): ReconcileResult {
  const rs = view.get(key) as RS | undefined;
  if (!rs || rs.metadata.deletionTimestamp) return { actions: [] };
  return syncReplicas(rs, key, view, ctx, REPLICA_SET);
}

/** syncReplicaSet for a ReplicaSet, or a ReplicationController seen as one (its selector as matchLabels). */
export function syncReplicas(rs: RS, key: string, view: ClusterView, ctx: ReconcileContext, fl: Flavour): ReconcileResult {
  const { owned, adopt } = claimPods(rs, view);
  const ref = { apiVersion: fl.apiVersion, kind: fl.kind, name: rs.metadata.name ?? '', uid: rs.metadata.uid ?? '', controller: true, blockOwnerDeletion: true };
  const adoptions: ApiAction[] = adopt.map((p) => ({ type: 'update', object: { ...p, metadata: { ...p.metadata, ownerReferences: [...(p.metadata.ownerReferences ?? []), ref] } } }));
  const pods = [...owned, ...adopt];
  const managed = manage(rs, pods.filter(isActive), view, ctx, fl);
  const st = status(rs, pods, view.nowMs);
  const statusAction: ApiAction[] = deepEqual({ ...(rs.status ?? {}), ...st }, rs.status) ? [] : [{ type: 'updateStatus', key, status: { ...(rs.status ?? {}), ...st } }];
  // syncReplicaSet: once every replica is Ready but not all available, sync again a whole minReadySeconds later
  // (counted from this sync, not from the pods' floored lastTransitionTime).
  const minReady = rs.spec?.minReadySeconds ?? 0;
  const want = rs.spec?.replicas ?? 1;
  const recheck = minReady > 0 && !managed.error && (st as { readyReplicas: number }).readyReplicas === want && (st as { availableReplicas: number }).availableReplicas !== want;
  return {
    actions: [...adoptions, ...managed.actions, ...statusAction],
    events: managed.events,
    ...(managed.error ? { error: managed.error } : {}),
    ...(managed.why ? { why: managed.why } : adopt.length ? { why: reason(fl.reasons.adopted, { rs: rs.metadata.name ?? '', pods: adopt.map((p) => p.metadata.name ?? '') }) } : {}),
    ...(recheck ? { requeueAfterMs: minReady * 1000 } : {}),
  };
}

/**
 * What to sync when `change` happens (replica_set.go's informer handlers): the set itself, a pod's controller, or
 * for an orphan pod every set of `kind` whose selector matches it. `asSet` reads an owner as a ReplicaSet.
 */
export function ownerKeysFor(kind: Flavour['kind'], asSet: (o: KObject) => RS): Controller['keysFor'] {
  return (change: ObjectChange, view: ClusterView) => {
    const o = change.object;
    if (o.kind === kind) return [change.key];
    if (o.kind !== 'Pod') return [];
    const ref = controllerOf(o);
    if (ref) return ref.kind === kind ? [objectKey(kind, o.metadata.namespace ?? '', ref.name)] : [];
    return view.list(kind, o.metadata.namespace ?? '').filter((s) => selectorMatches(asSet(s).spec?.selector, o.metadata.labels ?? {})).map(keyOf);
  };
}

export const replicaSetController: Controller = {
  name: 'replicaset-controller',
  latencyMs: 15,
  kinds: new Set(['ReplicaSet', 'Pod']),
  keysFor: ownerKeysFor('ReplicaSet', (o) => o as RS),
  reconcile,
};
