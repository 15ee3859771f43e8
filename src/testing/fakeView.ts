// A ClusterView over a plain list of objects, for controller unit tests.
import type { KObject, KindName, ObjectKey } from '../sim/api/types';
import type { ClusterView, ReconcileContext } from '../sim/controllers/types';
import type { ClusterConfig, SimSideState } from '../sim/engine/types';
import { keyOf } from '../sim/api/keys';

export const TEST_CONFIG: ClusterConfig = { nodes: 3, defaultStorageClass: 'standard', featureGates: {} };

export function fakeView(objects: readonly KObject[], nowMs = 0, opts: { config?: ClusterConfig; sim?: Partial<SimSideState> } = {}): ClusterView {
  const byKey = new Map<ObjectKey, KObject>(objects.map((o) => [keyOf(o), o]));
  const sorted = [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, o]) => o);
  return {
    nowMs,
    config: opts.config ?? TEST_CONFIG,
    sim: { nodesDown: {}, unreadyPods: {}, nextPodHost: {}, nextServiceIp: 20, ...opts.sim },
    get: (key) => byKey.get(key),
    list: (kind: KindName, namespace?: string) =>
      sorted.filter((o) => o.kind === kind && (namespace === undefined || (o.metadata.namespace ?? '') === namespace)),
  };
}

/** A deterministic ReconcileContext: a counter-based "random", sequential uids and IPs. */
export function fakeContext(): ReconcileContext {
  let n = 0;
  let host = 10;
  return {
    random: () => ((n++ * 0.618033988749895) % 1),
    allocatePodIp: (node) => `10.244.${node.replace(/\D/g, '') || '0'}.${host++}`,
    newUid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
}
