// Node failure through the real engine (reference §9): NotReady after the grace period, eviction after
// tolerationSeconds, a StatefulSet that will not replace a pod on an unreachable node until it is force-deleted.
import { describe, expect, it } from 'vitest';
import { createCluster, runUntil, runUntilStable, submit } from '../../src/sim';
import type { ClusterState, KObject, Node, Pod } from '../../src/sim';
import { statefulSetManifests } from '../../src/sim/bench/fixtures';

const ready = (s: ClusterState, name: string) => ((s.objects.Node[`/${name}`] as Node & KObject).status?.conditions ?? []).find((c) => c.type === 'Ready')?.status;
const pod = (s: ClusterState, name: string) => s.objects.Pod[`default/${name}`] as (Pod & KObject) | undefined;

describe('node failure', () => {
  it('marks the node NotReady, evicts after 300s, and the StatefulSet waits for a force delete', () => {
    let s = runUntilStable(submit(createCluster(), { type: 'apply', objects: statefulSetManifests(3, 'OrderedReady') }).state).state;
    const victim = Object.values(s.objects.Pod).find((p) => (p.spec as { nodeName: string }).nodeName === 'node-2')!;
    const name = victim.metadata.name!;
    const t0 = s.nowMs;
    s = submit(s, { type: 'fault', fault: { type: 'node-down', node: 'node-2' } }).state;
    s = runUntil(s, t0 + 30_000).state;
    expect(ready(s, 'node-2')).toBe('True');
    s = runUntil(s, t0 + 60_000).state;
    expect(ready(s, 'node-2')).toBe('Unknown');
    s = runUntil(s, t0 + 60_000 + 300_000).state;
    const evicted = pod(s, name)!;
    expect(evicted.metadata.deletionTimestamp).toBeDefined();
    s = runUntil(s, s.nowMs + 120_000).state;
    expect(pod(s, name)?.metadata.uid).toBe(victim.metadata.uid); // still there, Terminating: no replacement
    s = submit(s, { type: 'delete', targets: [{ kind: 'Pod', namespace: 'default', name }], gracePeriodSeconds: 0, force: true }).state;
    s = runUntil(s, s.nowMs + 60_000).state;
    const again = pod(s, name)!;
    expect(again.metadata.uid).not.toBe(victim.metadata.uid);
    expect(again.spec?.nodeName).not.toBe('node-2');
    expect(again.status?.phase).toBe('Running');
  });
});
