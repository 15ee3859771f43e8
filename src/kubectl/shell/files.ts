// Files the kubelet writes into every container: /etc/hosts, /etc/resolv.conf, /etc/hostname.
// Mirrors kubernetes/kubernetes pkg/kubelet/kubelet_pods.go (managedHostsFileContent, hostsEntriesFromHostAliases)
// and pkg/kubelet/util (GeneratePodHostNameAndDomain). Deviations: no hostAliases, no hostNetwork pods, no IPv6.
import type { KObject } from '../../sim/index';
import { CLUSTER_DOMAIN, resolvConf } from '../../sim/index';

interface PodSpecBits {
  spec?: { hostname?: string; subdomain?: string; dnsPolicy?: string };
  status?: { podIP?: string };
}

/** The pod's hostname: spec.hostname, else the pod name (at most 63 characters, no trailing `-` or `.`). */
export function podHostname(pod: KObject): string {
  const h = (pod as PodSpecBits).spec?.hostname;
  if (h) return h;
  return (pod.metadata.name ?? '').slice(0, 63).replace(/[-.]+$/, '');
}

/** `<subdomain>.<ns>.svc.cluster.local` when spec.subdomain is set, else undefined. */
export function podDomain(pod: KObject): string | undefined {
  const sub = (pod as PodSpecBits).spec?.subdomain;
  return sub ? `${sub}.${pod.metadata.namespace ?? 'default'}.svc.${CLUSTER_DOMAIN}` : undefined;
}

/**
 * What `hostname -f` prints: the canonical name of the hostname in /etc/hosts, which is the FQDN whenever
 * the pod has a subdomain (the kubelet writes it whether or not a Service of that name exists).
 */
export function podFqdn(pod: KObject): string {
  const domain = podDomain(pod);
  return domain ? `${podHostname(pod)}.${domain}` : podHostname(pod);
}

/** /etc/hosts as the kubelet writes it. */
export function hostsFile(pod: KObject): string {
  const ip = (pod as PodSpecBits).status?.podIP ?? '';
  const domain = podDomain(pod);
  const host = podHostname(pod);
  const own = domain ? `${ip}\t${host}.${domain}\t${host}` : `${ip}\t${host}`;
  return [
    '# Kubernetes-managed hosts file.',
    '127.0.0.1\tlocalhost',
    '::1\tlocalhost ip6-localhost ip6-loopback',
    'fe00::0\tip6-localnet',
    'fe00::0\tip6-mcastprefix',
    'fe00::1\tip6-allnodes',
    'fe00::2\tip6-allrouters',
    own,
    '',
  ].join('\n');
}

/** /etc/resolv.conf for the pod's dnsPolicy (ClusterFirst; Default gets the node's resolver). */
export function resolvConfFile(pod: KObject): string {
  if ((pod as PodSpecBits).spec?.dnsPolicy === 'Default') return 'nameserver 192.168.49.1\n';
  return resolvConf(pod.metadata.namespace ?? 'default');
}

/** The files `cat` can read, by path. */
export function containerFiles(pod: KObject): Readonly<Record<string, string>> {
  return {
    '/etc/hosts': hostsFile(pod),
    '/etc/resolv.conf': resolvConfFile(pod),
    '/etc/hostname': podHostname(pod) + '\n',
  };
}
