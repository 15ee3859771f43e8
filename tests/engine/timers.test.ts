// Timers count from when a component observes an event, never from a stored timestamp (issue 10 §2). API stamps
// are floored to the second: a timer armed at "stamp + duration" fires up to a second early. Each case below acts
// at a moment inside a second (…x.700 s), so a timer counted from the floored stamp would fire early.
import { describe, expect, it } from 'vitest';
import { createCluster, runUntil, submit } from '../../src/sim';
import type { ClusterState, Frame, KObject } from '../../src/sim';
import { msOfIso } from '../../src/sim/engine/time';
import { pullDurationMs } from '../../src/sim/controllers/kubelet/containerSync';
import type { Container } from 'kubernetes-types/core/v1';

const pod = (name: string, image: string, extra: Record<string, unknown> = {}): KObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' },
  spec: { terminationGracePeriodSeconds: 30, containers: [{ name: 'main', image, command: ['sleep', '3600'] }], ...extra },
});

function run(state: ClusterState, untilMs: number) {
  return runUntil(state, untilMs);
}

/** Apply at the current time, then run to `untilMs`, keeping the frames. */
function applyAndRun(state: ClusterState, objects: KObject[], untilMs: number) {
  const s = submit(state, { type: 'apply', objects });
  return run(s.state, untilMs);
}

const framesWith = (frames: readonly Frame[], test: (f: Frame) => boolean) => frames.filter(test);

