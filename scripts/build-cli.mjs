// Bundles the headless CLI (src/cli/main.ts) into one standalone ESM file, dist-cli/podium.mjs, for Node 20.
// Uses Vite's build API in SSR mode with configFile: false, so the app's plugins (React, CSP) stay out.
// Everything except Node builtins is bundled: the output runs without node_modules.
//
//   node scripts/build-cli.mjs               build; exit 1 on a build error
//   node scripts/build-cli.mjs --postinstall as the npm postinstall hook: a build error is reported but
//                                            does not fail `npm ci` (bin/podium.mjs rebuilds, and fails, later)
//
// Exits 0 with a note when src/cli/main.ts does not exist yet.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `${root}src/cli/main.ts`;
const outDir = `${root}dist-cli`;
const outFile = 'podium.mjs';
const postinstall = process.argv.includes('--postinstall');

if (!existsSync(entry)) {
  console.log('build-cli: src/cli/main.ts not found; skipping the CLI bundle.');
  process.exit(0);
}

const started = Date.now();
try {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    mode: 'production',
    ssr: { target: 'node', noExternal: true },
    build: {
      ssr: entry,
      target: 'node20',
      outDir,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: outFile, codeSplitting: false } },
    },
  });
} catch (error) {
  console.error(`build-cli: failed to bundle src/cli/main.ts\n${error?.message ?? error}`);
  if (postinstall) {
    console.error('build-cli: continuing the install; `npx podium` will try to rebuild.');
    process.exit(0);
  }
  process.exit(1);
}
const kib = (statSync(`${outDir}/${outFile}`).size / 1024).toFixed(0);
console.log(`build-cli: dist-cli/${outFile} (${kib} KiB) in ${Date.now() - started} ms`);
