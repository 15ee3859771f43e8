// Cluster-wide invariants checked after every engine step in tests (k8s assertMonotonicInvariants style).
import type { ClusterState, ClusterView, Endpoints, KObject, KindName, Pod } from '../../src/sim';
import { keyOf } from '../../src/sim';
import { statefulSetInvariants } from '../../src/sim/controllers/statefulset';

/** A read-only controller view over a state (sorted lists, like the engine's). */
export function viewOfState(s: ClusterState): ClusterView {
  return {
    nowMs: s.nowMs, config: s.config, sim: s.sim,
    get: (key) => {
      const kind = key.slice(0, key.indexOf('/'));
      return (s.objects as Record<string, Record<string, KObject>>)[kind]?.[key.slice(kind.length + 1)];
    },
    list: (kind: KindName, ns?: string) => Object.values(s.objects[kind]).filter((o) => ns === undefined || (o.metadata.namespace ?? '') === ns).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1)),
  };
}

const isReady = (p: Pod) => (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');

/** A PersistentVolume is bound to at most one claim, and a bound claim's volume points back at it. */
export function volumeBindingViolations(s: ClusterState): string[] {
  const out: string[] = [];
  const byVolume = new Map<string, string>();
  for (const c of Object.values(s.objects.PersistentVolumeClaim)) {
    const vol = (c.spec as { volumeName?: string }).volumeName;
    if (!vol) continue;
    const other = byVolume.get(vol);
    if (other) out.push(`PV ${vol} claimed by both ${other} and ${c.metadata.name}`);
    byVolume.set(vol, c.metadata.name ?? '');
    const pv = s.objects.PersistentVolume[`/${vol}`];
    const ref = (pv?.spec as { claimRef?: { name?: string; uid?: string } } | undefined)?.claimRef;
    if ((c.status as { phase?: string }).phase === 'Bound' && pv && ref?.name !== c.metadata.name) out.push(`PVC ${c.metadata.name} Bound to ${vol} whose claimRef is ${ref?.name}`);
  }
  return out;
}

/** Endpoints list only Ready, non-terminating pods with the IP they have (checked once the controller caught up). */
export function endpointViolations(s: ClusterState): string[] {
  if (s.queue.some((q) => q.controller === 'endpoint-controller')) return [];
  const out: string[] = [];
  for (const ep of Object.values(s.objects.Endpoints) as (Endpoints & KObject)[]) {
    const svc = s.objects.Service[`${ep.metadata.namespace}/${ep.metadata.name}`];
    if ((svc?.spec as { publishNotReadyAddresses?: boolean } | undefined)?.publishNotReadyAddresses) continue;
    for (const subset of ep.subsets ?? []) for (const a of subset.addresses ?? []) {
      const pod = s.objects.Pod[`${a.targetRef?.namespace}/${a.targetRef?.name}`] as (Pod & KObject) | undefined;
      if (!pod || pod.metadata.uid !== a.targetRef?.uid) out.push(`Endpoints ${ep.metadata.name} lists missing pod ${a.targetRef?.name}`);
      else if (!isReady(pod) || pod.metadata.deletionTimestamp) out.push(`Endpoints ${ep.metadata.name} lists unready pod ${pod.metadata.name}`);
      else if (pod.status?.podIP !== a.ip) out.push(`Endpoints ${ep.metadata.name} has stale IP ${a.ip} for ${pod.metadata.name}`);
    }
  }
  return out;
}

/** Running pods never share an IP. */
export function podIpViolations(s: ClusterState): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const p of Object.values(s.objects.Pod) as (Pod & KObject)[]) {
    const ip = p.status?.podIP;
    if (!ip || p.status?.phase !== 'Running') continue;
    if (seen.has(ip)) out.push(`IP ${ip} used by ${seen.get(ip)} and ${p.metadata.name}`);
    seen.set(ip, p.metadata.name ?? '');
  }
  return out;
}

/** Every invariant, static and transition (before → after one step). */
export function violations(before: ClusterState, after: ClusterState): string[] {
  const a = viewOfState(after);
  return [
    ...statefulSetInvariants.claimViolations(a),
    ...statefulSetInvariants.creationOrderViolations(viewOfState(before), a),
    ...statefulSetInvariants.scaleDownOrderViolations(viewOfState(before), a),
    ...volumeBindingViolations(after),
    ...endpointViolations(after),
    ...podIpViolations(after),
  ];
}
