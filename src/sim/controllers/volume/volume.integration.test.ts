// Through the real engine: static binding (the seed scenario), dynamic provisioning, reclaim, protection, GC.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../engine/cluster';
import { runUntilStable, submit } from '../../engine/run';
import type { ClusterState, Frame } from '../../engine/types';
import type { KObject } from '../../api/types';
import { renderReason } from '../../reasons';

const staticPv = (name: string, extra: Record<string, unknown> = {}): KObject => ({
  apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name, labels: { type: 'local' } },
  spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: `/mnt/${name}` }, ...extra },
});

const statefulSet = (name: string, replicas: number, storageClassName?: string): KObject => ({
  apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name, namespace: 'default' },
  spec: {
    serviceName: name, replicas, selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: { containers: [{ name: 'nginx', image: 'nginx', volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }] }] },
    },
    volumeClaimTemplates: [{
      metadata: { name: 'www' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...(storageClassName !== undefined ? { storageClassName } : {}) },
    }],
  },
});

const phase = (o: KObject | undefined): string | undefined => (o?.status as { phase?: string } | undefined)?.phase;
const pvcOf = (s: ClusterState, n: string) => s.objects.PersistentVolumeClaim[`default/${n}`];
const pvOf = (s: ClusterState, n: string) => s.objects.PersistentVolume[`/${n}`];

function apply(state: ClusterState, objects: KObject[]): { state: ClusterState; frames: Frame[] } {
  const s = submit(state, { type: 'apply', objects });
  const r = runUntilStable(s.state);
  expect(r.stable).toBe(true);
  return { state: r.state, frames: [...(s.frame ? [s.frame] : []), ...r.frames] };
}

function del(state: ClusterState, kind: 'StatefulSet' | 'PersistentVolumeClaim' | 'PersistentVolume', name: string, propagation?: 'Foreground' | 'Orphan') {
  const s = submit(state, { type: 'delete', targets: [{ kind, namespace: 'default', name }], ...(propagation ? { propagation } : {}) });
  const r = runUntilStable(s.state);
  expect(r.stable).toBe(true);
  return { state: r.state, frames: [...(s.frame ? [s.frame] : []), ...r.frames] };
}

/** `kubectl get <kind> -w`-like rows for one object: phase (or Terminating/DELETED). */
const watchRows = (frames: Frame[], kind: string, name: string): string[] =>
  frames.flatMap((f) => f.changes.filter((c) => c.object.kind === kind && c.object.metadata.name === name).map((c) => {
    if (c.type === 'DELETED') return 'DELETED';
    const vol = (c.object.spec as { volumeName?: string }).volumeName;
    return `${c.object.metadata.deletionTimestamp ? 'Terminating' : phase(c.object)}${kind === 'PersistentVolumeClaim' && vol ? ' ' + vol : ''}`;
  }));
const dedupe = (rows: string[]) => rows.filter((r, i) => r !== rows[i - 1]);

describe('static binding on a cluster without a default StorageClass (seed 000)', () => {
  it('three hostPath PVs with no class are bound by the StatefulSet claims, each pod Running', () => {
    let state = createCluster({ defaultStorageClass: 'none' }, 1);
    const pvs = apply(state, [staticPv('test-0'), staticPv('test-1'), staticPv('test-2')]);
    state = pvs.state;
    expect(dedupe(watchRows(pvs.frames, 'PersistentVolume', 'test-0'))).toEqual(['Pending', 'Available']);
    const sts = apply(state, [statefulSet('statefulset-test', 3)]);
    state = sts.state;
    for (let i = 0; i < 3; i++) {
      const claim = pvcOf(state, `www-statefulset-test-${i}`);
      expect(phase(claim)).toBe('Bound');
      expect(phase(pvOf(state, (claim!.spec as { volumeName: string }).volumeName))).toBe('Bound');
      expect(phase(state.objects.Pod[`default/statefulset-test-${i}`])).toBe('Running');
    }
    expect(new Set([0, 1, 2].map((i) => (pvcOf(state, `www-statefulset-test-${i}`)!.spec as { volumeName: string }).volumeName))).toEqual(new Set(['test-0', 'test-1', 'test-2']));
    const rows = dedupe(watchRows(sts.frames, 'PersistentVolumeClaim', 'www-statefulset-test-0'));
    expect(rows[0]).toBe('Pending');
    expect(rows.at(-1)).toMatch(/^Bound test-\d$/);
  });
});

