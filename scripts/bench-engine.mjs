// `npm run bench` part 1: bundles src/cli/bench.ts (the engine and CLI figures of issue 15) with Vite in SSR mode,
// like build-cli.mjs, into a temporary directory and runs it with the path of bin/podium.mjs (for the CLI figures).
//   node scripts/bench-engine.mjs [sections]    sections: engine,cli,json,naive (default: all)
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'podium-bench-build-'));
const { build } = await import('vite');
await build({
  configFile: false, root, logLevel: 'warn', publicDir: false, mode: 'production',
  ssr: { target: 'node', noExternal: true },
  build: {
    ssr: `${root}src/cli/bench.ts`, target: 'node20', outDir, emptyOutDir: true, minify: false, sourcemap: false,
    copyPublicDir: false, reportCompressedSize: false,
    rolldownOptions: { output: { format: 'es', entryFileNames: 'bench.mjs', codeSplitting: false } },
  },
});
// Build the CLI bundle first if needed, so its first run below is not timed with a build in it.
spawnSync(process.execPath, [join(root, 'bin', 'podium.mjs'), '--version'], { stdio: 'ignore' });
const run = spawnSync(process.execPath, [join(outDir, 'bench.mjs'), join(root, 'bin', 'podium.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
