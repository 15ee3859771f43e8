// WaitForFirstConsumer is decided by the scheduler, node by node (volumebinding/binder.go FindPodVolumes): a node
// is feasible only if each unbound delayed claim has an Available matching static PV whose nodeAffinity fits the
// node, or its class can provision there (not kubernetes.io/no-provisioner). Static matches are pre-bound by the
// scheduler (the PV's claimRef); otherwise FailedScheduling counts "node(s) didn't find available persistent
// volumes to bind".
import { describe, expect, it } from 'vitest';
import { createCluster, runUntilStable, submit } from '../../src/sim';
import type { ClusterState, KObject } from '../../src/sim';

const local: KObject = {
  apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'local-storage' },
  provisioner: 'kubernetes.io/no-provisioner', volumeBindingMode: 'WaitForFirstConsumer', reclaimPolicy: 'Retain',
};
const claim: KObject = {
  apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'default' },
  spec: { storageClassName: 'local-storage', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
};
const pod: KObject = {
  apiVersion: 'v1', kind: 'Pod', metadata: { name: 'app', namespace: 'default' },
  spec: { containers: [{ name: 'app', image: 'nginx' }], volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }] },
};
const localPv = (name: string, node: string, size = '1Gi'): KObject => ({
  apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name },
  spec: {
    capacity: { storage: size }, accessModes: ['ReadWriteOnce'], storageClassName: 'local-storage', persistentVolumeReclaimPolicy: 'Retain',
    local: { path: '/mnt/disks/vol1' },
    nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } },
  },
});

function settle(state: ClusterState, objects: KObject[]) {
  const s = submit(state, { type: 'apply', objects });
  return runUntilStable(s.state, { maxMs: 60_000 });
}

const podOf = (s: ClusterState) => s.objects.Pod['default/app'] as KObject & { spec: { nodeName?: string }; status: { phase: string } };
const claimOf = (s: ClusterState) => s.objects.PersistentVolumeClaim['default/data']!;

describe('WaitForFirstConsumer, decided by the scheduler node by node', () => {
  it('no static volume and no provisioner: FailedScheduling on every node, no node selected for the claim', () => {
    const { state } = settle(createCluster({ defaultStorageClass: 'none' }), [local, claim, pod]);
    expect(podOf(state).spec.nodeName).toBeUndefined();
    const failed = state.events.filter((e) => e.reason === 'FailedScheduling');
    expect(failed.map((e) => e.message)).toEqual([
      "0/3 nodes are available: 3 node(s) didn't find available persistent volumes to bind. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    ]);
    expect(claimOf(state).metadata.annotations?.['volume.kubernetes.io/selected-node']).toBeUndefined();
    expect((claimOf(state).status as { phase: string }).phase).toBe('Pending');
  });

  it('a static volume on node-2 makes node-2 the only feasible node; the scheduler pre-binds it and the pod lands there', () => {
    let state = settle(createCluster({ defaultStorageClass: 'none' }), [local, claim, pod]).state;
    const r = settle(state, [localPv('local-pv-2', 'node-2')]);
    state = r.state;
    expect(podOf(state).spec.nodeName).toBe('node-2');
    expect((claimOf(state).spec as { volumeName: string }).volumeName).toBe('local-pv-2');
    expect((claimOf(state).status as { phase: string }).phase).toBe('Bound');
    const preBind = r.frames.find((f) => f.changes.some((c) => c.key === 'PersistentVolume//local-pv-2' && (c.object.spec as { claimRef?: unknown }).claimRef));
    expect(preBind?.cause.actor).toBe('default-scheduler');
    expect(claimOf(state).metadata.annotations?.['volume.kubernetes.io/selected-node']).toBeUndefined();
  });

  it('counts the nodes each reason rules out: a cordoned node and two without a volume', () => {
    let state = createCluster({ defaultStorageClass: 'none' });
    state = submit(state, { type: 'patch', target: { kind: 'Node', namespace: '', name: 'node-1' }, patchType: 'merge', patch: { spec: { unschedulable: true } } }).state;
    state = settle(state, [local, localPv('too-small', 'node-3', '500Mi'), claim, pod]).state;
    expect(state.events.filter((e) => e.reason === 'FailedScheduling').map((e) => e.message)).toEqual([
      "0/3 nodes are available: 1 node(s) were unschedulable, 2 node(s) didn't find available persistent volumes to bind. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    ]);
  });

  it('a class that can provision makes every node feasible: the scheduler selects a node for the claim', () => {
    const fast: KObject = { ...local, metadata: { name: 'fast' }, provisioner: 'k8s.io/minikube-hostpath', reclaimPolicy: 'Delete' };
    const c = { ...claim, spec: { ...(claim.spec as object), storageClassName: 'fast' } };
    const { state } = settle(createCluster({ defaultStorageClass: 'none' }), [fast, c, pod]);
    expect(claimOf(state).metadata.annotations?.['volume.kubernetes.io/selected-node']).toMatch(/^node-\d$/);
    expect(podOf(state).spec.nodeName).toBe(claimOf(state).metadata.annotations?.['volume.kubernetes.io/selected-node']);
    expect(state.events.some((e) => e.reason === 'FailedScheduling')).toBe(false);
  });
});
