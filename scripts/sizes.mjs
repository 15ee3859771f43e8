// Prints the size of every file in dist/ (raw, gzip -9, brotli), largest first, and the totals.
// Vite reports no gzip size for workers; this does. Run after `npm run build`: `npm run sizes`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist', import.meta.url));

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

try {
  statSync(dist);
} catch {
  console.error('sizes: no dist/ folder; run `npm run build` first.');
  process.exit(1);
}

const rows = [...walk(dist)].map((path) => {
  const data = readFileSync(path);
  return {
    file: relative(dist, path),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}).sort((a, b) => b.raw - a.raw);

const kB = (n) => (n / 1000).toFixed(1).padStart(9);
console.log(`${'file'.padEnd(48)}${'raw kB'.padStart(9)}${'gzip kB'.padStart(9)}${'br kB'.padStart(9)}`);
for (const r of rows) console.log(`${r.file.padEnd(48)}${kB(r.raw)}${kB(r.gzip)}${kB(r.brotli)}`);
const total = (key) => rows.reduce((sum, r) => sum + r[key], 0);
console.log(`${'total'.padEnd(48)}${kB(total('raw'))}${kB(total('gzip'))}${kB(total('brotli'))}`);

// What index.html loads: the entry script (all the page needs to paint its shell) and the chunks it preloads
// (the app, fetched alongside; run after the shell has painted).
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const gzipOf = (file) => rows.find((r) => r.file === file)?.gzip ?? 0;
const entry = [...html.matchAll(/<script type="module"[^>]*src="\.\/([^"]+)"/g)].map((m) => m[1]);
const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1]);
const sum = (files) => files.reduce((n, f) => n + gzipOf(f), 0);
console.log(`\nfirst-paint JS (entry ${entry.join(' ')}): ${kB(sum(entry)).trim()} kB gzip`);
console.log(`preloaded app JS (${preloaded.length} chunks): ${kB(sum(preloaded)).trim()} kB gzip`);
