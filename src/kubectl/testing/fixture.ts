// A frozen engine snapshot for golden tests: the StatefulSet tutorial (headless Service `nginx`, StatefulSet
// `web` with 2 replicas and volumeClaimTemplates), Deployment `nginx-deployment` (2 replicas) with Service `ng`,
// a static hostPath PV `pv0001` (class manual) and a busybox pod `bb`, 60 s after everything settled
// (seed 1, default cluster). Frozen so the goldens do not move when the engine's details change.
import type { ClusterSnapshot } from '../../sim/index';
import raw from './fixtures/cluster.json';

export function fixtureSnapshot(): ClusterSnapshot {
  const r = raw as unknown as Pick<ClusterSnapshot, 'nowMs' | 'objects' | 'events'>;
  return {
    nowMs: r.nowMs,
    objects: r.objects,
    events: r.events,
    config: { nodes: 3, defaultStorageClass: 'standard', featureGates: {} },
    sim: { nodesDown: {}, unreadyPods: {}, nextPodHost: {}, nextServiceIp: 20 },
  } as ClusterSnapshot;
}
