// Through the real engine: a pod is scheduled, pulled, started; deleting it terminates it and removes it.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../engine/cluster';
import { runUntil, runUntilStable, submit } from '../../engine/run';
import type { ClusterState, Frame } from '../../engine/types';
import type { KObject } from '../../api/types';

const pod = (name: string, image: string): KObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' },
  // busybox's default command is `sh`, which exits at once without a terminal: give it the usual sleep.
  spec: { containers: [name.startsWith('bb') ? { name: 'busybox', image, command: ['sleep', '3600'] } : { name: 'nginx', image }] },
});

/** kubectl's STATUS column for the pods we use here (single container, no init containers). */
function statusColumn(p: KObject): string {
  const st = p.status as { phase?: string; reason?: string; containerStatuses?: { ready: boolean; state?: { waiting?: { reason?: string }; terminated?: { reason?: string }; running?: object } }[] };
  let reason = st.reason ?? st.phase ?? '';
  let ready = 0;
  for (const c of st.containerStatuses ?? []) {
    if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state?.terminated?.reason) reason = c.state.terminated.reason;
    else if (c.ready && c.state?.running) ready++;
  }
  if (p.metadata.deletionTimestamp && st.phase !== 'Succeeded' && st.phase !== 'Failed') reason = 'Terminating';
  return `${ready}/1 ${reason}`;
}

function rows(frames: readonly Frame[], name: string): string[] {
  return frames.flatMap((f) => f.changes.filter((c) => c.object.metadata.name === name && c.object.kind === 'Pod')
    .map((c) => `${c.type === 'DELETED' ? 'DELETED ' : ''}${statusColumn(c.object)}${(c.object.spec as { nodeName?: string }).nodeName ? '' : ' (unbound)'}`));
}

function run(state: ClusterState, ms: number) { return runUntil(state, state.nowMs + ms); }

describe('pod lifecycle through the engine', () => {
  it('Pending → ContainerCreating → Running, then Terminating → Completed → gone', () => {
    let state = createCluster({}, 1);
    const created = submit(state, { type: 'apply', objects: [pod('web-0', 'nginx:1.25')] });
    state = created.state;
    const up = run(state, 20_000);
    state = up.state;
    expect(rows([created.frame!, ...up.frames], 'web-0')).toEqual([
      '0/1 Pending (unbound)', '0/1 Pending', '0/1 ContainerCreating', '1/1 Running',
    ]);
    const p = state.objects.Pod['default/web-0']!;
    expect((p.status as { podIP?: string }).podIP).toMatch(/^10\.244\.1\.\d+$/);
    const reasons = state.events.filter((e) => e.involved.name === 'web-0').map((e) => e.reason);
    expect(reasons).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);

    const del = submit(state, { type: 'delete', targets: [{ kind: 'Pod', namespace: 'default', name: 'web-0' }] });
    const down = runUntilStable(del.state);
    expect(rows([del.frame!, ...down.frames], 'web-0')).toEqual([
      '1/1 Terminating', '0/1 Terminating', '0/1 Completed', 'DELETED 0/1 Completed',
    ]);
    expect(down.state.objects.Pod['default/web-0']).toBeUndefined();
    expect(down.state.events.some((e) => e.reason === 'Killing' && e.message === 'Stopping container nginx')).toBe(true);
  });

  it('busybox ignores SIGTERM: Error (137) at the end of the grace period', () => {
    let state = submit(createCluster({}, 2), { type: 'apply', objects: [pod('bb', 'busybox:1.28')] }).state;
    state = run(state, 20_000).state;
    const t0 = state.nowMs;
    const del = submit(state, { type: 'delete', targets: [{ kind: 'Pod', namespace: 'default', name: 'bb' }] });
    const out = runUntilStable(del.state);
    expect(rows(out.frames, 'bb')).toEqual(['0/1 Terminating', '0/1 Error', 'DELETED 0/1 Error']);
    const errFrame = out.frames.find((f) => f.changes.some((c) => c.object.metadata.name === 'bb' && statusColumn(c.object) === '0/1 Error'))!;
    expect(errFrame.atMs - t0).toBeGreaterThanOrEqual(29_000);
    expect(errFrame.atMs - t0).toBeLessThanOrEqual(30_100);
  });

  it('an unknown tag loops ErrImagePull / ImagePullBackOff and stays Pending', () => {
    const state = submit(createCluster({}, 3), { type: 'apply', objects: [pod('typo', 'nginx:1.161')] }).state;
    const out = run(state, 60_000);
    const r = rows(out.frames, 'typo');
    expect(r.slice(0, 6)).toEqual(['0/1 Pending', '0/1 ContainerCreating', '0/1 ErrImagePull', '0/1 ImagePullBackOff', '0/1 ErrImagePull', '0/1 ImagePullBackOff']);
    expect((out.state.objects.Pod['default/typo']!.status as { phase: string }).phase).toBe('Pending');
  });
});
