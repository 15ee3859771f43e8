// Which objects of a snapshot belong to each side of the compare view, grouped in rows: the workload (its Service,
// itself, its ReplicaSets), its pods, their claims (each card names its volume; PVs are left to the main graph),
// and its DNS names.
import type { ClusterSnapshot, KObject } from '../../sim';
import { dnsObjects } from '../graph/dnsNodes';
import { CLAIM_TEMPLATE, WORKLOAD_OF, type Side } from './compareManifest';
import { sideOfPod } from './history';

export interface SideRows {
  readonly workload: readonly KObject[];
  readonly pods: readonly KObject[];
  readonly storage: readonly KObject[];
  readonly dns: readonly KObject[];
  /** Pod volumes that are not claims (the Deployment's emptyDir), as `name: type`. */
  readonly podVolumes: readonly string[];
}

const byName = new Intl.Collator('en', { numeric: true }).compare;
const name = (o: KObject) => o.metadata.name ?? '';
const created = (o: KObject) => o.metadata.creationTimestamp ?? '';
const values = (snap: ClusterSnapshot, kind: string): KObject[] => Object.values(snap.objects[kind as keyof typeof snap.objects] ?? {}) as KObject[];
const inDefault = (o: KObject) => (o.metadata.namespace ?? 'default') === 'default';

export function sideRows(snap: ClusterSnapshot, side: Side): SideRows {
  const wl = WORKLOAD_OF[side];
  const kind = side === 'deploy' ? 'Deployment' : 'StatefulSet';
  const workload = [
    ...values(snap, 'Service').filter((o) => inDefault(o) && name(o) === wl),
    ...values(snap, kind).filter((o) => inDefault(o) && name(o) === wl),
    ...values(snap, 'ReplicaSet').filter((o) => inDefault(o) && o.metadata.ownerReferences?.some((r) => r.kind === 'Deployment' && r.name === wl))
      .sort((a, b) => created(a).localeCompare(created(b)) || byName(name(a), name(b))),
  ];
  // The StatefulSet's pods by ordinal; the Deployment's by age (their names are random).
  const pods = values(snap, 'Pod').filter((p) => sideOfPod(p) === side)
    .sort((a, b) => (side === 'sts' ? byName(name(a), name(b)) : created(a).localeCompare(created(b)) || byName(name(a), name(b))));
  const claimNames = new Set(pods.flatMap((p) => ((p.spec as { volumes?: { persistentVolumeClaim?: { claimName?: string } }[] })?.volumes ?? [])
    .map((v) => v.persistentVolumeClaim?.claimName).filter((c): c is string => !!c)));
  const prefix = `${CLAIM_TEMPLATE}-${wl}-`;
  const claims = values(snap, 'PersistentVolumeClaim').filter((c) => inDefault(c) && (claimNames.has(name(c)) || (side === 'sts' && name(c).startsWith(prefix))))
    .sort((a, b) => byName(name(a), name(b)));
  const podVolumes = [...new Set(pods.flatMap((p) => ((p.spec as { volumes?: Record<string, unknown>[] })?.volumes ?? [])
    .filter((v) => !v.persistentVolumeClaim && !String(v.name ?? '').startsWith('kube-api-access'))
    .map((v) => `${String(v.name)}: ${Object.keys(v).find((k) => k !== 'name') ?? '?'}`)))];
  const dns = dnsObjects(snap).filter((d) => d.spec.service === wl && (d.metadata.namespace ?? 'default') === 'default');
  return { workload, pods, storage: claims, dns, podVolumes };
}
