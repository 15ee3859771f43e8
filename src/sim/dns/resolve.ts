// Name resolution as a pod with dnsPolicy ClusterFirst sees it: the search path of /etc/resolv.conf with
// ndots:5, then CoreDNS answers (records.ts) including `pods insecure` names like 10-244-1-6.default.pod.
import type { ClusterSnapshot } from '../engine/types';
import { CLUSTER_DOMAIN, dnsRecords, reverseName, type DnsRecord } from './records';

export const NAMESERVER = '10.96.0.10';
export const NDOTS = 5;

export function searchPath(namespace: string): string[] {
  return [`${namespace}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN];
}

/** The pod's /etc/resolv.conf. */
export function resolvConf(namespace: string): string {
  return `search ${searchPath(namespace).join(' ')}\nnameserver ${NAMESERVER}\noptions ndots:${NDOTS}\n`;
}

export interface Answer { readonly ip: string; readonly ptr?: string }
export type Resolution = { readonly fqdn: string; readonly answers: readonly Answer[] } | { readonly nxdomain: true };

/** The names a stub resolver tries, in order (glibc/musl ndots rule). */
export function candidates(query: string, namespace: string): string[] {
  const q = query.toLowerCase();
  if (q.endsWith('.')) return [q.slice(0, -1)];
  const dots = q.split('.').length - 1;
  const searched = searchPath(namespace).map((s) => `${q}.${s}`);
  return dots >= NDOTS ? [q, ...searched] : [...searched, q];
}

function podRecordIp(name: string): string | undefined {
  const m = /^(\d+)-(\d+)-(\d+)-(\d+)\.[a-z0-9-]+\.pod\.cluster\.local$/.exec(name);
  return m ? `${m[1]}.${m[2]}.${m[3]}.${m[4]}` : undefined;
}

/** Resolve A records for `query` from a pod in `namespace`. */
export function resolveA(snap: ClusterSnapshot, query: string, namespace: string, records: readonly DnsRecord[] = dnsRecords(snap)): Resolution {
  const ptr = (ip: string) => records.find((r) => r.type === 'PTR' && r.name === reverseName(ip))?.data;
  for (const name of candidates(query, namespace)) {
    const ips = records.filter((r) => r.type === 'A' && r.name === name).map((r) => r.data);
    const podIp = podRecordIp(name);
    if (podIp) ips.push(podIp);
    if (ips.length) return { fqdn: name, answers: [...new Set(ips)].map((ip) => ({ ip, ...(ptr(ip) ? { ptr: ptr(ip)! } : {}) })) };
  }
  return { nxdomain: true };
}

/** SRV records for a name (searched like A). */
export function resolveSrv(snap: ClusterSnapshot, query: string, namespace: string): { fqdn: string; records: DnsRecord[] } | undefined {
  const records = dnsRecords(snap);
  for (const name of candidates(query, namespace)) {
    const hits = records.filter((r) => r.type === 'SRV' && r.name === name);
    if (hits.length) return { fqdn: name, records: hits };
  }
  return undefined;
}

/** Reverse lookup of an IP (PTR). */
export function resolvePtr(snap: ClusterSnapshot, ip: string): string | undefined {
  return dnsRecords(snap).find((r) => r.type === 'PTR' && r.name === reverseName(ip))?.data;
}
