// Builds src/sim/cluster/imageTags.json, the data behind the simulated image catalogue (DESIGN "Default
// cluster": which images pull). Sources, read from local git snapshots:
//   1. docker-library/official-images: every tag ever listed in library/<repo> (its git history: `Tags:` and
//      `SharedTags:` lines, and the older `tag: git://…` format). Windows-only tags (windowsservercore,
//      nanoserver) are left out: a Linux node cannot run them.
//   2. kubernetes/examples: every `image:` and `--image=` in the repository (placeholders left out).
//   3. scripts/data/k8s-tutorial-images.txt: the images of the Kubernetes documentation, curated by hand.
// Usage: node scripts/gen-images.mjs <official-images git dir> <kubernetes/examples git dir>
// The tags of each repository are sorted and front-coded (each tag: one character giving how many leading
// characters it shares with the previous tag, '0' + n, then the rest), which keeps the file small.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const [officialDir, examplesDir] = process.argv.slice(2);
if (!officialDir || !examplesDir) {
  console.error('usage: node scripts/gen-images.mjs <official-images git dir> <kubernetes/examples git dir>');
  process.exit(1);
}
const git = (dir, args) => execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
const headOf = (dir) => git(dir, ['log', '-1', '--format=%H %cs']).trim().split(' ');

const WINDOWS = /windowsservercore|nanoserver|ltsc20\d\d/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const MAX_SHARED = 42; // '0' + 42 = 'Z': the prefix character stays a letter or digit

/** repo → Set of tags, from the whole history of library/. */
function officialTags() {
  const tags = new Map();
  let repo;
  const add = (tag) => {
    if (!repo || !TAG.test(tag) || WINDOWS.test(tag)) return;
    if (!tags.has(repo)) tags.set(repo, new Set());
    tags.get(repo).add(tag);
  };
  const log = git(officialDir, ['log', '-p', '--no-color', '--format=tformat:@@', '--', 'library/']);
  for (const line of log.split('\n')) {
    if (line.startsWith('+++ ')) { repo = /^\+\+\+ b\/library\/([a-z0-9._-]+)$/.exec(line)?.[1]; continue; }
    const list = /^\+(?:Shared)?Tags:(.*)$/.exec(line);
    if (list) { for (const t of list[1].split(',')) add(t.trim()); continue; }
    const old = /^\+([A-Za-z0-9][A-Za-z0-9._-]*):\s*(?:git|https?):\/\//.exec(line);
    if (old && !['GitRepo', 'Maintainers', 'GitFetch'].includes(old[1])) add(old[1]);
  }
  return tags;
}

/** Normalised `registry/repository:tag` of an image reference (docker.io/library for short names). */
function normalise(image) {
  let rest = image.trim().replace(/^["']|["']$/g, '');
  if (!rest || /[<>${}]/.test(rest) || rest.includes('@')) return undefined;
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : 'docker.io';
  let path = hasRegistry ? rest.slice(slash + 1) : rest;
  const colon = path.lastIndexOf(':');
  const tag = colon >= 0 ? path.slice(colon + 1) : 'latest';
  if (colon >= 0) path = path.slice(0, colon);
  if (!/^[a-z0-9]+([._/-][a-z0-9]+)*$/.test(path) || !TAG.test(tag)) return undefined;
  const repository = registry === 'docker.io' && !path.includes('/') ? `library/${path}` : path;
  return { name: `${registry}/${repository}`, tag };
}

/** Images named in kubernetes/examples at its newest commit (YAML, JSON and docs). */
function exampleImages() {
  const out = git(examplesDir, ['grep', '-h', '-o', '-E', '(image:[[:space:]]*"?[^" #`,]+|--image[= ][^ `"]+)', 'HEAD', '--']);
  return out.split('\n').map((l) => l.replace(/^HEAD:/, '').replace(/^(image:\s*"?|--image[= ])/, '')).filter(Boolean);
}

function curatedImages() {
  return readFileSync(here('./data/k8s-tutorial-images.txt'), 'utf8').split('\n')
    .map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
}

function frontCode(tags) {
  const sorted = [...tags].sort();
  let prev = '';
  return sorted.map((t) => {
    let n = 0;
    while (n < prev.length && n < t.length && n < MAX_SHARED && prev[n] === t[n]) n++;
    prev = t;
    return String.fromCharCode(48 + n) + t.slice(n);
  }).join(' ');
}

const official = officialTags();
const other = new Map();
for (const image of [...exampleImages(), ...curatedImages()]) {
  const ref = normalise(image);
  if (!ref) continue;
  const lib = ref.name.startsWith('docker.io/library/') ? ref.name.slice('docker.io/library/'.length) : undefined;
  if (lib && official.has(lib)) { official.get(lib).add(ref.tag); continue; }
  if (lib) continue; // a short name that is no official repository (`foo`) does not exist on Docker Hub
  if (!other.has(ref.name)) other.set(ref.name, new Set());
  other.get(ref.name).add(ref.tag);
}

const [oCommit, oDate] = headOf(officialDir);
const [eCommit, eDate] = headOf(examplesDir);
const byName = (m) => Object.fromEntries([...m.keys()].sort().map((k) => [k, frontCode(m.get(k))]));
const data = {
  about: 'Generated by scripts/gen-images.mjs; do not edit. Tags are sorted and front-coded (see the script).',
  sources: {
    officialImages: { repository: 'https://github.com/docker-library/official-images', commit: oCommit, date: oDate, note: 'every tag in the git history of library/, Windows-only tags left out' },
    examples: { repository: 'https://github.com/kubernetes/examples', commit: eCommit, date: eDate },
    documentation: { file: 'scripts/data/k8s-tutorial-images.txt', note: 'images of the kubernetes/website tutorials and examples, curated' },
  },
  library: byName(official),
  other: byName(other),
};
const target = here('../src/sim/cluster/imageTags.json');
writeFileSync(target, `${JSON.stringify(data)}\n`);
const count = (m) => [...m.values()].reduce((n, s) => n + s.size, 0);
console.log(`${target}: ${official.size} official repositories (${count(official)} tags), ${other.size} other repositories (${count(other)} tags)`);
