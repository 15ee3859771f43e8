// What is installed in each simulated image: shells, commands and which nslookup flavour. The catalogue
// (images.ts) decides what pulls; this decides what a container finds inside (exec, probes, scripts).
// Facts: busybox 1.28 is the last with the old, search-path-friendly nslookup (reference §7.3); nginx, redis,
// postgres and mongo are Debian images with bash but no DNS tools; the *-alpine variants use busybox;
// registry.k8s.io/e2e-test-images/jessie-dnsutils (the image of the Kubernetes DNS debugging page) has dig.
// The mysql images built on Oracle Linux (5.7 since 5.7.39, 8.x and later unless tagged -debian) have no
// `hostname` binary (kubernetes/website#35432); gcr.io/google-samples/xtrabackup:1.0 is Debian with the
// mysql client, ncat, xbstream and xtrabackup.

export type NslookupFlavour = 'busybox-1.28' | 'busybox' | 'bind';

export interface Toolbox {
  /** Debian images print `root@<host>:/# ` from bash; busybox sh prints `/ # `; dash prints `# `. */
  readonly family: 'busybox' | 'debian';
  readonly commands: ReadonlySet<string>;
  readonly nslookup?: NslookupFlavour;
}

const CORE = ['sh', 'cat', 'echo', 'hostname', 'exit', 'true', 'false', 'env', 'pwd', 'ls', 'sleep', 'cp', 'mv', 'rm', 'mkdir', 'test', '[', 'set', 'sed', 'grep', 'touch', 'chmod', 'chown', 'date', 'tail', 'head', 'printf', 'id', 'whoami', 'ps', 'kill'];
const BUSYBOX = [...CORE, 'nslookup', 'wget', 'ping', 'nc', 'vi', 'sysctl', 'nproc', 'uname'];
const DEBIAN = [...CORE, 'bash'];

/** Commands each image family adds to its base (servers, clients, tutorial helpers). */
const EXTRA: Readonly<Record<string, readonly string[]>> = {
  nginx: ['curl', 'nginx'],
  'nginx-slim': ['nginx'],
  redis: ['redis-server', 'redis-cli'],
  mysql: ['mysql', 'mysqld', 'mysqladmin', 'mysqldump', 'docker-entrypoint.sh'],
  mariadb: ['mariadb', 'mysql', 'mysqld', 'mysqladmin', 'mariadbd'],
  postgres: ['postgres', 'psql', 'pg_isready', 'docker-entrypoint.sh'],
  mongo: ['mongod', 'mongosh', 'mongo'],
  rabbitmq: ['rabbitmq-server', 'rabbitmqctl', 'rabbitmq-diagnostics'],
  'kubernetes-zookeeper': ['start-zookeeper', 'zookeeper-ready', 'zkServer.sh', 'zkCli.sh', 'java', 'nc'],
  zookeeper: ['zkServer.sh', 'zkCli.sh', 'java'],
  cassandra: ['cassandra', 'nodetool', 'cqlsh', '/ready-probe.sh', '/run.sh', 'java'],
  xtrabackup: ['mysql', 'ncat', 'xbstream', 'xtrabackup'],
  elasticsearch: ['elasticsearch', 'curl', 'java'],
  'docker-elasticsearch-kubernetes': ['elasticsearch', 'curl', 'java', 'run.sh'],
  agnhost: ['agnhost'],
  'jessie-dnsutils': ['nslookup', 'dig', 'host', 'wget'],
  dnsutils: ['nslookup', 'dig', 'host', 'wget'],
};

function toolbox(family: Toolbox['family'], commands: readonly string[], nslookup?: NslookupFlavour): Toolbox {
  return { family, commands: new Set(commands), ...(nslookup ? { nslookup } : {}) };
}

const extraOf = (repo: string): readonly string[] => EXTRA[repo] ?? [];
const byRepo = (make: (repo: string) => Toolbox): ReadonlyMap<string, Toolbox> => new Map(Object.keys(EXTRA).map((repo) => [repo, make(repo)]));

/** Every toolbox toolboxOf can answer, built once (constants: shared, never mutated). */
const BOXES = {
  busybox128: toolbox('busybox', BUSYBOX, 'busybox-1.28'),
  busybox: toolbox('busybox', BUSYBOX, 'busybox'),
  dnsutils: byRepo((repo) => toolbox('debian', [...DEBIAN, ...extraOf(repo)], 'bind')),
  alpine: byRepo((repo) => toolbox('busybox', [...BUSYBOX, ...extraOf(repo)], 'busybox')),
  alpineBase: toolbox('busybox', BUSYBOX, 'busybox'),
  mysqlOracle: toolbox('debian', [...DEBIAN.filter((c) => c !== 'hostname'), ...extraOf('mysql')]),
  debian: byRepo((repo) => toolbox('debian', [...DEBIAN, ...extraOf(repo)])),
  debianBase: toolbox('debian', DEBIAN),
} as const;

/** Repository (last path element, without registry or tag) and tag of an image reference. */
function splitImage(image: string): { repo: string; tag: string } {
  const noDigest = image.split('@')[0] ?? image;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  const tag = colon > slash ? noDigest.slice(colon + 1) : 'latest';
  const path = colon > slash ? noDigest.slice(0, colon) : noDigest;
  return { repo: path.slice(path.lastIndexOf('/') + 1), tag };
}

/** True for the mysql tags built on Oracle Linux (no `hostname`): everything but 5.5, 5.6, early 5.7 and -debian. */
function mysqlOnOracleLinux(tag: string): boolean {
  if (tag.includes('debian')) return false;
  if (/^5\.[56]/.test(tag)) return false;
  const m = /^5\.7\.(\d+)/.exec(tag);
  if (m) return Number(m[1]) >= 39;
  return true;
}

/** The tools inside a container started from `image`. */
export function toolboxOf(image: string): Toolbox {
  const { repo, tag } = splitImage(image);
  if (repo === 'busybox') return /^1\.28(\.|$)/.test(tag) ? BOXES.busybox128 : BOXES.busybox;
  if (repo === 'jessie-dnsutils' || repo === 'dnsutils') return BOXES.dnsutils.get(repo)!;
  if (tag.includes('alpine') || repo === 'alpine') return BOXES.alpine.get(repo) ?? BOXES.alpineBase;
  if (repo === 'mysql' && mysqlOnOracleLinux(tag)) return BOXES.mysqlOracle;
  return BOXES.debian.get(repo) ?? BOXES.debianBase;
}

/** Is `program` (a bare name or a path like /bin/sh) installed? */
export function hasCommand(box: Toolbox, program: string): boolean {
  if (box.commands.has(program)) return true;
  const base = program.slice(program.lastIndexOf('/') + 1);
  if (program.includes('/') && !/^\/(usr\/)?(local\/)?(s?bin)\//.test(program)) return false;
  return box.commands.has(base);
}
