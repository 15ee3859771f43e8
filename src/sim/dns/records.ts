// The records CoreDNS's kubernetes plugin serves for zone cluster.local, derived from Services and
// EndpointSlices (kubernetes/dns docs/specification.md; CoreDNS plugin/kubernetes). Pure and derived: never stored.
import type { KObject, ObjectKey, Service } from '../api/types';
import { keyOf, objectKey } from '../api/keys';
import type { ClusterSnapshot } from '../engine/types';

export const CLUSTER_DOMAIN = 'cluster.local';

export interface DnsRecord {
  /** Fully qualified, without the trailing dot: `web-0.nginx.default.svc.cluster.local`. */
  readonly name: string;
  readonly type: 'A' | 'SRV' | 'PTR' | 'CNAME';
  /** A: the IP; PTR/CNAME: the target name; SRV: `priority weight port target`. */
  readonly data: string;
  readonly service: ObjectKey;
  /** The pod behind an endpoint record. */
  readonly pod?: ObjectKey;
}

type SliceEndpoint = { addresses?: string[]; conditions?: { ready?: boolean }; hostname?: string; targetRef?: { kind?: string; namespace?: string; name?: string } };
type Slice = KObject & { endpoints?: SliceEndpoint[]; ports?: { name?: string; port?: number; protocol?: string }[] };

const dashed = (ip: string) => ip.replace(/\./g, '-');
export const reverseName = (ip: string) => `${ip.split('.').reverse().join('.')}.in-addr.arpa`;

function slicesOf(snap: ClusterSnapshot, svc: KObject): Slice[] {
  return Object.values(snap.objects.EndpointSlice).filter((s) => s.metadata.namespace === svc.metadata.namespace && s.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name) as Slice[];
}

function headlessRecords(snap: ClusterSnapshot, svc: Service & KObject, fqdn: string, out: DnsRecord[]): void {
  const service = keyOf(svc);
  const publishAll = svc.spec?.publishNotReadyAddresses === true;
  for (const slice of slicesOf(snap, svc)) {
    const eps = (slice.endpoints ?? []).filter((e) => publishAll || e.conditions?.ready === true);
    for (const e of eps) {
      const pod = e.targetRef?.kind === 'Pod' ? objectKey('Pod', e.targetRef.namespace ?? '', e.targetRef.name ?? '') : undefined;
      for (const ip of e.addresses ?? []) {
        const host = `${e.hostname ?? dashed(ip)}.${fqdn}`;
        out.push({ name: fqdn, type: 'A', data: ip, service, ...(pod ? { pod } : {}) });
        if (e.hostname) out.push({ name: host, type: 'A', data: ip, service, ...(pod ? { pod } : {}) });
        out.push({ name: reverseName(ip), type: 'PTR', data: host, service, ...(pod ? { pod } : {}) });
        const weight = Math.floor(100 / eps.length);
        for (const p of slice.ports ?? []) {
          if (p.name) out.push({ name: `_${p.name}._${(p.protocol ?? 'TCP').toLowerCase()}.${fqdn}`, type: 'SRV', data: `0 ${weight} ${p.port} ${host}`, service, ...(pod ? { pod } : {}) });
        }
      }
    }
  }
}

/** Every record the cluster DNS would answer for Services (pod `a-b-c-d.ns.pod` names are answered on the fly). */
export function dnsRecords(snap: ClusterSnapshot): DnsRecord[] {
  const out: DnsRecord[] = [];
  for (const obj of Object.values(snap.objects.Service).sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1))) {
    const svc = obj as Service & KObject;
    const fqdn = `${svc.metadata.name}.${svc.metadata.namespace}.svc.${CLUSTER_DOMAIN}`;
    const service = keyOf(svc);
    if (svc.spec?.type === 'ExternalName') { out.push({ name: fqdn, type: 'CNAME', data: svc.spec.externalName ?? '', service }); continue; }
    const ip = svc.spec?.clusterIP;
    if (ip === 'None') { headlessRecords(snap, svc, fqdn, out); continue; }
    if (!ip) continue;
    out.push({ name: fqdn, type: 'A', data: ip, service });
    out.push({ name: reverseName(ip), type: 'PTR', data: fqdn, service });
    for (const p of svc.spec?.ports ?? []) if (p.name) out.push({ name: `_${p.name}._${(p.protocol ?? 'TCP').toLowerCase()}.${fqdn}`, type: 'SRV', data: `0 100 ${p.port} ${fqdn}`, service });
  }
  return out;
}
