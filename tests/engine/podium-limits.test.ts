// Podium's limits (apiserver/admission/podiumLimits.ts): a workload beyond them is refused the way an admission
// plugin refuses (403 Forbidden, with a message saying whose limit it is), so the controller reports FailedCreate
// and nothing is dropped without a word; the pods that fit exist and run.
import { describe, expect, it } from 'vitest';
import { createCluster, limitReachedIn, PODIUM_LIMITS, runUntil, submit } from '../../src/sim';
import type { KObject } from '../../src/sim';

const deployment = (replicas: number): KObject => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'big', namespace: 'default' },
  spec: {
    replicas, selector: { matchLabels: { app: 'big' } },
    template: { metadata: { labels: { app: 'big' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
  },
});

const sts = (replicas: number): KObject => ({
  apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default' },
  spec: {
    serviceName: 'web', replicas, podManagementPolicy: 'Parallel', selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
  },
});

describe("Podium's limits", () => {
  it('a Deployment asking for 100000 replicas gets exactly the pod limit, then FailedCreate with the refusal', () => {
    const applied = submit(createCluster(), { type: 'apply', objects: [deployment(100_000)] });
    const { state } = runUntil(applied.state, 10_000, { maxEvents: 200_000 });
    expect(Object.keys(state.objects.Pod)).toHaveLength(PODIUM_LIMITS.pods);
    expect(limitReachedIn(state.objects)).toBe('pods');
    const failed = state.events.filter((e) => e.reason === 'FailedCreate' && e.involved.kind === 'ReplicaSet');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0]!.type).toBe('Warning');
    expect(failed[0]!.message).toMatch(/^Error creating: pods "big-[0-9a-f]+-[a-z0-9]{5}" is forbidden: exceeds Podium's limit of 1000 pods in the cluster \(a limit of this simulator, not of Kubernetes\)$/);
    // The pods that fit are not held back: they run.
    const running = Object.values(state.objects.Pod).filter((p) => (p.status as { phase?: string }).phase === 'Running');
    expect(running.length).toBe(PODIUM_LIMITS.pods);
  }, 30_000);

  it('a StatefulSet (Parallel) stops at the limit, the event names the pod it could not create', () => {
    const applied = submit(createCluster(), { type: 'apply', objects: [sts(1_100)] });
    const { state } = runUntil(applied.state, 5_000, { maxEvents: 200_000 });
    expect(Object.keys(state.objects.Pod)).toHaveLength(PODIUM_LIMITS.pods);
    expect(state.objects.Pod['default/web-999']).toBeDefined();
    expect(state.objects.Pod['default/web-1000']).toBeUndefined();
    const failed = state.events.find((e) => e.reason === 'FailedCreate' && e.involved.name === 'web');
    expect(failed?.message).toBe(`create Pod web-1000 in StatefulSet web failed error: pods "web-1000" is forbidden: exceeds Podium's limit of 1000 pods in the cluster (a limit of this simulator, not of Kubernetes)`);
  }, 30_000);

  it('a user create beyond the limit is refused with the same message (kubectl shows it)', () => {
    let s = createCluster();
    const pods: KObject[] = Array.from({ length: PODIUM_LIMITS.pods + 1 }, (_, i) => ({
      apiVersion: 'v1', kind: 'Pod', metadata: { name: `p-${i}`, namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'nginx' }] },
    }));
    const out = submit(s, { type: 'apply', objects: pods });
    s = out.state;
    expect(Object.keys(s.objects.Pod)).toHaveLength(PODIUM_LIMITS.pods);
    const last = out.result.items[out.result.items.length - 1]!;
    expect(last.error).toEqual({ reason: 'Forbidden', message: `pods "p-1000" is forbidden: exceeds Podium's limit of 1000 pods in the cluster (a limit of this simulator, not of Kubernetes)` });
  });
});
