// DNS names as graph pseudo-objects (kind DNSRecord, metadata.name = the FQDN), derived from the cluster DNS model.
// One node per A-record name a learner cares about:
//  - each Service's name (`nginx.default.svc.cluster.local`): always present while the Service exists;
//    status `Resolves` with its IPs (the ClusterIP, or every Ready pod of a headless Service), else `NXDOMAIN`;
//  - each per-pod name of a headless Service (`web-0.nginx.default.svc.cluster.local`): present only while the
//    pod is Ready and in the endpoints (exactly what dnsRecords serves), status `Resolves`, spec.pod = the pod.
// Positions are keyed by FQDN (never by IP), so a recreated web-0 finds its name where it was.
import { CLUSTER_DOMAIN, dnsRecords, type ClusterSnapshot, type DnsRecord, type KObject } from '../../sim';

export const DNS_RESOLVES = 'Resolves';
export const DNS_NXDOMAIN = 'NXDOMAIN';

export interface DnsObject extends KObject {
  readonly kind: 'DNSRecord';
  readonly spec: { readonly service: string; readonly pod?: string; readonly type: 'A' | 'CNAME' };
  readonly status: { readonly ips: readonly string[]; readonly resolves: boolean };
}

export const serviceFqdn = (name: string, namespace: string) => `${name}.${namespace}.svc.${CLUSTER_DOMAIN}`;

export function dnsObject(fqdn: string, namespace: string, service: string, ips: readonly string[], pod?: string, type: 'A' | 'CNAME' = 'A'): DnsObject {
  return {
    apiVersion: 'podium.dev/v1', kind: 'DNSRecord', metadata: { name: fqdn, namespace },
    spec: { service, type, ...(pod ? { pod } : {}) }, status: { ips: [...ips], resolves: ips.length > 0 },
  };
}

/** The last DnsObject made for each name: an unchanged name is the same object from frame to frame, so its card
 * data, node and rendering are reused (objects are otherwise new on every frame). */
const interned = new Map<string, DnsObject>();
function intern(o: DnsObject): DnsObject {
  const key = `${o.metadata.namespace}/${o.metadata.name}`;
  const prev = interned.get(key);
  if (prev && prev.spec.service === o.spec.service && prev.spec.pod === o.spec.pod && prev.spec.type === o.spec.type
    && prev.status.ips.length === o.status.ips.length && prev.status.ips.every((ip, i) => ip === o.status.ips[i])) return prev;
  interned.set(key, o);
  return o;
}

const nameOfKey = (key: string) => key.slice(key.indexOf('/', key.indexOf('/') + 1) + 1);

const byHost = new Intl.Collator('en', { numeric: true }).compare;

/** The DNS name nodes at one moment, in a stable order (service name first, then its per-pod names). */
export function dnsObjects(snapshot: ClusterSnapshot, records: readonly DnsRecord[] = dnsRecords(snapshot)): DnsObject[] {
  const services = Object.values(snapshot.objects.Service ?? {}).sort((a, b) => (a.metadata.namespace! + a.metadata.name! < b.metadata.namespace! + b.metadata.name! ? -1 : 1));
  // One pass over the records (a 1,000-pod cluster has thousands): each service's own records, and the per-pod A
  // records under it (a name ending in `.<service FQDN>`).
  const own = new Map<string, DnsRecord[]>();
  const perPod = new Map<string, Map<string, { ips: string[]; pod?: string }>>();
  for (const svc of services) {
    const fqdn = serviceFqdn(svc.metadata.name ?? '', svc.metadata.namespace ?? 'default');
    own.set(fqdn, []);
    perPod.set(fqdn, new Map());
  }
  for (const r of records) {
    if (r.type !== 'A' && r.type !== 'CNAME') continue;
    own.get(r.name)?.push(r);
    if (r.type !== 'A') continue;
    for (let dot = r.name.indexOf('.'); dot >= 0; dot = r.name.indexOf('.', dot + 1)) {
      const hosts = perPod.get(r.name.slice(dot + 1));
      if (!hosts) continue;
      const entry = hosts.get(r.name) ?? { ips: [], ...(r.pod ? { pod: nameOfKey(r.pod) } : {}) };
      if (!entry.ips.includes(r.data)) entry.ips.push(r.data);
      hosts.set(r.name, entry);
    }
  }
  const out: DnsObject[] = [];
  for (const svc of services) {
    const ns = svc.metadata.namespace ?? 'default';
    const name = svc.metadata.name ?? '';
    const fqdn = serviceFqdn(name, ns);
    const mine = own.get(fqdn)!;
    const type = mine[0]?.type === 'CNAME' ? 'CNAME' : 'A';
    out.push(intern(dnsObject(fqdn, ns, name, [...new Set(mine.map((r) => r.data))], undefined, type)));
    for (const [host, e] of [...perPod.get(fqdn)!].sort(([a], [b]) => byHost(a, b))) {
      out.push(intern(dnsObject(host, ns, name, e.ips, e.pod)));
    }
  }
  return out;
}

type Endpoint = { hostname?: string; targetRef?: { kind?: string; name?: string } };

/**
 * Every per-pod DNS name an EndpointSlice version could ever publish (ready or not), for the stable layout:
 * the name `hostname.service.ns.svc.cluster.local` of each endpoint with a hostname, for headless Services.
 */
export function podDnsNamesOfSlice(slice: KObject, services: ReadonlyMap<string, KObject>): DnsObject[] {
  const ns = slice.metadata.namespace ?? 'default';
  const service = slice.metadata.labels?.['kubernetes.io/service-name'];
  const svc = service ? services.get(`Service/${ns}/${service}`) : undefined;
  if (!service || !svc || (svc as { spec?: { clusterIP?: string } }).spec?.clusterIP !== 'None') return [];
  const endpoints = ((slice as { endpoints?: Endpoint[] }).endpoints ?? []).filter((e) => e.hostname);
  return endpoints.map((e) => dnsObject(`${e.hostname}.${serviceFqdn(service, ns)}`, ns, service, [],
    e.targetRef?.kind === 'Pod' ? e.targetRef.name : undefined));
}

/** A Service or DNS name that belongs to the cluster itself (kube-system, the `kubernetes` API Service). */
export function isSystem(obj: KObject): boolean {
  const ns = obj.metadata.namespace ?? '';
  if (ns === 'kube-system') return true;
  if (obj.kind === 'Service') return ns === 'default' && obj.metadata.name === 'kubernetes';
  if (obj.kind === 'DNSRecord') return ns === 'default' && (obj as DnsObject).spec.service === 'kubernetes';
  return false;
}
