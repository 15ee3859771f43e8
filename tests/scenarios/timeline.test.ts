// A scenario run's action log rebuilds the same history in the engine's timeline (what the page shows).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../src/scenario';
import { timelineFromLog } from '../../src/sim';
import { scenarioPath } from './helpers';

describe('ScenarioRun.log', () => {
  it.each(['statefulset-basics.yaml', 'parallel-pod-management.yaml', 'seed-deployment-vs-statefulset.yaml'])('%s replays to the same frames', (file) => {
    const parsed = parseScenario(readFileSync(scenarioPath(file), 'utf8'), file);
    if (!parsed.ok) throw new Error('invalid');
    const run = runScenario(parsed.scenario);
    expect(run.log.actions.map((a) => a.command)).toEqual(
      parsed.scenario.steps.flatMap((s) => (s.type === 'apply' ? ['kubectl apply -f -'] : s.type === 'kubectl' && !/^kubectl get/.test(s.command) ? [s.command] : [])),
    );
    const tl = timelineFromLog(run.log);
    expect(tl.frames.length).toBe(run.frameCount);
    const changes = tl.frames.flatMap((f) => f.changes.map((c) => ({ t: f.atMs, event: c.type, object: c.object })));
    const watched = run.records.flatMap((r) => (r.type === 'watch' ? [{ t: r.t, event: r.event, object: r.object }] : []));
    expect(changes).toEqual(watched);
  });
});
