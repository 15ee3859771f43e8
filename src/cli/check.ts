// `podium check FILE...` (DESIGN "Lessons"): every file is read and validated first (a mistake is reported as
// FILE:LINE: reason before anything runs), then each valid one runs with its solutions and every `expect:`
// prints `ok FILE:LINE …` or `FAIL FILE:LINE …`; the last line is `N passed, M failed`.
import { formatScenarioError, parseScenario, runScenario, type Scenario } from '../scenario';
import type { CliIo } from './main';
import { readScenarioFile } from './readFile';

export async function check(files: readonly string[], io: CliIo): Promise<number> {
  const valid: Scenario[] = [];
  let failed = 0;
  for (const file of files) {
    const read = await readScenarioFile(file, io);
    if (!read.ok) {
      io.stderr(read.message);
      failed++;
      continue;
    }
    const parsed = parseScenario(read.text, read.name);
    if (parsed.ok) valid.push(parsed.scenario);
    else {
      io.stderr(parsed.errors.map((e) => formatScenarioError(read.name, e) + '\n').join(''));
      failed++;
    }
  }
  let passed = 0;
  for (const scenario of valid) {
    let records;
    try {
      records = runScenario(scenario).records;
    } catch (e) {
      io.stderr(`podium: internal error while running ${scenario.file} (seed ${scenario.seed}): ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      return 3;
    }
    for (const r of records) {
      if (r.type !== 'expect') continue;
      if (r.met) passed++;
      else failed++;
      io.stdout(`${r.met ? 'ok' : 'FAIL'} ${scenario.file}:${r.line} ${r.message}\n`);
    }
  }
  io.stdout(`${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}
