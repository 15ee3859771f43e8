// Mirrors kubernetes/kubernetes pkg/controller/replication (replication_controller.go, conversion.go): the
// replication manager is the ReplicaSet controller run on ReplicationControllers through a conversion layer. Here
// too: the RC is seen as a ReplicaSet whose selector is its label map as matchLabels, and the ReplicaSet sync
// (claim and adopt, create in slow-start batches, delete by rank, status) runs with the RC as owner.
import type { KObject, ReplicaSet } from '../../api/types';
import type { ClusterView, Controller, ReconcileContext, ReconcileResult } from '../types';
import { ownerKeysFor, syncReplicas, type Flavour } from '../replicaset/replicaSetController';

const REPLICATION_CONTROLLER: Flavour = {
  kind: 'ReplicationController', apiVersion: 'v1',
  reasons: { created: 'rc.created', deleted: 'rc.deleted', adopted: 'rc.adopted', createRefused: 'rc.createRefused' },
};

type RC = KObject & { spec?: { selector?: Record<string, string> } };

/** conversion.go: the RC as the ReplicaSet the shared controller reads (selector map → matchLabels). */
export function asReplicaSet(rc: RC): ReplicaSet & KObject {
  const spec = (rc.spec ?? {}) as Record<string, unknown>;
  return { ...rc, spec: { ...spec, selector: { matchLabels: { ...(rc.spec?.selector ?? {}) } } } } as unknown as ReplicaSet & KObject;
}

export function reconcile(key: string, view: ClusterView, ctx: ReconcileContext): ReconcileResult {
  const rc = view.get(key) as RC | undefined;
  if (!rc || rc.metadata.deletionTimestamp) return { actions: [] };
  return syncReplicas(asReplicaSet(rc), key, view, ctx, REPLICATION_CONTROLLER);
}

export const replicationManager: Controller = {
  name: 'replication-controller',
  latencyMs: 15,
  kinds: new Set(['ReplicationController', 'Pod']),
  keysFor: ownerKeysFor('ReplicationController', (o) => asReplicaSet(o as RC)),
  reconcile,
};
