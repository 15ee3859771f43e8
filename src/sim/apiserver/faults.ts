// Faults a teacher injects: they change what physically happens (a node stops heartbeating, a probe fails,
// a container crashes); controllers then react as they would on a real cluster.
import type { KObject } from '../api/types';
import { objectKey } from '../api/keys';
import type { Fault, ItemResult, ObjectChange } from '../engine/types';
import type { Work } from '../engine/work';
import { updateStatus } from '../engine/applier';
import { crashPod, evictPod } from '../controllers/kubelet';
import { observedKey } from '../controllers/observed';
import type { ContainerStatus } from 'kubernetes-types/core/v1';

export function applyFault(work: Work, fault: Fault, changes: ObjectChange[], touched: string[]): ItemResult {
  if (fault.type === 'node-down' || fault.type === 'node-up') {
    const key = objectKey('Node', '', fault.node);
    const ref = { kind: 'Node' as const, namespace: '', name: fault.node };
    if (!work.get(key)) return { ref, error: { reason: 'NotFound', resource: 'nodes', name: fault.node } };
    const down = { ...work.sim.nodesDown };
    if (fault.type === 'node-down') down[fault.node] = work.nowMs;
    else delete down[fault.node];
    work.sim = { ...work.sim, nodesDown: down };
    touched.push(key, ...work.list('Pod').filter((p) => (p.spec as { nodeName?: string }).nodeName === fault.node).map((p) => objectKey('Pod', p.metadata.namespace ?? '', p.metadata.name ?? '')));
    return { ref, outcome: 'faulted' };
  }
  const ns = fault.namespace ?? 'default';
  const key = objectKey('Pod', ns, fault.pod);
  const ref = { kind: 'Pod' as const, namespace: ns, name: fault.pod };
  const pod: KObject | undefined = work.get(key);
  if (!pod) return { ref, error: { reason: 'NotFound', resource: 'pods', name: fault.pod } };
  const uid = pod.metadata.uid ?? '';
  touched.push(key);
  switch (fault.type) {
    case 'pod-unready':
      work.sim = { ...work.sim, unreadyPods: { ...work.sim.unreadyPods, [uid]: true } };
      break;
    case 'pod-ready': {
      const rest = { ...work.sim.unreadyPods };
      delete rest[uid];
      work.sim = { ...work.sim, unreadyPods: rest };
      break;
    }
    case 'container-crash': {
      const crashed = crashPod(pod, work.nowMs);
      changes.push(...updateStatus(work, key, crashed.status).changes);
      // The runtime knows the precise moment the container died (the status only keeps the floored finishedAt):
      // the kubelet's restart back-off counts from it.
      const wasRunning = new Set(((pod.status as { containerStatuses?: ContainerStatus[] } | undefined)?.containerStatuses ?? []).filter((s) => s.state?.running).map((s) => s.name));
      const died = ((crashed.status as { containerStatuses?: ContainerStatus[] }).containerStatuses ?? []).filter((s) => s.state?.terminated && wasRunning.has(s.name));
      const observed = { ...(work.sim.observed ?? {}) };
      for (const s of died) observed[observedKey('kubelet', key, uid, `died/${s.name}/${s.restartCount}`)] = work.nowMs;
      work.sim = { ...work.sim, observed };
      break;
    }
    case 'pod-evict':
      changes.push(...updateStatus(work, key, evictPod(pod, work.nowMs).status).changes);
      break;
  }
  return { ref, outcome: 'faulted' };
}
