// The simulated image catalogue (DESIGN "Default cluster": simulated images).
// Images listed here pull and run; any other repository or tag fails like a typo on a real cluster
// (ErrImagePull, then ImagePullBackOff). Durations are believable, not measured (reference §13).

/** What the simulated container runtime knows about one pullable image. */
export interface ImageInfo {
  /** Fully qualified reference, e.g. `docker.io/library/nginx:1.25`. */
  readonly fullRef: string;
  /** Typical uncached pull time; the kubelet adds a small deterministic jitter. */
  readonly pullMs: number;
  readonly sizeBytes: number;
  /** True if PID 1 exits promptly on SIGTERM (nginx); false if it must be SIGKILLed at grace end (busybox sleep). */
  readonly exitsOnSigterm: boolean;
  /** How long a SIGTERM-respecting process takes to exit. */
  readonly stopMs: number;
  /** `docker.io/library/nginx@sha256:…` as reported in containerStatuses[].imageID. */
  readonly imageID: string;
}

/** A parsed image reference. */
export interface ImageRef {
  readonly registry: string;
  readonly repository: string;
  readonly tag: string;
  readonly digest?: string;
  readonly fullRef: string;
}

interface Family {
  readonly registry: string;
  readonly repository: string;
  readonly tags: readonly string[];
  readonly pullMs: number;
  readonly sizeBytes: number;
  readonly exitsOnSigterm: boolean;
  readonly stopMs: number;
  /** Tags containing this marker are smaller and pull faster (alpine variants). */
  readonly alpine?: { readonly pullMs: number; readonly sizeBytes: number };
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const withAlpine = (tags: readonly string[]): string[] =>
  tags.flatMap((t) => (t === 'latest' ? ['latest', 'alpine'] : [t, `${t}-alpine`]));

/** Highest patch release of each nginx 1.x minor that the catalogue knows. */
const NGINX_PATCHES: Readonly<Record<number, number>> = {
  14: 2, 15: 12, 16: 1, 17: 10, 18: 0, 19: 10, 20: 2, 21: 6, 22: 1, 23: 4, 24: 0, 25: 5, 26: 3, 27: 5, 28: 0, 29: 1,
};
const nginxTags = withAlpine([
  'latest', 'stable', 'mainline',
  ...range(14, 29).flatMap((minor) => [`1.${minor}`, ...range(0, NGINX_PATCHES[minor] ?? 0).map((p) => `1.${minor}.${p}`)]),
]);

const FAMILIES: readonly Family[] = [
  { registry: 'docker.io', repository: 'library/nginx', tags: nginxTags, pullMs: 3200, sizeBytes: 72_188_133,
    exitsOnSigterm: true, stopMs: 800, alpine: { pullMs: 1600, sizeBytes: 21_362_410 } },
  { registry: 'registry.k8s.io', repository: 'nginx-slim', tags: ['0.21', '0.24'], pullMs: 1400, sizeBytes: 25_184_301,
    exitsOnSigterm: true, stopMs: 800 },
  { registry: 'docker.io', repository: 'library/busybox', tags: ['1.28', '1.28.4', '1.36', '1.36.1', 'latest'],
    pullMs: 1300, sizeBytes: 2_155_590, exitsOnSigterm: false, stopMs: 0 },
  // The image of the Kubernetes "Debugging DNS Resolution" page: Debian with dig, host and BIND's nslookup.
  { registry: 'registry.k8s.io', repository: 'e2e-test-images/jessie-dnsutils', tags: ['1.3', '1.7'], pullMs: 2600,
    sizeBytes: 112_437_410, exitsOnSigterm: false, stopMs: 0 },
  { registry: 'docker.io', repository: 'library/redis', tags: withAlpine(['latest', '6', '6.2', '7', '7.0', '7.2', '7.4', '8', '8.0']),
    pullMs: 3800, sizeBytes: 45_872_103, exitsOnSigterm: true, stopMs: 600, alpine: { pullMs: 1900, sizeBytes: 17_240_611 } },
  { registry: 'docker.io', repository: 'library/mysql', tags: ['latest', '5.7', '8', '8.0', '8.4', '9'],
    pullMs: 9500, sizeBytes: 170_391_048, exitsOnSigterm: true, stopMs: 2500 },
  { registry: 'docker.io', repository: 'library/postgres', tags: withAlpine(['latest', '13', '14', '15', '16', '17']),
    pullMs: 7200, sizeBytes: 158_310_773, exitsOnSigterm: true, stopMs: 1200, alpine: { pullMs: 3600, sizeBytes: 104_913_540 } },
  { registry: 'docker.io', repository: 'library/mongo', tags: ['latest', '6', '6.0', '7', '7.0', '8', '8.0'],
    pullMs: 10_500, sizeBytes: 277_104_559, exitsOnSigterm: true, stopMs: 1500 },
];

/**
 * Parse an image reference the way the container runtime normalises it.
 * @example parseImageRef('nginx').fullRef === 'docker.io/library/nginx:latest'
 */
export function parseImageRef(image: string): ImageRef {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) { digest = rest.slice(at + 1); rest = rest.slice(0, at); }
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : 'docker.io';
  let path = hasRegistry ? rest.slice(slash + 1) : rest;
  const colon = path.lastIndexOf(':');
  const tag = colon >= 0 ? path.slice(colon + 1) : digest ? '' : 'latest';
  if (colon >= 0) path = path.slice(0, colon);
  const repository = registry === 'docker.io' && !path.includes('/') ? `library/${path}` : path;
  const fullRef = `${registry}/${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
  return { registry, repository, tag, digest, fullRef };
}

function digestOf(text: string): string {
  let out = '';
  for (let salt = 0; out.length < 64; salt++) {
    let h = 0x811c9dc5 ^ salt;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

/** The catalogue entry for an image, or undefined if pulling it fails (unknown repository, tag or any digest). */
export function lookupImage(image: string): ImageInfo | undefined {
  const ref = parseImageRef(image);
  if (ref.digest) return undefined;
  const fam = FAMILIES.find((f) => f.registry === ref.registry && f.repository === ref.repository);
  if (!fam || !fam.tags.includes(ref.tag)) return undefined;
  const small = fam.alpine && ref.tag.includes('alpine') ? fam.alpine : undefined;
  return {
    fullRef: ref.fullRef,
    pullMs: small?.pullMs ?? fam.pullMs,
    sizeBytes: small?.sizeBytes ?? fam.sizeBytes,
    exitsOnSigterm: fam.exitsOnSigterm,
    stopMs: fam.stopMs,
    imageID: `${ref.registry}/${ref.repository}@sha256:${digestOf(ref.fullRef)}`,
  };
}

/** True if the repository exists in the catalogue (only the tag can be wrong). */
export function isKnownRepository(image: string): boolean {
  const ref = parseImageRef(image);
  return FAMILIES.some((f) => f.registry === ref.registry && f.repository === ref.repository);
}

/**
 * The container runtime's error for a failed pull, as the kubelet quotes it after `Failed to pull image "x": `.
 * A known repository with a bad tag is `not found`; an unknown repository is `pull access denied`.
 */
export function pullErrorMessage(image: string): string {
  const ref = parseImageRef(image).fullRef;
  const cause = isKnownRepository(image)
    ? `${ref}: not found`
    : 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';
  const code = isKnownRepository(image) ? 'NotFound' : 'Unknown';
  return `rpc error: code = ${code} desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${cause}`;
}

/** Every pullable `repository:tag` (short form for docker.io/library), for docs and autocomplete. */
export function catalogueImages(): string[] {
  return FAMILIES.flatMap((f) => {
    const base = f.registry === 'docker.io' ? f.repository.replace(/^library\//, '') : `${f.registry}/${f.repository}`;
    return f.tags.map((t) => `${base}:${t}`);
  });
}
