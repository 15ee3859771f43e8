// Cascading deletion of a StatefulSet through the real engine (reference §2.10, §8).
import { describe, expect, it } from 'vitest';
import { createCluster, runUntilStable, submit } from '../../src/sim';
import type { ClusterState } from '../../src/sim';
import { statefulSetManifests } from '../../src/sim/bench/fixtures';

function running(): ClusterState {
  const s = submit(createCluster(), { type: 'apply', objects: statefulSetManifests(3, 'OrderedReady') }).state;
  return runUntilStable(s).state;
}
const names = (s: ClusterState, kind: keyof ClusterState['objects']) => Object.values(s.objects[kind]).map((o) => o.metadata.name).sort();
const del = (propagation: 'Background' | 'Foreground' | 'Orphan') => ({ type: 'delete' as const, targets: [{ kind: 'StatefulSet' as const, namespace: 'default', name: 'web' }], propagation });

describe('deleting a StatefulSet', () => {
  it.each(['Background', 'Foreground'] as const)('%s: pods and revisions go, PVCs and PVs stay Bound', (p) => {
    const out = runUntilStable(submit(running(), del(p)).state, { maxEvents: 20_000 });
    expect(out.stable).toBe(true);
    expect(names(out.state, 'StatefulSet')).toEqual([]);
    expect(names(out.state, 'Pod')).toEqual([]);
    expect(names(out.state, 'ControllerRevision')).toEqual([]);
    expect(names(out.state, 'PersistentVolumeClaim')).toEqual(['www-web-0', 'www-web-1', 'www-web-2']);
    expect(Object.values(out.state.objects.PersistentVolume).map((v) => (v.status as { phase: string }).phase)).toEqual(['Bound', 'Bound', 'Bound']);
  });
  it('Orphan: pods keep running without an owner', () => {
    const out = runUntilStable(submit(running(), del('Orphan')).state, { maxEvents: 20_000 });
    expect(names(out.state, 'StatefulSet')).toEqual([]);
    expect(names(out.state, 'Pod')).toEqual(['web-0', 'web-1', 'web-2']);
    for (const p of Object.values(out.state.objects.Pod)) expect(p.metadata.ownerReferences ?? []).toEqual([]);
  });
});
