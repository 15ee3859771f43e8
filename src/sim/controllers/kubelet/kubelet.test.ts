import { describe, expect, it } from 'vitest';
import { fakeContext, fakeView } from '../../../testing/fakeView';
import type { KObject } from '../../api/types';
import type { ReconcileResult } from '../types';
import type { SimSideState } from '../../engine/types';
import { kubeletController } from './kubelet';
import { crashPod, evictPod } from './faults';
import { backoffMs, crashRestartDelayMs, failingPullState } from './backoff';
import { goDuration } from './podUtil';
import { isoOf, msOfIso } from './time';
import { renderReason } from '../../reasons';

const K = 'Pod/default/web-0';
const node: KObject = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1' }, status: { addresses: [{ type: 'InternalIP', address: '192.168.49.11' }] } };
const basePod = (container: object = {}): KObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-0', namespace: 'default', uid: 'u-1', creationTimestamp: isoOf(0) },
  spec: { nodeName: 'node-1', containers: [{ name: 'nginx', image: 'nginx:1.25', ...container }] }, status: { phase: 'Pending' },
});

/** Run the kubelet on a pod, applying its status writes, until `untilMs`; returns the pod and all results. */
function drive(pod: KObject, fromMs: number, untilMs: number, simIn: { unreadyPods?: Record<string, true> } = {}) {
  let cur = pod;
  let now = fromMs;
  // The kubelet's own clock (when it first synced the pod, saw a container start or die) lives in sim.observed.
  let sim: Partial<SimSideState> = { ...simIn };
  const results: { atMs: number; r: ReconcileResult }[] = [];
  const ctx = fakeContext();
  for (let i = 0; i < 200 && now <= untilMs; i++) {
    const r = kubeletController.reconcile(K, fakeView([node, cur], now, { sim }), ctx);
    results.push({ atMs: now, r });
    for (const a of r.actions) {
      if (a.type === 'updateStatus') cur = { ...cur, status: a.status };
      if (a.type === 'sim') sim = { ...sim, ...a.sim };
    }
    if (r.requeueAfterMs === undefined) break;
    now += r.requeueAfterMs;
  }
  return { pod: cur, results, events: results.flatMap((x) => (x.r.events ?? []).map((e) => `${e.reason}: ${e.message}`)) };
}

type Cs = { ready: boolean; restartCount: number; state: { waiting?: { reason: string }; running?: { startedAt: string }; terminated?: { exitCode: number; reason: string } }; lastState?: { terminated?: object } };
const cs = (p: KObject): Cs => (p.status as { containerStatuses: Cs[] }).containerStatuses[0]!;
const phase = (p: KObject): string => (p.status as { phase: string }).phase;

describe('kubelet start', () => {
  it('first sight: ContainerCreating, hostIP, startTime, Pulling; then Running with an IP and exact events', () => {
    const first = kubeletController.reconcile(K, fakeView([node, basePod()], 1_200), fakeContext());
    const a = first.actions[0]!;
    const st = (a.type === 'updateStatus' ? a.status : {}) as { hostIP: string; startTime: string; containerStatuses: Cs[]; conditions: { type: string; status: string }[] };
    expect(st.hostIP).toBe('192.168.49.11');
    expect(st.startTime).toBe('2026-01-01T00:00:01Z');
    expect(st.containerStatuses[0]!.state.waiting?.reason).toBe('ContainerCreating');
    expect(st.conditions.map((c) => `${c.type}=${c.status}`)).toEqual(['PodReadyToStartContainers=True', 'Initialized=True', 'Ready=False', 'ContainersReady=False', 'PodScheduled=True']);
    expect(first.events?.map((e) => e.message)).toEqual(['Pulling image "nginx:1.25"']);
    const out = drive(basePod(), 1_200, 30_000);
    expect(phase(out.pod)).toBe('Running');
    expect(cs(out.pod).ready).toBe(true);
    expect((out.pod.status as { podIP: string }).podIP).toBe('10.244.1.10');
    expect(out.events[1]).toMatch(/^Pulled: Successfully pulled image "nginx:1\.25" in [\d.]+s \([\d.]+s including waiting\)\. Image size: 72188133 bytes\.$/);
    expect(out.events.slice(2)).toEqual(['Created: Created container: nginx', 'Started: Started container nginx']);
  });

  it('readiness probe: 0/1 Running until initialDelaySeconds + periodSeconds', () => {
    const out = drive(basePod({ readinessProbe: { httpGet: { path: '/', port: 80 }, initialDelaySeconds: 5, periodSeconds: 10 } }), 0, 60_000);
    const runningAt = out.results.find((x) => renderReason(x.r.why).includes('not Ready'))!.atMs;
    const readyAt = out.results.find((x) => renderReason(x.r.why).includes('Running and Ready'))!.atMs;
    expect(readyAt - runningAt).toBeGreaterThanOrEqual(15_000);
    expect(readyAt - runningAt).toBeLessThan(16_000);
  });

  it('a forced-unready pod loses Ready with an Unhealthy event', () => {
    const running = drive(basePod(), 0, 30_000).pod;
    const r = kubeletController.reconcile(K, fakeView([node, running], 40_000, { sim: { unreadyPods: { 'u-1': true } } }), fakeContext());
    expect(r.events?.map((e) => `${e.type} ${e.reason}: ${e.message}`)).toEqual(['Warning Unhealthy: Readiness probe failed: HTTP probe failed with statuscode: 503']);
  });

  it('does nothing on a down node', () => {
    const r = kubeletController.reconcile(K, fakeView([node, basePod()], 0, { sim: { nodesDown: { 'node-1': 0 } } }), fakeContext());
    expect(r.actions).toEqual([]);
  });
});

