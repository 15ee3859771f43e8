// The controllers' last reason per object is dropped with the object (engine/loop.ts forgetRemoved): the reasons
// kept in the engine state must not grow with every pod ever created, since each checkpoint copies them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../src/scenario';
import { timelineFromLog } from '../../src/sim/timeline/timeline';
import type { Work } from '../../src/sim/engine/work';

function endWork(file: string): Work {
  const parsed = parseScenario(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'), file);
  if (!parsed.ok) throw new Error(`invalid scenario ${file}`);
  const tl = timelineFromLog(runScenario(parsed.scenario).log);
  return (tl as unknown as { run: { replayer: { work: Work } } }).run.replayer.work;
}

describe('reasons of removed objects', () => {
  it.each(['deployment-rolling-update.yaml', 'gc-deployment-cascade.yaml'])('%s: no reason is kept for an object that is gone', (file) => {
    const work = endWork(file);
    const keys = Object.keys(work.why);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !work.get(k.slice(k.indexOf('|') + 1) as Parameters<Work['get']>[0]))).toEqual([]);
  });
});
