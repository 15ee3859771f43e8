// Acting in the past of a big cluster without holding the page: the history up to the playhead is computed again in
// slices (the fake says "not yet" `actSlices` times), and the console gets the answer when it is there.
import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { fakeDeps } from './testing/fakeDeps';

function setup(actSlices: number) {
  const deps = fakeDeps({ actSlices });
  const { store } = createAppStore(deps, undefined, { sliceActs: true });
  return { deps, s: () => store.getState(), store };
}

/** Let the slice scheduler run (it posts each slice as a new task). */
const slicesRun = async (n = 10) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

const text = (s: ReturnType<ReturnType<typeof setup>['s']>) => s.consoleLines.map((l) => l.text);

describe('acting in slices', () => {
  it('answers in the console once the history is computed, keeping the playhead where the action was taken', async () => {
    const { s, deps } = setup(2);
    s().runCommand('kubectl scale sts web --replicas=1');
    expect(text(s())).toEqual(['$ kubectl scale sts web --replicas=1']);
    expect(s().actingPending).toBe(true);
    expect(s().playing).toBe(false);
    await slicesRun();
    expect(s().actingPending).toBe(false);
    expect(text(s())).toEqual(['$ kubectl scale sts web --replicas=1', 'done']);
    expect(deps.calls.filter((c) => c.startsWith('act'))).toEqual(['acting kubectl scale sts web --replicas=1', 'acting kubectl scale sts web --replicas=1', 'act kubectl scale sts web --replicas=1 after=-1 at=0']);
    expect(s().timeline?.log.actions).toHaveLength(1);
    expect(s().playing).toBe(true);
  });

  it('a command typed meanwhile lets the one on its way answer first, at once', () => {
    const { s } = setup(5);
    s().runCommand('kubectl scale sts web --replicas=1');
    s().runCommand('kubectl get pods');
    expect(s().actingPending).toBe(false);
    expect(text(s())).toEqual(['$ kubectl scale sts web --replicas=1', 'done', '$ kubectl get pods', 'NAME', 'web-0']);
  });

  it('Cancel drops the action and says so; nothing is carried out', async () => {
    const { s } = setup(3);
    s().runCommand('kubectl scale sts web --replicas=1');
    s().cancelComputing();
    expect(s().actingPending).toBe(false);
    expect(s().notices.at(-1)?.text).toContain('kubectl scale sts web --replicas=1');
    await slicesRun();
    expect(text(s())).toEqual(['$ kubectl scale sts web --replicas=1']);
    expect(s().timeline?.log.actions).toHaveLength(0);
  });

  it('an action whose timeline was replaced meanwhile (a new cluster) is dropped, not carried out on the new one', async () => {
    const { s } = setup(2);
    s().runCommand('kubectl scale sts web --replicas=1');
    s().newTimeline();
    await slicesRun();
    expect(s().actingPending).toBe(false);
    expect(s().timeline?.log.actions).toHaveLength(0);
    expect(text(s())).toEqual(['$ kubectl scale sts web --replicas=1']);
  });

  it('an action that fits in the first slice answers at once', () => {
    const { s } = setup(0);
    s().runCommand('kubectl scale sts web --replicas=1');
    expect(s().actingPending).toBe(false);
    expect(text(s())).toEqual(['$ kubectl scale sts web --replicas=1', 'done']);
  });
});