describe('kubelet crash loop', () => {
  it('first crash restarts at once; a second one waits in CrashLoopBackOff 10s', () => {
    const running = drive(basePod(), 0, 30_000).pod;
    const crashed = crashPod(running, 40_000);
    expect(cs(crashed).state.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    expect(cs(crashed).restartCount).toBe(0);
    const again = drive(crashed, 40_050, 45_000);
    expect(cs(again.pod).restartCount).toBe(1);
    expect(cs(again.pod).state.running).toBeDefined();
    expect(cs(again.pod).lastState?.terminated).toMatchObject({ exitCode: 1 });
    const crashed2 = crashPod(again.pod, 50_000);
    const loop = drive(crashed2, 50_050, 70_000);
    const reasons = loop.results.map((x) => x.r.actions.find((a) => a.type === 'updateStatus')).filter(Boolean)
      .map((a) => (a?.type === 'updateStatus' ? ((a.status as { containerStatuses: Cs[] }).containerStatuses[0]!.state.waiting?.reason ?? 'Running') : ''));
    expect(reasons).toEqual(['CrashLoopBackOff', 'Running']);
    expect(loop.events[0]).toBe('BackOff: Back-off restarting failed container nginx in pod web-0_default(u-1)');
    expect(cs(loop.pod).restartCount).toBe(2);
    const restartAt = loop.results.find((x) => x.r.events?.some((e) => e.reason === 'Started'))!.atMs;
    expect(restartAt - 50_000).toBeGreaterThanOrEqual(10_000);
    expect(restartAt - 50_000).toBeLessThan(12_000);
  });

  it('back-off arithmetic', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(backoffMs)).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
    expect(crashRestartDelayMs(0, 5_000)).toBe(1_000);
    expect(crashRestartDelayMs(3, 5_000)).toBe(40_000);
    expect(crashRestartDelayMs(3, 700_000)).toBe(1_000);
    expect(failingPullState(0, 500, 1_000).reason).toBe('ContainerCreating');
    expect(failingPullState(0, 1_500, 1_000)).toMatchObject({ reason: 'ErrImagePull', failures: 1 });
    expect(failingPullState(0, 5_000, 1_000)).toMatchObject({ reason: 'ImagePullBackOff', nextAtMs: 12_000 });
    expect(failingPullState(0, 12_500, 1_000)).toMatchObject({ reason: 'ErrImagePull', failures: 2 });
    expect(failingPullState(0, 20_000, 1_000)).toMatchObject({ reason: 'ImagePullBackOff', nextAtMs: 33_000 });
  });
});

describe('evictPod and time helpers', () => {
  it('evictPod: Failed, Evicted, message', () => {
    const e = evictPod(drive(basePod(), 0, 30_000).pod, 40_000).status as { phase: string; reason: string; message: string };
    expect(e).toMatchObject({ phase: 'Failed', reason: 'Evicted', message: 'The node was low on resource: memory.' });
  });
  it('isoOf / msOfIso / goDuration', () => {
    expect(isoOf(61_500)).toBe('2026-01-01T00:01:01Z');
    expect(msOfIso('2026-01-01T00:01:01Z')).toBe(61_000);
    expect(msOfIso('garbage')).toBeUndefined();
    expect([800, 2_100, 2_000, 61_000, 1_234].map(goDuration)).toEqual(['800ms', '2.1s', '2s', '1m1s', '1.234s']);
  });
});