describe('dynamic provisioning with the default StorageClass', () => {
  it('provisions pvc-<uid>, binds it, and deleting the claim (after the STS) deletes the volume', () => {
    let state = createCluster({}, 7);
    const up = apply(state, [statefulSet('web', 2)]);
    state = up.state;
    const claim = pvcOf(state, 'www-web-0')!;
    const pvName = `pvc-${claim.metadata.uid}`;
    expect((claim.spec as { volumeName: string }).volumeName).toBe(pvName);
    expect(phase(pvOf(state, pvName))).toBe('Bound');
    expect((pvOf(state, pvName)!.spec as { persistentVolumeReclaimPolicy: string }).persistentVolumeReclaimPolicy).toBe('Delete');
    const reasons = state.events.filter((e) => e.involved.name === 'www-web-0').map((e) => e.reason);
    expect(reasons).toEqual(['ExternalProvisioning', 'Provisioning', 'ProvisioningSucceeded']);
    const why = up.frames.map((f) => renderReason(f.cause.why)).find((w) => w.startsWith('PVC www-web-0 bound'));
    expect(why).toBe(`PVC www-web-0 bound to PV ${pvName}: provisioned by the default StorageClass standard`);

    // Deleting the StatefulSet: the GC deletes the pods; the PVCs stay (retention Retain).
    const gone = del(state, 'StatefulSet', 'web');
    state = gone.state;
    expect(Object.keys(state.objects.Pod).filter((k) => k.startsWith('default/web-'))).toEqual([]);
    expect(phase(pvcOf(state, 'www-web-0'))).toBe('Bound');
    expect(gone.frames.some((f) => renderReason(f.cause.why) === 'Pod web-0 deleted: its owner StatefulSet web is gone (background cascading deletion)')).toBe(true);

    // Deleting the claim now: the PV is Released then deleted.
    const reclaimed = del(state, 'PersistentVolumeClaim', 'www-web-0');
    state = reclaimed.state;
    expect(pvcOf(state, 'www-web-0')).toBeUndefined();
    expect(pvOf(state, pvName)).toBeUndefined();
    expect(dedupe(watchRows(reclaimed.frames, 'PersistentVolume', pvName))).toEqual(['Released', 'Terminating', 'DELETED']);
  });

  it('pvc-protection keeps a claim that a running pod uses until the pod is gone', () => {
    let state = apply(createCluster({}, 3), [statefulSet('web', 1)]).state;
    const s = submit(state, { type: 'delete', targets: [{ kind: 'PersistentVolumeClaim', namespace: 'default', name: 'www-web-0' }] });
    state = runUntilStable(s.state, { maxMs: 5_000 }).state;
    expect(pvcOf(state, 'www-web-0')?.metadata.deletionTimestamp).toBeDefined();
    state = del(state, 'StatefulSet', 'web').state;
    expect(pvcOf(state, 'www-web-0')).toBeUndefined();
  });
});

describe('WaitForFirstConsumer through the engine (F§5.5)', () => {
  it('the claim waits for the scheduler, then a volume pinned to the selected node is provisioned', () => {
    const local: KObject = {
      apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'local' },
      provisioner: 'rancher.io/local-path', reclaimPolicy: 'Delete', volumeBindingMode: 'WaitForFirstConsumer',
    };
    const state = apply(createCluster({ defaultStorageClass: 'none' }, 9), [local, statefulSet('web', 1, 'local')]).state;
    const claim = pvcOf(state, 'www-web-0')!;
    expect(phase(claim)).toBe('Bound');
    const node = claim.metadata.annotations?.['volume.kubernetes.io/selected-node'];
    expect(node).toMatch(/^node-\d$/);
    const volume = pvOf(state, `pvc-${claim.metadata.uid}`)!;
    expect(JSON.stringify(volume.spec)).toContain(`"values":["${node}"]`);
    expect((state.objects.Pod['default/web-0']!.spec as { nodeName?: string }).nodeName).toBe(node);
    expect(state.events.filter((e) => e.involved.name === 'www-web-0').map((e) => e.reason)).toContain('ProvisioningSucceeded');
  });
});

describe('reclaim of static volumes', () => {
  it('Retain leaves the PV Released; Delete on /mnt hostPath ends Failed with VolumeFailedDelete', () => {
    let state = createCluster({ defaultStorageClass: 'none' }, 1);
    const claim = (name: string, volumeName: string): KObject => ({
      apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, storageClassName: '', volumeName },
    });
    state = apply(state, [staticPv('keep'), staticPv('data', { persistentVolumeReclaimPolicy: 'Delete' })]).state;
    state = apply(state, [claim('a', 'keep'), claim('b', 'data')]).state;
    expect(phase(pvOf(state, 'keep'))).toBe('Bound');
    state = del(state, 'PersistentVolumeClaim', 'a').state;
    state = del(state, 'PersistentVolumeClaim', 'b').state;
    expect(phase(pvOf(state, 'keep'))).toBe('Released');
    expect(phase(pvOf(state, 'data'))).toBe('Failed');
    const failed = state.events.filter((e) => e.reason === 'VolumeFailedDelete');
    expect(failed.map((e) => [e.message, e.count])).toEqual([['host_path deleter only supports /tmp/.+ but received provided /mnt/data', 1]]);
  });
});

