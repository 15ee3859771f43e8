// What is installed in each simulated image: shells, commands and which nslookup flavour. Podium's image
// catalogue (src/sim/cluster/images.ts) decides what pulls; this decides what an exec finds inside.
// Facts: busybox 1.28 is the last with the old, search-path-friendly nslookup (reference §7.3); nginx, redis,
// mysql, postgres and mongo are Debian images with bash but no DNS tools; the *-alpine variants use busybox;
// registry.k8s.io/e2e-test-images/jessie-dnsutils (the image of the Kubernetes DNS debugging page) has dig.

export type NslookupFlavour = 'busybox-1.28' | 'busybox' | 'bind';

export interface Toolbox {
  /** Debian images print `root@<host>:/# ` from bash; busybox sh prints `/ # `; dash prints `# `. */
  readonly family: 'busybox' | 'debian';
  readonly commands: ReadonlySet<string>;
  readonly nslookup?: NslookupFlavour;
}

const CORE = ['sh', 'cat', 'echo', 'hostname', 'exit', 'true', 'false', 'env', 'pwd', 'ls', 'sleep'];
const BUSYBOX = [...CORE, 'nslookup', 'wget', 'ping'];
const DEBIAN = [...CORE, 'bash'];

function toolbox(family: Toolbox['family'], commands: string[], nslookup?: NslookupFlavour): Toolbox {
  return { family, commands: new Set(commands), ...(nslookup ? { nslookup } : {}) };
}

/** Repository (without registry or tag) and tag of an image reference. */
function splitImage(image: string): { repo: string; tag: string } {
  const noDigest = image.split('@')[0] ?? image;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  const tag = colon > slash ? noDigest.slice(colon + 1) : 'latest';
  const path = colon > slash ? noDigest.slice(0, colon) : noDigest;
  return { repo: path.slice(path.lastIndexOf('/') + 1), tag };
}

/** The tools inside a container started from `image`. */
export function toolboxOf(image: string): Toolbox {
  const { repo, tag } = splitImage(image);
  if (repo === 'busybox') return toolbox('busybox', BUSYBOX, /^1\.28(\.|$)/.test(tag) ? 'busybox-1.28' : 'busybox');
  if (repo === 'jessie-dnsutils' || repo === 'dnsutils') return toolbox('debian', [...DEBIAN, 'nslookup', 'dig', 'host', 'wget'], 'bind');
  if (tag.includes('alpine')) return toolbox('busybox', [...BUSYBOX, ...(repo === 'nginx' ? ['curl'] : [])], 'busybox');
  if (repo === 'nginx') return toolbox('debian', [...DEBIAN, 'curl']);
  return toolbox('debian', DEBIAN);
}

/** Is `program` (a bare name or a path like /bin/sh) installed? */
export function hasCommand(box: Toolbox, program: string): boolean {
  const base = program.slice(program.lastIndexOf('/') + 1);
  if (program.includes('/') && !/^\/(usr\/)?(s?bin)\//.test(program)) return false;
  return box.commands.has(base);
}

/** The prompt of an interactive shell: bash `root@web-0:/# `, busybox sh `/ # `, dash `# `. */
export function promptOf(box: Toolbox, shell: string, hostname: string): string {
  const base = shell.slice(shell.lastIndexOf('/') + 1);
  if (base === 'bash') return `root@${hostname}:/# `;
  return box.family === 'busybox' ? '/ # ' : '# ';
}
