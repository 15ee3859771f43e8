// Mirrors kubernetes/kubernetes pkg/controller/deployment/sync.go (getAllReplicaSetsAndSyncRevision,
// getNewReplicaSet). Deviations: a name collision is detected from the view before creating (no AlreadyExists
// round trip); the revision annotation of the Deployment is written in the same sync as the RS update.
import { objectKey } from '../../api/keys';
import { typed } from './types';
import type { Deployment, ReplicaSet } from './types';
import { replicasOf } from './types';
import type { SyncContext } from './syncContext';
import { current, putReplicaSet, scalingEvent } from './syncContext';
import { REVISION_ANNOTATION, maxRevision, newReplicaSetAnnotations } from './annotations';
import { FOUND_NEW_RS, NEW_RS_CREATED, getCondition, hasProgressDeadline, newCondition, setCondition } from './conditions';
import { POD_TEMPLATE_HASH_LABEL, computeHash, equalIgnoreHash } from './hash';
import { maxSurge } from './fenceposts';
import { findNewReplicaSet, findOldReplicaSets, newRSNewReplicas } from './replicaSetUtil';
import { reason } from '../../reasons';

/** The new RS (its revision raised above every old one) and all old RSs; creates the new RS if asked. */
export function getAllReplicaSetsAndSyncRevision(s: SyncContext, rsList: readonly ReplicaSet[], create: boolean): { newRS?: ReplicaSet; oldRSs: ReplicaSet[] } {
  const oldRSs = findOldReplicaSets(s.d, rsList);
  const newRS = getNewReplicaSet(s, rsList, oldRSs, create);
  return { ...(newRS ? { newRS } : {}), oldRSs };
}

function syncExisting(s: SyncContext, found: ReplicaSet, newRevision: number): ReplicaSet {
  const d = s.d;
  const existing = current(s, found);
  const desired = replicasOf(d);
  const { annotations, changed } = newReplicaSetAnnotations(s.annotations, existing, newRevision, true, desired, desired + maxSurge(d));
  const minReady = d.spec?.minReadySeconds ?? 0;
  let rs = existing;
  if (changed || (existing.spec?.minReadySeconds ?? 0) !== minReady) {
    rs = { ...existing, metadata: { ...existing.metadata, annotations }, spec: { ...existing.spec!, minReadySeconds: minReady } };
    putReplicaSet(s, rs);
    const old = existing.metadata.annotations?.[REVISION_ANNOTATION];
    if (old !== undefined && old !== annotations[REVISION_ANNOTATION]) {
      s.whys.push(reason('deploy.rsReused', { rs: rs.metadata.name ?? '', old, revision: String(annotations[REVISION_ANNOTATION]) }));
    }
  }
  s.annotations[REVISION_ANNOTATION] = rs.metadata.annotations?.[REVISION_ANNOTATION] ?? String(newRevision);
  if (hasProgressDeadline(d) && !getCondition(s.status, 'Progressing')) {
    s.status = setCondition(s.status, newCondition('Progressing', 'True', FOUND_NEW_RS, `Found new replica set "${rs.metadata.name}"`, s.view.nowMs));
  }
  return rs;
}

/** The RS for the current template, named `<deployment>-<pod-template-hash>`. */
function buildReplicaSet(d: Deployment, hash: string): ReplicaSet {
  const template = d.spec?.template ?? {};
  const labels = { ...(template.metadata?.labels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash };
  const selector = d.spec?.selector ?? {};
  return {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: {
      name: `${d.metadata.name}-${hash}`, namespace: d.metadata.namespace ?? 'default', labels,
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name ?? '', uid: d.metadata.uid ?? '', controller: true, blockOwnerDeletion: true }],
    },
    spec: {
      replicas: 0, minReadySeconds: d.spec?.minReadySeconds ?? 0,
      selector: { ...selector, matchLabels: { ...(selector.matchLabels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash } },
      template: { ...template, metadata: { ...(template.metadata ?? {}), labels } },
    },
  };
}

function getNewReplicaSet(s: SyncContext, rsList: readonly ReplicaSet[], oldRSs: readonly ReplicaSet[], create: boolean): ReplicaSet | undefined {
  const existing = findNewReplicaSet(s.d, rsList);
  const newRevision = maxRevision(oldRSs) + 1;
  if (existing) return syncExisting(s, existing, newRevision);
  if (!create) return undefined;
  const d = s.d;
  const hash = computeHash(d.spec?.template, s.status.collisionCount ?? undefined);
  const draft = buildReplicaSet(d, hash);
  const clash = s.view.get(objectKey('ReplicaSet', draft.metadata.namespace ?? '', draft.metadata.name ?? ''));
  if (clash && !equalIgnoreHash(typed<ReplicaSet>(clash).spec?.template, d.spec?.template)) {
    s.status = { ...s.status, collisionCount: (s.status.collisionCount ?? 0) + 1 };
    s.whys.push(reason('deploy.hashCollision', { rs: draft.metadata.name ?? '', collisionCount: s.status.collisionCount ?? 0 }));
    return undefined;
  }
  const replicas = newRSNewReplicas(d, [...oldRSs, draft], draft);
  const desired = replicasOf(d);
  const { annotations } = newReplicaSetAnnotations(s.annotations, draft, newRevision, false, desired, desired + maxSurge(d));
  const rs: ReplicaSet = { ...draft, metadata: { ...draft.metadata, annotations }, spec: { ...draft.spec!, replicas } };
  putReplicaSet(s, rs, true);
  if (replicas > 0) scalingEvent(s, rs.metadata.name ?? '', 0, replicas);
  s.annotations[REVISION_ANNOTATION] = String(newRevision);
  if (hasProgressDeadline(d)) {
    s.status = setCondition(s.status, newCondition('Progressing', 'True', NEW_RS_CREATED, `Created new replica set "${rs.metadata.name}"`, s.view.nowMs));
  }
  return rs;
}
