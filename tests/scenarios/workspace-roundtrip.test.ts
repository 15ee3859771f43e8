// Open/save round trip: a workspace built in the page's store, saved as a scenario file, replayed by
// `podium run` (in-process), reaches the same cluster object for object.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/createAppStore';
import { realDeps } from '../../src/store/realDeps';
import { workspaceToScenario } from '../../src/scenario/fromWorkspace';
import { DEFAULT_DEMO } from '../../src/examples/defaultDemo';
import { parseScenario, runScenario } from '../../src/scenario';
import type { ClusterSnapshot } from '../../src/sim';
import { cli } from './helpers';

function settle(app: ReturnType<typeof createAppStore>, maxSimMs = 20 * 60_000): void {
  const s = () => app.store.getState();
  s().setSpeed(20);
  s().play();
  const start = s().playheadMs;
  while (s().playing && s().playheadMs - start < maxSimMs) s().tick(250);
  s().pause();
}

/** Every object, minus the clock-dependent nothing: the full stored objects, keyed by kind/namespace/name. */
function objects(snap: Pick<ClusterSnapshot, 'objects'>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [kind, byName] of Object.entries(snap.objects)) for (const [k, o] of Object.entries(byName ?? {})) out[`${kind}/${k}`] = o;
  return out;
}

describe('workspace → scenario → podium run', () => {
  it('replays the page workspace to the same objects', async () => {
    const app = createAppStore(realDeps);
    const s = () => app.store.getState();
    s().setText(DEFAULT_DEMO);
    s().applyEditor();
    settle(app);
    s().runCommand('kubectl delete pod web-1');
    s().seek(s().playheadMs); // act again later: let 4 simulated seconds pass first
    settle(app, 4000);
    s().runCommand('kubectl scale sts web --replicas=5');
    s().runCommand(`kubectl patch sts web --type merge -p '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":3}}}}'`);
    settle(app);
    s().perform({ type: 'fault', fault: { type: 'node-down', node: 'node-2' } }, 'fault node-down node-2');
    settle(app, 30_000);
    s().runCommand('kubectl delete pod web-4 --force --grace-period=0');
    settle(app);
    const tl = s().timeline!;
    expect(tl.log.actions.length).toBe(6);
    const pageEnd = realDeps.snapshotAt(tl, tl.frames.length - 1);

    const text = workspaceToScenario(tl.log, { text: s().text, title: 'round trip' });
    const parsed = parseScenario(text, 'saved.yaml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const run = runScenario(parsed.scenario);
    expect(objects(run.state)).toEqual(objects(pageEnd));
    // and the CLI accepts the very file
    const viaCli = await cli(['run', 'saved.yaml'], { 'saved.yaml': text });
    expect(viaCli.code).toBe(0);
    expect(viaCli.stdout).toContain('web-4');
  });
});
