// What the official nginx image (1.19 and later) prints when it starts: docker-entrypoint.sh and its
// /docker-entrypoint.d scripts, then nginx's error-log `[notice]` lines (one `start worker process` per CPU of the
// node, pids from 29). Deterministic: the timestamps come from the container's simulated start time.
import type { Node } from 'kubernetes-types/core/v1';
import { SIM_EPOCH_UNIX_MS } from '../printers/duration';

export interface LogLine {
  /** RFC 3339 with nanoseconds, as `--timestamps` prints it. */
  readonly timestamp: string;
  readonly text: string;
}

const ENTRYPOINT = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];

/** The nginx version an image tag runs, or undefined for images that print nothing at start-up. */
export function nginxVersion(image: string): string | undefined {
  const m = /^(?:docker\.io\/)?(?:library\/)?nginx(?::([^@]+))?(?:@.*)?$/.exec(image);
  if (!m) return undefined;
  const tag = m[1] ?? 'latest';
  if (/^(latest|mainline|alpine|stable|perl)/.test(tag)) return tag.startsWith('stable') ? '1.26.3' : '1.27.3';
  const v = /^1\.(\d+)(?:\.(\d+))?/.exec(tag);
  if (!v) return undefined;
  const minor = Number(v[1]);
  return minor >= 19 ? `1.${minor}.${v[2] ?? '0'}` : undefined;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function nginxStartupLines(image: string, startedMs: number, node: Node | undefined): LogLine[] {
  const version = nginxVersion(image);
  if (!version) return [];
  const cpus = Math.max(1, Number(node?.status?.capacity?.['cpu'] ?? 1) || 1);
  const kernel = node?.status?.nodeInfo?.kernelVersion ?? '6.8.0';
  const d = new Date(SIM_EPOCH_UNIX_MS + startedMs);
  const clock = `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const notices = [
    'using the "epoll" event method',
    `nginx/${version}`,
    'built by gcc 12.2.0 (Debian 12.2.0-14) ',
    `OS: Linux ${kernel}`,
    'getrlimit(RLIMIT_NOFILE): 1048576:1048576',
    'start worker processes',
    ...Array.from({ length: cpus }, (_, i) => `start worker process ${29 + i}`),
  ].map((t) => `${clock} [notice] 1#1: ${t}`);
  return [...ENTRYPOINT, ...notices].map((text, i) => {
    const at = new Date(SIM_EPOCH_UNIX_MS + startedMs + i);
    return { timestamp: at.toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z'), text };
  });
}
