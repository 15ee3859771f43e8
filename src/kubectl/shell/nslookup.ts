// `nslookup` as the three simulated flavours print it: busybox 1.28 (the one Kubernetes docs pin, reference §7.3),
// newer busybox (musl-style) and BIND's (Debian dnsutils). Answers come from the cluster DNS at this snapshot.
import type { ClusterSnapshot } from '../../sim/index';
import { NAMESERVER, resolveA, resolvePtr } from '../../sim/index';
import type { KubectlOutput } from '../types';
import type { NslookupFlavour } from './images';

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const BUSYBOX_128_USAGE =
  'BusyBox v1.28.4 (2018-05-22 17:00:17 UTC) multi-call binary.\n\nUsage: nslookup [HOST] [SERVER]\n\n' +
  'Query the nameserver for the IP address of the given HOST\noptionally using a specified DNS server\n';

const pad = (label: string) => label.padEnd(10) + ' ';

/** `Address N: ip name` lines of busybox 1.28. */
function addressLines(answers: readonly { ip: string; ptr?: string }[]): string {
  return answers.map((a, i) => `${pad(`Address ${i + 1}:`).trimEnd()} ${a.ip}${a.ptr ? ' ' + a.ptr : ''}\n`).join('');
}

function busybox128(snap: ClusterSnapshot, query: string, namespace: string): KubectlOutput {
  const serverName = resolvePtr(snap, NAMESERVER) ?? 'kube-dns.kube-system.svc.cluster.local';
  const head = `${pad('Server:')}${NAMESERVER}\n${addressLines([{ ip: NAMESERVER, ptr: serverName }])}\n`;
  if (IPV4.test(query)) {
    const ptr = resolvePtr(snap, query);
    return { stdout: `${head}${pad('Name:')}${query}\n${addressLines([{ ip: query, ...(ptr ? { ptr } : {}) }])}`, stderr: '', exitCode: 0 };
  }
  const r = resolveA(snap, query, namespace);
  if ('nxdomain' in r) return { stdout: head, stderr: `nslookup: can't resolve '${query}'\n`, exitCode: 1 };
  return { stdout: `${head}${pad('Name:')}${query}\n${addressLines(r.answers)}`, stderr: '', exitCode: 0 };
}

/** busybox ≥1.30 (`Address:\t10.96.0.10:53`) and BIND (`#53`) share a layout. */
function modern(snap: ClusterSnapshot, query: string, namespace: string, flavour: 'busybox' | 'bind'): KubectlOutput {
  const port = flavour === 'bind' ? '#53' : ':53';
  const head = `Server:\t\t${NAMESERVER}\nAddress:\t${NAMESERVER}${port}\n\n`;
  if (IPV4.test(query)) {
    const ptr = resolvePtr(snap, query);
    const arpa = query.split('.').reverse().join('.') + '.in-addr.arpa';
    if (!ptr) return { stdout: head, stderr: `** server can't find ${arpa}: NXDOMAIN\n\n`, exitCode: 1 };
    return { stdout: `${head}${arpa}\tname = ${ptr}.\n\n`, stderr: '', exitCode: 0 };
  }
  const r = resolveA(snap, query, namespace);
  if ('nxdomain' in r) return { stdout: head, stderr: `** server can't find ${query}: NXDOMAIN\n\n`, exitCode: 1 };
  const body = r.answers.map((a) => `Name:\t${r.fqdn}\nAddress: ${a.ip}\n`).join('');
  return { stdout: `${head}${body}\n`, stderr: '', exitCode: 0 };
}

/** Run `nslookup ARGS` in a pod of `namespace`. Options (`-type=…`) are ignored; a SERVER argument must be the cluster DNS. */
export function nslookup(snap: ClusterSnapshot, args: readonly string[], namespace: string, flavour: NslookupFlavour): KubectlOutput {
  const words = args.filter((a) => !a.startsWith('-'));
  const [query, server] = words;
  if (!query) {
    if (flavour === 'busybox-1.28') return { stdout: '', stderr: BUSYBOX_128_USAGE, exitCode: 1 };
    return { stdout: '', stderr: 'Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n', exitCode: 1 };
  }
  if (server !== undefined && server !== NAMESERVER && !/^kube-dns(\.kube-system(\.svc(\.cluster\.local)?)?)?$/.test(server)) {
    const msg = flavour === 'busybox-1.28' ? `nslookup: can't resolve '${query}'\n` : `;; connection timed out; no servers could be reached\n\n`;
    return { stdout: '', stderr: msg, exitCode: 1 };
  }
  if (flavour === 'busybox-1.28') return busybox128(snap, query, namespace);
  return modern(snap, query, namespace, flavour);
}