const replicaSet = (name: string, replicas: number): KObject => ({
  apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name, namespace: 'default' },
  spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
});

describe('garbage collection through the engine', () => {
  // A ReplicaSet, not a StatefulSet: see the report (the StatefulSet controller re-creates its ControllerRevision
  // while the set is being deleted, which the foreground GC then deletes again, forever).
  it('foreground: the owner stays (foregroundDeletion) until its pods are gone', () => {
    const state = apply(createCluster({}, 5), [replicaSet('rs', 2)]).state;
    expect(Object.keys(state.objects.Pod).filter((k) => k.startsWith('default/rs-'))).toHaveLength(2);
    const s = submit(state, { type: 'delete', targets: [{ kind: 'ReplicaSet', namespace: 'default', name: 'rs' }], propagation: 'Foreground' });
    expect(s.state.objects.ReplicaSet['default/rs']!.metadata.finalizers).toEqual(['foregroundDeletion']);
    const r = runUntilStable(s.state);
    expect(r.stable).toBe(true);
    const goneAt = (kind: string) => r.frames.filter((f) => f.changes.some((c) => c.type === 'DELETED' && c.object.kind === kind)).map((f) => f.atMs);
    expect(goneAt('ReplicaSet')).toHaveLength(1);
    expect(goneAt('ReplicaSet')[0]).toBeGreaterThanOrEqual(Math.max(...goneAt('Pod')));
    expect(r.state.objects.ReplicaSet['default/rs']).toBeUndefined();
  });

  it('orphan: the StatefulSet goes, its pods keep running without ownerReferences', () => {
    let state = apply(createCluster({}, 6), [statefulSet('db', 2)]).state;
    state = del(state, 'StatefulSet', 'db', 'Orphan').state;
    expect(state.objects.StatefulSet['default/db']).toBeUndefined();
    expect(phase(state.objects.Pod['default/db-0'])).toBe('Running');
    expect(state.objects.Pod['default/db-0']!.metadata.ownerReferences).toBeUndefined();
  });
});

describe('a claim that names its volume (spec.volumeName) is re-checked by the periodic resync (15 s)', () => {
  const named = (volumeName: string, storage = '1Gi'): KObject => ({
    apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'default' },
    spec: { storageClassName: '', volumeName, accessModes: ['ReadWriteOnce'], resources: { requests: { storage } } },
  });
  const resyncTicks = (s: ClusterState) => s.queue.filter((q) => q.controller === 'persistentvolume-binder' && q.key === 'PersistentVolumeClaim/default/data');

  it('binds at the next resync after the named volume appears', () => {
    let state = createCluster({ defaultStorageClass: 'none' }, 1);
    state = runUntilStable(submit(state, { type: 'apply', objects: [named('late')] }).state, { maxMs: 3_000 }).state;
    expect(phase(pvcOf(state, 'data'))).toBe('Pending');
    expect(resyncTicks(state).map((q) => q.atMs)).toEqual([15_000]);
    state = runUntilStable(state, { maxMs: 17_000 - state.nowMs }).state;
    expect(resyncTicks(state).map((q) => q.atMs)).toEqual([30_000]);
    const created = submit(state, { type: 'apply', objects: [staticPv('late')] });
    const r = runUntilStable(created.state);
    expect(r.stable).toBe(true);
    expect(phase(pvcOf(r.state, 'data'))).toBe('Bound');
    const bound = r.frames.find((f) => f.changes.some((c) => c.key === 'PersistentVolumeClaim/default/data' && phase(c.object) === 'Bound'));
    expect(bound?.atMs).toBe(30_000);
  });

  it('gets the real VolumeMismatch event once the named volume exists but does not fit', () => {
    let state = createCluster({ defaultStorageClass: 'none' }, 1);
    state = runUntilStable(submit(state, { type: 'apply', objects: [named('small', '5Gi')] }).state, { maxMs: 3_000 }).state;
    state = submit(state, { type: 'apply', objects: [staticPv('small')] }).state;
    const r = runUntilStable(state, { maxMs: 20_000 });
    expect(phase(pvcOf(r.state, 'data'))).toBe('Pending');
    expect(r.state.events.find((e) => e.reason === 'VolumeMismatch')).toMatchObject({ type: 'Warning', message: 'Cannot bind to requested volume "small": requested PV is too small', firstMs: 15_000 });
  });
});
