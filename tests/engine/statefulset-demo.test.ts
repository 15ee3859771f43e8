// The default demo end to end through the real engine: ordered start, PVCs, scale up/down, pod recreation.
import { describe, expect, it } from 'vitest';
import { createCluster, runUntilStable, submit } from '../../src/sim';
import type { ClusterState, Frame, KObject, Pod } from '../../src/sim';
import { statefulSetManifests } from '../../src/sim/bench/fixtures';
import { renderReason } from '../../src/sim/reasons';

const objs = (s: ClusterState, kind: keyof ClusterState['objects']) => Object.values(s.objects[kind]);
const pod = (s: ClusterState, name: string) => s.objects.Pod[`default/${name}`] as (Pod & KObject) | undefined;
const ready = (p?: Pod) => (p?.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');

/** Replay frames and record the order in which pods were created, became Ready, and were deleted. */
function history(frames: readonly Frame[]) {
  const created: string[] = [];
  const readyOrder: string[] = [];
  const deleted: string[] = [];
  for (const f of frames) for (const ch of f.changes) {
    if (ch.object.kind !== 'Pod') continue;
    const name = ch.object.metadata.name ?? '';
    if (ch.type === 'ADDED') created.push(name);
    if (ch.type === 'DELETED') deleted.push(name);
    if (ch.type === 'MODIFIED' && ready(ch.object as Pod) && !ready(ch.previous as Pod)) readyOrder.push(name);
  }
  return { created, readyOrder, deleted };
}

function start(replicas = 3): { state: ClusterState; frames: Frame[] } {
  const applied = submit(createCluster(), { type: 'apply', objects: statefulSetManifests(replicas, 'OrderedReady') }, 'kubectl apply -f -');
  expect(applied.result.items.map((i) => i.outcome)).toEqual(['created', 'created']);
  const run = runUntilStable(applied.state);
  expect(run.stable).toBe(true);
  return { state: run.state, frames: run.frames };
}

describe('default StatefulSet demo', () => {
  it('creates web-0, web-1, web-2 strictly in order, each after its predecessor is Ready, with a bound PVC each', () => {
    const { state, frames } = start();
    const h = history(frames);
    expect(h.created).toEqual(['web-0', 'web-1', 'web-2']);
    expect(h.readyOrder).toEqual(['web-0', 'web-1', 'web-2']);
    // web-1 is created only after web-0 is Ready.
    const idx = (pred: (f: Frame) => boolean) => frames.findIndex(pred);
    const web0Ready = idx((f) => f.changes.some((c) => c.object.metadata.name === 'web-0' && ready(c.object as Pod) && !ready(c.previous as Pod)));
    const web1Created = idx((f) => f.changes.some((c) => c.type === 'ADDED' && c.object.metadata.name === 'web-1'));
    expect(web0Ready).toBeGreaterThanOrEqual(0);
    expect(web1Created).toBeGreaterThan(web0Ready);
    for (const n of [0, 1, 2]) {
      const claim = state.objects.PersistentVolumeClaim[`default/www-web-${n}`];
      expect((claim?.status as { phase: string }).phase).toBe('Bound');
      const volumeName = (claim?.spec as { volumeName: string }).volumeName;
      expect(volumeName).toBe(`pvc-${claim?.metadata.uid}`);
      expect((state.objects.PersistentVolume[`/${volumeName}`]?.spec as { storageClassName: string }).storageClassName).toBe('standard');
      expect(pod(state, `web-${n}`)?.status?.phase).toBe('Running');
    }
  });

  it('scales up in order and down in reverse order, one pod gone before the next goes; PVCs stay', () => {
    const { state } = start();
    const up = runUntilStable(submit(state, { type: 'scale', target: { kind: 'StatefulSet', namespace: 'default', name: 'web' }, replicas: 5 }).state);
    expect(history(up.frames).created).toEqual(['web-3', 'web-4']);
    const down = runUntilStable(submit(up.state, { type: 'scale', target: { kind: 'StatefulSet', namespace: 'default', name: 'web' }, replicas: 1 }).state);
    expect(history(down.frames).deleted).toEqual(['web-4', 'web-3', 'web-2', 'web-1']);
    // Each deletion is requested only after the previous pod is gone.
    const deletionRequested = down.frames.flatMap((f, i) => f.changes.filter((c) => c.type === 'MODIFIED' && c.object.metadata.deletionTimestamp && !c.previous?.metadata.deletionTimestamp).map((c) => ({ i, name: c.object.metadata.name })));
    const gone = down.frames.flatMap((f, i) => f.changes.filter((c) => c.type === 'DELETED').map((c) => ({ i, name: c.object.metadata.name })));
    for (let k = 1; k < deletionRequested.length; k++) expect(deletionRequested[k]!.i).toBeGreaterThan(gone[k - 1]!.i);
    expect(objs(down.state, 'Pod').map((p) => p.metadata.name)).toEqual(['web-0']);
    expect(objs(down.state, 'PersistentVolumeClaim').map((c) => [c.metadata.name, (c.status as { phase: string }).phase])).toEqual(
      [0, 1, 2, 3, 4].map((n) => [`www-web-${n}`, 'Bound']),
    );
  });

  it('recreates a deleted pod with the same name, a new uid and IP, and the same PVC', () => {
    const { state } = start();
    const before = pod(state, 'web-1')!;
    const after = runUntilStable(submit(state, { type: 'delete', targets: [{ kind: 'Pod', namespace: 'default', name: 'web-1' }] }).state).state;
    const again = pod(after, 'web-1')!;
    expect(again.metadata.uid).not.toBe(before.metadata.uid);
    expect(again.status?.podIP).not.toBe(before.status?.podIP);
    expect(again.status?.phase).toBe('Running');
    expect(again.spec?.volumes?.find((v) => v.name === 'www')?.persistentVolumeClaim?.claimName).toBe('www-web-1');
  });

  it('is deterministic: same inputs, byte-identical frames', () => {
    expect(JSON.stringify(start().frames)).toBe(JSON.stringify(start().frames));
  });
});

describe('rejected requests', () => {
  it('say every cause on the frame that records them', () => {
    const [svc, sts] = statefulSetManifests(1, 'OrderedReady');
    const { selector: _drop, ...spec } = sts!.spec as Record<string, unknown>;
    const out = submit(createCluster(), { type: 'apply', objects: [svc!, { ...sts!, spec }] }, 'kubectl apply -f -');
    expect(renderReason(out.frame?.cause.why)).toBe('kubectl apply -f -: service/nginx created, statefulset.apps/web failed (StatefulSet "web" is invalid: spec.selector: Required value; spec.template.metadata.labels: Invalid value: {"app":"nginx"}: `selector` does not match template `labels`)');
  });
});
