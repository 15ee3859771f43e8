import { describe, expect, it } from 'vitest';
import { fakeContext, fakeView } from '../../../testing/fakeView';
import type { KObject } from '../../api/types';
import { schedulerController } from './scheduler';
import { fitErrorMessage } from './predicates';
import { renderReason } from '../../reasons';

const node = (name: string, extra: { unschedulable?: boolean; taints?: object[]; ready?: string } = {}): KObject => ({
  apiVersion: 'v1', kind: 'Node', metadata: { name },
  spec: { ...(extra.unschedulable ? { unschedulable: true } : {}), ...(extra.taints ? { taints: extra.taints } : {}) },
  status: { conditions: [{ type: 'Ready', status: extra.ready ?? 'True' }] },
});
const pod = (name: string, opts: { nodeName?: string; claim?: string; status?: object } = {}): KObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: `uid-${name}` },
  spec: { containers: [{ name: 'nginx', image: 'nginx' }], ...(opts.nodeName ? { nodeName: opts.nodeName } : {}),
    ...(opts.claim ? { volumes: [{ name: 'www', persistentVolumeClaim: { claimName: opts.claim } }] } : {}) },
  status: opts.status ?? { phase: 'Pending' },
});
const pvc = (name: string, phase: string, storageClassName = 'standard', annotations?: Record<string, string>): KObject => ({
  apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default', ...(annotations ? { annotations } : {}) },
  spec: { storageClassName, ...(phase === 'Bound' ? { volumeName: `pv-${name}` } : {}) }, status: { phase },
});
const sc = (name: string, mode: string): KObject => ({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name }, volumeBindingMode: mode });
const nodes = [node('node-1'), node('node-2'), node('node-3')];
const K = 'Pod/default/web-0';
const reconcile = (objs: KObject[], nowMs = 0) => schedulerController.reconcile(K, fakeView(objs, nowMs), fakeContext());

describe('schedulerController', () => {
  it('binds to the node with the fewest pods, ties by name, with a Scheduled event', () => {
    const r = reconcile([...nodes, pod('web-0'), pod('a', { nodeName: 'node-1' }), pod('b', { nodeName: 'node-3' })]);
    expect(r.actions).toHaveLength(1);
    const a = r.actions[0]!;
    expect(a.type === 'update' && (a.object.spec as { nodeName: string }).nodeName).toBe('node-2');
    expect(r.events).toEqual([{ type: 'Normal', reason: 'Scheduled', message: 'Successfully assigned default/web-0 to node-2', key: K }]);
  });

  it('skips cordoned, tainted and not-ready nodes', () => {
    const objs = [node('node-1', { unschedulable: true }), node('node-2', { taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule' }] }), node('node-3'), pod('web-0')];
    const a = reconcile(objs).actions[0]!;
    expect(a.type === 'update' && (a.object.spec as { nodeName: string }).nodeName).toBe('node-3');
  });

  it('reports FailedScheduling with sorted reasons when no node fits', () => {
    const objs = [node('node-1', { unschedulable: true }), node('node-2', { unschedulable: true }), node('node-3', { taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }] }), pod('web-0')];
    const r = reconcile(objs);
    expect(r.events?.[0]?.message).toBe('0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 node(s) were unschedulable. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.');
  });

  it('waits for an unbound Immediate PVC, once per distinct message', () => {
    const msg = '0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.';
    const r = reconcile([...nodes, sc('standard', 'Immediate'), pvc('www-web-0', 'Pending'), pod('web-0', { claim: 'www-web-0' })]);
    expect(r.events).toEqual([{ type: 'Warning', reason: 'FailedScheduling', message: msg, key: K }]);
    expect(renderReason(r.why)).toBe('web-0 waits in Pending: its PVC www-web-0 is not Bound yet');
    const a = r.actions[0]!;
    expect(a.type).toBe('updateStatus');
    const status = a.type === 'updateStatus' ? a.status as { conditions: { type: string; status: string; reason: string; message: string }[] } : undefined;
    expect(status?.conditions[0]).toMatchObject({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: msg });
    const again = reconcile([...nodes, sc('standard', 'Immediate'), pvc('www-web-0', 'Pending'), pod('web-0', { claim: 'www-web-0', status: status! })]);
    expect(again.actions).toEqual([]);
    expect(again.events ?? []).toEqual([]);
  });

  it('reports a missing PVC', () => {
    const r = reconcile([...nodes, pod('web-0', { claim: 'www-web-0' })]);
    expect(r.events?.[0]?.message).toBe('0/3 nodes are available: persistentvolumeclaim "www-web-0" not found. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.');
  });

  it('binds once the PVC is Bound', () => {
    const r = reconcile([...nodes, sc('standard', 'Immediate'), pvc('www-web-0', 'Bound'), pod('web-0', { claim: 'www-web-0' })]);
    expect(r.actions[0]?.type).toBe('update');
    expect(r.events?.[0]?.reason).toBe('Scheduled');
  });

  it('WaitForFirstConsumer: selects a node on the PVC, then waits, then binds to the PV node', () => {
    // A class with a real provisioner: every node is feasible, the claim is provisioned on the chosen one.
    const wffc = { ...sc('local', 'WaitForFirstConsumer'), provisioner: 'rancher.io/local-path' };
    const first = reconcile([...nodes, wffc, pvc('www-web-0', 'Pending', 'local'), pod('web-0', { claim: 'www-web-0' })]);
    const a = first.actions[0]!;
    expect(a.type === 'update' && a.object.kind).toBe('PersistentVolumeClaim');
    expect(a.type === 'update' && a.object.metadata.annotations?.['volume.kubernetes.io/selected-node']).toBe('node-1');
    const waiting = reconcile([...nodes, wffc, pvc('www-web-0', 'Pending', 'local', { 'volume.kubernetes.io/selected-node': 'node-1' }), pod('web-0', { claim: 'www-web-0' })]);
    expect(waiting.actions).toEqual([]);
    const pv: KObject = { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv-www-web-0' },
      spec: { nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['node-3'] }] }] } } } };
    const bound = reconcile([...nodes, wffc, pv, pvc('www-web-0', 'Bound', 'local'), pod('web-0', { claim: 'www-web-0' })]);
    const b = bound.actions[0]!;
    expect(b.type === 'update' && (b.object.spec as { nodeName: string }).nodeName).toBe('node-3');
  });

  it('keysFor: pending pods on node and PVC changes', () => {
    const view = fakeView([...nodes, pod('web-0', { claim: 'www-web-0' }), pod('web-1', { nodeName: 'node-1' })]);
    const c = pvc('www-web-0', 'Bound');
    expect(schedulerController.keysFor({ type: 'MODIFIED', key: 'PersistentVolumeClaim/default/www-web-0', object: c }, view)).toEqual([K]);
    expect(schedulerController.keysFor({ type: 'MODIFIED', key: 'Node//node-1', object: nodes[0]! }, view)).toEqual([K]);
  });

  it('fitErrorMessage with no nodes', () => {
    expect(fitErrorMessage(0, [])).toBe('no nodes available to schedule pods');
  });
});