describe('timers count from the observing component', () => {
  it('the kubelet sends SIGKILL a full grace period after it starts killing (killContainer), not at deletionTimestamp', () => {
    let state = applyAndRun(createCluster(), [pod('sleeper', 'busybox:1.36')], 20_000).state;
    state = run(state, 20_700).state;
    const deleted = submit(state, { type: 'delete', targets: [{ kind: 'Pod', namespace: 'default', name: 'sleeper' }] });
    const stamp = msOfIso(deleted.state.objects.Pod['default/sleeper']!.metadata.deletionTimestamp!);
    expect(stamp).toBe(50_000); // 20.7 s + 30 s, floored
    const { frames } = run(deleted.state, 60_000);
    const killing = framesWith(frames, (f) => f.cause.actor === 'kubelet' && f.events.some((e) => e.reason === 'Killing'))[0]!;
    const killed = framesWith(frames, (f) => f.changes.some((c) => c.key === 'Pod/default/sleeper' && (c.object.status as { phase?: string } | undefined)?.phase === 'Failed'))[0]!;
    expect(killing.atMs).toBeGreaterThan(20_700);
    expect(killed.atMs).toBe(killing.atMs + 30_000);
    const exit = (killed.changes.find((c) => c.key === 'Pod/default/sleeper')!.object.status as { containerStatuses: { state: { terminated: { exitCode: number } } }[] }).containerStatuses[0]!.state.terminated.exitCode;
    expect(exit).toBe(137);
  });

  it('the Deployment controller re-checks a stuck rollout at lastUpdateTime + progressDeadlineSeconds − now + 1 s (requeueStuckDeployment)', () => {
    const state = run(createCluster(), 2_700).state;
    const d: KObject = {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'stuck', namespace: 'default' },
      spec: {
        replicas: 1, progressDeadlineSeconds: 10, selector: { matchLabels: { app: 'stuck' } },
        template: { metadata: { labels: { app: 'stuck' } }, spec: { nodeSelector: { disk: 'none-has-it' }, containers: [{ name: 'c', image: 'nginx' }] } },
      },
    };
    const { frames, state: end } = applyAndRun(state, [d], 30_000);
    const cond = (o: KObject) => (((o.status ?? {}) as { conditions?: { type: string; reason: string; lastUpdateTime: string }[] }).conditions ?? []).find((c) => c.type === 'Progressing');
    const timedOut = framesWith(frames, (f) => f.changes.some((c) => c.key === 'Deployment/default/stuck' && cond(c.object)?.reason === 'ProgressDeadlineExceeded'))[0]!;
    const before = frames.filter((f) => f.atMs < timedOut.atMs).flatMap((f) => f.changes).filter((c) => c.key === 'Deployment/default/stuck').at(-1)!;
    const lastUpdate = msOfIso(cond(before.object)!.lastUpdateTime);
    expect(timedOut.atMs).toBe(lastUpdate + 10_000 + 1_000);
    expect(cond(end.objects.Deployment['default/stuck']!)?.reason).toBe('ProgressDeadlineExceeded');
  });

  it('the StatefulSet controller (v1.34) re-checks availability minReadySeconds after a sync saw the pod Ready, never earlier', () => {
    const sts: KObject = {
      apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default' },
      spec: {
        serviceName: 'web', replicas: 1, minReadySeconds: 10, selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } },
      },
    };
    const { frames } = applyAndRun(run(createCluster(), 700).state, [sts], 60_000);
    const ready = framesWith(frames, (f) => f.changes.some((c) => c.key === 'Pod/default/web-0' && ((c.object.status ?? {}) as { conditions?: { type: string; status: string }[] }).conditions?.some((x) => x.type === 'Ready' && x.status === 'True')))[0]!;
    const available = framesWith(frames, (f) => f.changes.some((c) => c.key === 'StatefulSet/default/web' && ((c.object.status ?? {}) as { availableReplicas?: number }).availableReplicas === 1))[0]!;
    expect(ready.atMs % 1000).not.toBe(0);
    expect(available.atMs).toBeGreaterThanOrEqual(ready.atMs + 10_000);
    expect(available.atMs).toBeLessThanOrEqual(ready.atMs + 20_000);
  });

  it('the ReplicaSet controller re-checks availability minReadySeconds after the sync that saw all pods Ready', () => {
    const d: KObject = {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default' },
      spec: {
        replicas: 1, minReadySeconds: 10, selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } },
      },
    };
    const { frames } = applyAndRun(run(createCluster(), 700).state, [d], 60_000);
    const ready = framesWith(frames, (f) => f.changes.some((c) => c.object.kind === 'Pod' && ((c.object.status ?? {}) as { conditions?: { type: string; status: string }[] }).conditions?.some((x) => x.type === 'Ready' && x.status === 'True')))[0]!;
    const available = framesWith(frames, (f) => f.changes.some((c) => c.object.kind === 'ReplicaSet' && ((c.object.status ?? {}) as { availableReplicas?: number }).availableReplicas === 1))[0]!;
    expect(ready.atMs % 1000).not.toBe(0);
    expect(available.atMs).toBeGreaterThanOrEqual(ready.atMs + 10_000);
    expect(available.atMs).toBeLessThan(ready.atMs + 10_100);
  });

  it('the taint manager evicts tolerationSeconds after it observed the NoExecute taint, not after the taint\'s timeAdded', () => {
    let state = applyAndRun(createCluster(), [pod('app', 'nginx', { nodeName: 'node-2' })], 10_700).state;
    state = submit(state, { type: 'fault', fault: { type: 'node-down', node: 'node-2' } }).state;
    const { frames } = run(state, 400_000);
    const tainted = framesWith(frames, (f) => f.changes.some((c) => c.key === 'Node//node-2' && ((c.object.spec as { taints?: { effect: string }[] }).taints ?? []).some((t) => t.effect === 'NoExecute')))[0]!;
    const evicted = framesWith(frames, (f) => f.events.some((e) => e.reason === 'TaintManagerEviction'))[0]!;
    expect(tainted.atMs % 1000).not.toBe(0);
    expect(evicted.atMs).toBe(tainted.atMs + 100 + 300_000);
  });

  it('the kubelet pulls from its first sync and probes from when it started the container, not from floored stamps', () => {
    const probed = pod('probed', 'nginx', {});
    const spec = probed.spec as { containers: Record<string, unknown>[] };
    spec.containers[0] = { name: 'main', image: 'nginx', readinessProbe: { httpGet: { path: '/', port: 80 }, initialDelaySeconds: 5, periodSeconds: 10 } };
    const { frames } = applyAndRun(run(createCluster(), 700).state, [probed], 60_000);
    const status = (f: Frame) => f.changes.find((c) => c.key === 'Pod/default/probed')?.object.status as { phase?: string; conditions?: { type: string; status: string }[] } | undefined;
    const running = framesWith(frames, (f) => status(f)?.phase === 'Running')[0]!;
    const ready = framesWith(frames, (f) => !!status(f)?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'))[0]!;
    expect(running.atMs % 1000).not.toBe(0);
    // The pull starts when the kubelet first synced the pod (its first status write), not at the floored startTime.
    const firstSync = framesWith(frames, (f) => f.cause.actor === 'kubelet' && !!status(f))[0]!;
    const uid = running.changes.find((c) => c.key === 'Pod/default/probed')!.object.metadata.uid!;
    expect(running.atMs).toBe(firstSync.atMs + pullDurationMs(spec.containers[0] as unknown as Container, uid));
    expect(ready.atMs).toBe(running.atMs + 15_000);
  });
});
