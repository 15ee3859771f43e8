// Prints the size of every file in dist/ (raw, gzip -9, brotli), largest first, and the totals.
// Vite reports no gzip size for workers; this does. Run after `npm run build`: `npm run sizes`. Last, the initial
// JavaScript against its budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// `npm run sizes [-- DIR]`: another build's folder (to compare with an older build).
const dist = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));

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

// The initial JavaScript: everything index.html makes the browser fetch before any of the page can run — the entry
// scripts, the chunks they import statically (fetched before the entry runs), and every <link rel=modulepreload>.
// Chunks the page imports later (the app after the shell has painted, Monaco, lessons…) are not counted. Budget:
// 170 kB gzip (issue 15). Exit status stays 0: this prints, the budget is checked in review.
const BUDGET_KB = 170;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const gzipOf = (file) => rows.find((r) => r.file === file)?.gzip ?? 0;
const entry = [...html.matchAll(/<script type="module"[^>]*src="\.\/([^"]+)"/g)].map((m) => m[1]);
const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1]);
const staticClosure = (files, into = new Set()) => {
  files.forEach((f) => visit(f, into));
  return into;
};
const visit = (file, into) => {
  if (into.has(file) || !file.endsWith('.js')) return;
  into.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  // Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"` (not `import("./x.js")`).
  for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
    visit(join(file, '..', m[1]).replaceAll('\\', '/'), into);
  }
};
const initial = staticClosure([...entry, ...preloaded]);
const sum = (files) => [...files].reduce((n, f) => n + gzipOf(f), 0);
console.log(`\nentry (first paint): ${entry.join(' ')}: ${kB(sum(entry)).trim()} kB gzip`);
console.log(`modulepreloaded by index.html: ${preloaded.length} chunks, ${kB(sum(preloaded)).trim()} kB gzip`);
const initialGzip = sum(initial);
console.log(`initial JavaScript (entry + its static imports + modulepreloads, ${initial.size} files): ${kB(initialGzip).trim()} kB gzip` +
  ` of a ${BUDGET_KB} kB budget${initialGzip / 1000 > BUDGET_KB ? ': OVER BUDGET' : ''}`);
// What the entry loads once the shell has painted (src/main.tsx): the app it imports, and the editor's chunks listed in
// index.html's podium-editor-modules meta (fetched then on a page that shows the editor), with their static imports.
const imported = entry.flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/import\(["'`](\.\/[^"'`]+\.js)["'`]\)/g)]
  .map((m) => join(f, '..', m[1]).replaceAll('\\', '/')));
const editorMeta = /<meta name="podium-editor-modules" content="([^"]*)"/.exec(html)?.[1] ?? '';
const editorFiles = editorMeta.split(' ').filter(Boolean).map((u) => u.replace(/^(\.\/|\/)/, ''));
const app = [...staticClosure(imported)].filter((f) => !initial.has(f));
const editor = [...staticClosure(editorFiles)].filter((f) => !initial.has(f) && !app.includes(f));
console.log(`after first paint, the app (${imported.map((f) => f.replace(/^assets\//, '')).join(' ')} and its imports, ${app.length} files): ${kB(sum(app)).trim()} kB gzip`);
console.log(`after first paint, the editor (Monaco, ${editor.length} more files; workers load later): ${kB(sum(editor)).trim()} kB gzip`);
