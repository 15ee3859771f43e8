// `dig [@server] [+short] [-t TYPE] NAME [TYPE]` and `dig -x IP` as BIND 9 prints them (Debian dnsutils, e.g. the
// registry.k8s.io/e2e-test-images/jessie-dnsutils image). dig does not use the search list: names are absolute.
import type { ClusterSnapshot } from '../../sim/index';
import { NAMESERVER, reverseName, resolveA, resolvePtr, resolveSrv } from '../../sim/index';
import type { KubectlOutput } from '../types';

const TTL = 30;
const TYPES = ['A', 'SRV', 'PTR'] as const;
type QType = (typeof TYPES)[number];

interface Query { name: string; type: QType; short: boolean }

function parse(args: readonly string[]): Query | { error: string } {
  let type: QType | undefined;
  let name: string | undefined;
  let short = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const upper = a.toUpperCase();
    if (a === '+short') short = true;
    else if (a.startsWith('+') || a.startsWith('@')) continue;
    else if (a === '-t') type = (args[++i] ?? '').toUpperCase() as QType;
    else if (a === '-x') { name = reverseName(args[++i] ?? ''); type = 'PTR'; }
    else if ((TYPES as readonly string[]).includes(upper) && name !== undefined) type = upper as QType;
    else if ((TYPES as readonly string[]).includes(upper) && args.slice(i + 1).some((x) => !x.startsWith('+'))) type = upper as QType;
    else name = a;
  }
  if (type !== undefined && !TYPES.includes(type)) return { error: `dig: Podium simulates query types A, SRV and PTR\n` };
  return { name: (name ?? '.').replace(/\.$/, ''), type: type ?? 'A', short };
}

/** Answer records as `[owner, type, data]`, absolute names with the trailing dot. */
function answers(snap: ClusterSnapshot, q: Query): string[][] {
  const abs = q.name + '.';
  if (q.type === 'A') {
    const r = resolveA(snap, abs, 'default');
    return 'nxdomain' in r ? [] : r.answers.map((a) => [abs, 'A', a.ip]);
  }
  if (q.type === 'SRV') return (resolveSrv(snap, abs, 'default')?.records ?? []).map((r) => [abs, 'SRV', r.data + '.']);
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\.in-addr\.arpa$/.exec(q.name);
  const ptr = m ? resolvePtr(snap, `${m[4]}.${m[3]}.${m[2]}.${m[1]}`) : undefined;
  return ptr ? [[abs, 'PTR', ptr + '.']] : [];
}

function queryId(name: string): number {
  let h = 7;
  for (const c of name) h = (h * 31 + c.charCodeAt(0)) % 65536;
  return h;
}

export function dig(snap: ClusterSnapshot, args: readonly string[]): KubectlOutput {
  const q = parse(args);
  if ('error' in q) return { stdout: '', stderr: q.error, exitCode: 1 };
  const rows = answers(snap, q);
  if (q.short) return { stdout: rows.map((r) => r[2] + '\n').join(''), stderr: '', exitCode: 0 };
  const status = rows.length === 0 && 'nxdomain' in resolveA(snap, q.name + '.', 'default') ? 'NXDOMAIN' : 'NOERROR';
  const lines = [
    '',
    `; <<>> DiG 9.9.5-9+deb8u19-Debian <<>> ${args.join(' ')}`,
    ';; global options: +cmd',
    ';; Got answer:',
    `;; ->>HEADER<<- opcode: QUERY, status: ${status}, id: ${queryId(q.name)}`,
    `;; flags: qr aa rd; QUERY: 1, ANSWER: ${rows.length}, AUTHORITY: ${rows.length ? 0 : 1}, ADDITIONAL: 0`,
    ';; WARNING: recursion requested but not available',
    '',
    ';; QUESTION SECTION:',
    `;${q.name}.\t\tIN\t${q.type}`,
    '',
    ...(rows.length
      ? [';; ANSWER SECTION:', ...rows.map(([owner, type, data]) => `${owner}\t${TTL}\tIN\t${type}\t${data}`), '']
      : [';; AUTHORITY SECTION:', `cluster.local.\t\t${TTL}\tIN\tSOA\tns.dns.cluster.local. hostmaster.cluster.local. 1700000000 7200 1800 86400 ${TTL}`, '']),
    ';; Query time: 0 msec',
    `;; SERVER: ${NAMESERVER}#53(${NAMESERVER})`,
    `;; MSG SIZE  rcvd: ${40 + q.name.length + rows.reduce((n, r) => n + 16 + (r[2]?.length ?? 0), 0)}`,
    '',
  ];
  return { stdout: lines.join('\n') + '\n', stderr: '', exitCode: 0 };
}
