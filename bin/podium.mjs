#!/usr/bin/env node
// `podium` command: runs the bundled CLI (dist-cli/podium.mjs), rebuilding it first when it is missing or
// older than any source it is built from. The bundle exports `main(argv): Promise<number>` (the exit code).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist-cli', 'podium.mjs');
const SOURCE_DIRS = ['src/sim', 'src/kubectl', 'src/scenario', 'src/cli'];
const EXTRA_SOURCES = ['scripts/build-cli.mjs'];

/** Newest mtime (ms) of the files under `dir`, ignoring tests; 0 when the directory is absent. */
function newestMtimeMs(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtimeMs(path));
    else if (entry.isFile() && !/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!existsSync(bundle)) return true;
  if (!existsSync(join(root, 'src', 'cli'))) return false; // installed without sources: use the bundle as is
  const built = statSync(bundle).mtimeMs;
  const newest = Math.max(
    ...SOURCE_DIRS.map((dir) => newestMtimeMs(join(root, dir))),
    ...EXTRA_SOURCES.map((file) => (existsSync(join(root, file)) ? statSync(join(root, file)).mtimeMs : 0)),
  );
  return newest > built;
}

if (isStale()) {
  // The build's own messages go to stderr so that stdout (e.g. --json lines) stays clean.
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0 || !existsSync(bundle)) {
    console.error('podium: could not build the CLI (see above).');
    process.exit(1);
  }
}

const cli = await import(pathToFileURL(bundle).href);
if (typeof cli.main === 'function') {
  const code = await cli.main(process.argv.slice(2));
  process.exitCode = typeof code === 'number' ? code : 0;
}
