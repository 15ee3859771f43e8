// A pod's revision: which version of its workload's pod template it runs, as the number `kubectl rollout history`
// prints. StatefulSet pods: the ControllerRevision named by their `controller-revision-hash` label; Deployment
// pods: their ReplicaSet's `deployment.kubernetes.io/revision` annotation. Cards show it as a colour (REV_COLOURS,
// explained by the legend), so a partitioned update or a rollout in progress is visible at a glance.
import type { ClusterSnapshot, KObject } from '../../sim';

/** Revision colours, cycling: 1 blue, 2 orange, 3 purple, 4 teal, 5 pink, 6 olive. */
export const REV_COLOURS = ['#2f6fdb', '#e07b00', '#8e44c9', '#0f9d8a', '#d1457d', '#7d8a1f'] as const;
export const revColour = (rev: number) => REV_COLOURS[(Math.max(1, rev) - 1) % REV_COLOURS.length]!;

const byKey = (snapshot: ClusterSnapshot, kind: string, ns: string, name: string): KObject | undefined =>
  (snapshot.objects as Record<string, Record<string, KObject> | undefined>)[kind]?.[`${ns}/${name}`];

export function podRevision(snapshot: ClusterSnapshot, pod: KObject): number | undefined {
  const ns = pod.metadata.namespace ?? 'default';
  const owner = pod.metadata.ownerReferences?.find((r) => r.controller);
  if (!owner) return undefined;
  if (owner.kind === 'StatefulSet') {
    const hash = pod.metadata.labels?.['controller-revision-hash'];
    const cr = hash ? byKey(snapshot, 'ControllerRevision', ns, hash) : undefined;
    const rev = (cr as { revision?: unknown } | undefined)?.revision;
    return typeof rev === 'number' ? rev : undefined;
  }
  if (owner.kind === 'ReplicaSet') {
    const rs = byKey(snapshot, 'ReplicaSet', ns, owner.name);
    const rev = Number(rs?.metadata.annotations?.['deployment.kubernetes.io/revision']);
    return Number.isInteger(rev) && rev > 0 ? rev : undefined;
  }
  return undefined;
}

export interface RevisionEntry { readonly workload: string; readonly rev: number; readonly image: string; readonly pods: number }

/** The revisions pods run now, per workload: what the legend lists ("statefulset-test r2 nginx:1.19 · 1 pod"). */
export function revisionsInUse(snapshot: ClusterSnapshot): RevisionEntry[] {
  const seen = new Map<string, { workload: string; rev: number; image: string; pods: number }>();
  for (const pod of Object.values((snapshot.objects as Record<string, Record<string, KObject> | undefined>).Pod ?? {})) {
    const rev = podRevision(snapshot, pod);
    if (rev === undefined) continue;
    const owner = pod.metadata.ownerReferences!.find((r) => r.controller)!;
    const rs = owner.kind === 'ReplicaSet' ? byKey(snapshot, 'ReplicaSet', pod.metadata.namespace ?? 'default', owner.name) : undefined;
    const workload = rs?.metadata.ownerReferences?.find((r) => r.controller)?.name ?? owner.name;
    const key = `${workload}\u0000${rev}`;
    const entry = seen.get(key) ?? { workload, rev, image: podImage(pod), pods: 0 };
    entry.pods++;
    seen.set(key, entry);
  }
  return [...seen.values()].sort((a, b) => (a.workload < b.workload ? -1 : a.workload > b.workload ? 1 : a.rev - b.rev));
}

/** The image of a pod's first container (`nginx:1.19`), with `+N` for more containers. */
export function podImage(pod: KObject): string {
  const containers = (pod as { spec?: { containers?: { image?: string }[] } }).spec?.containers ?? [];
  const first = containers[0]?.image ?? '';
  return containers.length > 1 ? `${first} +${containers.length - 1}` : first;
}
