import { describe, expect, it } from 'vitest';
import { fakeContext, fakeView } from '../../../testing/fakeView';
import type { KObject } from '../../api/types';
import { nodeLifecycleController } from './nodeLifecycle';
import { taintEvictionController } from './taintEviction';
import { isoOf } from '../kubelet/time';

const NK = 'Node//node-2';
const node = (taints?: object[], ready = 'True'): KObject => ({
  apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-2' }, spec: taints ? { taints } : {},
  status: { conditions: [{ type: 'MemoryPressure', status: 'False' }, { type: 'Ready', status: ready, reason: 'KubeletReady' }] },
});
const pod = (tolerations?: object[]): KObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-1', namespace: 'default', uid: 'u-1' },
  spec: { nodeName: 'node-2', containers: [{ name: 'nginx', image: 'nginx' }], ...(tolerations ? { tolerations } : {}) },
  status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }], containerStatuses: [{ name: 'nginx', ready: true, restartCount: 0, image: 'nginx', imageID: '', state: { running: {} } }] },
});
const down = { sim: { nodesDown: { 'node-2': 10_000 } } };

describe('nodeLifecycleController', () => {
  it('waits 50s after the heartbeat stops', () => {
    const r = nodeLifecycleController.reconcile(NK, fakeView([node(), pod()], 10_100, down), fakeContext());
    expect(r.actions).toEqual([]);
    expect(r.requeueAfterMs).toBe(49_900);
  });

  it('then marks the node Unknown, taints it unreachable and its pods not Ready', () => {
    const r = nodeLifecycleController.reconcile(NK, fakeView([node(), pod()], 60_000, down), fakeContext());
    const [status, taints, podStatus] = r.actions;
    expect(status?.type === 'updateStatus' && (status.status as { conditions: { status: string; reason: string }[] }).conditions.map((c) => `${c.status}/${c.reason}`))
      .toEqual(['Unknown/NodeStatusUnknown', 'Unknown/NodeStatusUnknown']);
    expect(taints?.type === 'update' && (taints.object.spec as { taints: object[] }).taints).toEqual([
      { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: isoOf(60_000) },
      { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: isoOf(60_000) },
    ]);
    expect(podStatus?.type === 'updateStatus' && (podStatus.status as { conditions: { type: string; status: string }[] }).conditions[0]).toMatchObject({ type: 'Ready', status: 'False' });
    expect(r.events?.map((e) => `${e.reason}: ${e.message}`)).toEqual(['NodeNotReady: Node node-2 status is now: NodeNotReady', 'NodeNotReady: Node is not ready']);
  });

  it('restores Ready and removes the taints when the node is back', () => {
    const marked = node([{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: isoOf(60_000) }], 'Unknown');
    const r = nodeLifecycleController.reconcile(NK, fakeView([marked], 90_000), fakeContext());
    expect(r.actions[0]?.type === 'updateStatus' && (r.actions[0].status as { conditions: { type: string; status: string }[] }).conditions[1]).toMatchObject({ type: 'Ready', status: 'True' });
    expect(r.actions[1]?.type === 'update' && r.actions[1].object.spec).toEqual({});
    expect(r.events?.[0]?.message).toBe('Node node-2 status is now: NodeReady');
  });
});

describe('taintEvictionController', () => {
  const tainted = node([{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: isoOf(60_000) }], 'Unknown');
  const seen = (ms: number) => ({ sim: { observed: { 'taint-eviction-controller|Pod/default/web-1|u-1|evict': ms } } });
  it('evicts the default 300s after it first observed the taint (not after the taint\'s timeAdded)', () => {
    const wait = taintEvictionController.reconcile('Pod/default/web-1', fakeView([tainted, pod()], 70_500), fakeContext());
    expect(wait.requeueAfterMs).toBe(300_000);
    expect(wait.actions).toEqual([{ type: 'sim', sim: { observed: { 'taint-eviction-controller|Pod/default/web-1|u-1|evict': 70_500 } } }]);
    const early = taintEvictionController.reconcile('Pod/default/web-1', fakeView([tainted, pod()], 370_499, seen(70_500)), fakeContext());
    expect(early.requeueAfterMs).toBe(1);
    const r = taintEvictionController.reconcile('Pod/default/web-1', fakeView([tainted, pod()], 370_500, seen(70_500)), fakeContext());
    expect(r.actions.map((a) => a.type)).toEqual(['sim', 'updateStatus', 'delete']);
    expect(r.events?.[0]?.message).toBe('Marking for deletion Pod default/web-1');
  });
  it('honours explicit tolerationSeconds', () => {
    const tol = [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 }];
    const r = taintEvictionController.reconcile('Pod/default/web-1', fakeView([tainted, pod(tol)], 80_000, seen(70_000)), fakeContext());
    expect(r.requeueAfterMs).toBe(20_000);
  });
});
