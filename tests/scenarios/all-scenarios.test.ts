// Every file in scenarios/ runs through the same runner as the CLI: it parses, every wait is met, no fault is
// refused, no command hits an unsimulated path, the run ends stable, and `podium run FILE` exits 0 quietly.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario, type RunRecord } from '../../src/scenario';
import { cli, scenarioPath } from './helpers';

const dir = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

/** Output that means the scenario used something Podium does not simulate, or the engine broke. */
const BROKEN = /not simulated|unknown (shorthand )?flag|unknown command|internal error|TypeError|ReferenceError|undefined is not|Cannot read properties/i;

describe.each(files)('%s', (file) => {
  it('runs to a stable end with every wait met and no internal error', () => {
    const parsed = parseScenario(readFileSync(new URL(file, dir), 'utf8'), `scenarios/${file}`);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.scenario.title).toBeTruthy();
    expect(parsed.scenario.steps.some((s) => s.type === 'note')).toBe(true);
    const run = runScenario(parsed.scenario);
    const problems = (run.records as readonly RunRecord[]).flatMap((r) => {
      if (r.type === 'wait' && !r.met) return [`step ${r.step} (line ${r.line}): wait not met`];
      if (r.type === 'fault' && r.error) return [`step ${r.step}: ${r.command}: ${r.error}`];
      if (r.type === 'output' && (BROKEN.test(r.stderr) || BROKEN.test(r.stdout))) return [`step ${r.step}: ${r.command}: ${r.stderr || r.stdout}`];
      return [];
    });
    expect(problems).toEqual([]);
    expect(run.records.at(-1)).toMatchObject({ type: 'end', stable: true });
    expect(run.stable).toBe(true);
  });

  it('runs in the CLI with exit code 0 and nothing on stderr', async () => {
    const res = await cli(['run', scenarioPath(file)]);
    expect([res.code, res.stderr]).toEqual([0, '']);
    expect(res.stdout).toMatch(/\n--- end at t=[\d.]+s \(stable\) ---\n?$/);
  });
});
