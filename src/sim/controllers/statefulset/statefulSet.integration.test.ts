// Multi-step tests on the real engine: apply a StatefulSet, run the control plane, and check ordering invariants
// after every frame.
import { describe, expect, it } from 'vitest';
import type { KObject } from '../../api/types';
import type { ClusterView } from '../../controllers/types';
import type { ClientRequest, ClusterState, Frame } from '../../engine/types';
import { createCluster } from '../../engine/cluster';
import { step, submit } from '../../engine/run';
import { fakeView } from '../../../testing/fakeView';
import {
  claimViolations, creationOrderViolations, scaleDownOrderViolations, successorReadyViolations,
} from './invariants';
import { renderReason } from '../../reasons';

const SERVICE: KObject = {
  apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx', namespace: 'default', labels: { app: 'nginx' } },
  spec: { clusterIP: 'None', selector: { app: 'nginx' }, ports: [{ name: 'web', port: 80 }] },
};

function statefulSet(o: { replicas?: number; policy?: string; image?: string; partition?: number } = {}): KObject {
  return {
    apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default' },
    spec: {
      serviceName: 'nginx', replicas: o.replicas ?? 3, podManagementPolicy: o.policy ?? 'OrderedReady',
      selector: { matchLabels: { app: 'nginx' } },
      ...(o.partition !== undefined ? { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: o.partition } } } : {}),
      template: {
        metadata: { labels: { app: 'nginx' } },
        spec: { containers: [{ name: 'nginx', image: o.image ?? 'registry.k8s.io/nginx-slim:0.24', ports: [{ containerPort: 80, name: 'web' }], volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }] }] },
      },
      volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
    },
  };
}

function viewOf(state: ClusterState): ClusterView {
  const all = Object.values(state.objects).flatMap((byName) => Object.values(byName));
  return fakeView(all, state.nowMs, { config: state.config });
}

interface Run {
  state: ClusterState;
  frames: Frame[];
  violations: string[];
}

/** Step until nothing is queued (bounded), checking the invariants between consecutive states. */
function runChecked(start: ClusterState, opts: { staticOrder?: boolean } = {}, limitMs = 600_000): Run {
  let state = start;
  const frames: Frame[] = [];
  const violations: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const before = viewOf(state);
    const next = step(state);
    if (!next || next.state.nowMs > start.nowMs + limitMs) break;
    state = next.state;
    if (next.frame) frames.push(next.frame);
    const after = viewOf(state);
    violations.push(...creationOrderViolations(before, after), ...scaleDownOrderViolations(before, after),
      ...(opts.staticOrder === false ? [] : successorReadyViolations(after)), ...claimViolations(after));
  }
  return { state, frames, violations };
}

function act(state: ClusterState, request: ClientRequest): ClusterState {
  const out = submit(state, request);
  expect(out.result.items.every((i) => !i.error), JSON.stringify(out.result.items)).toBe(true);
  return out.state;
}

const pods = (s: ClusterState): KObject[] => Object.values(s.objects.Pod);
const podNames = (s: ClusterState): string[] => pods(s).map((p) => p.metadata.name ?? '').sort();
const readyNames = (s: ClusterState): string[] => pods(s)
  .filter((p) => ((p.status as { conditions?: { type: string; status: string }[] })?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True'))
  .map((p) => p.metadata.name ?? '').sort();
/** Order in which pods of the set were first added, from frames. */
const addedOrder = (frames: readonly Frame[], kind = 'Pod'): string[] => frames.flatMap((f) => f.changes)
  .filter((c) => c.type === 'ADDED' && c.object.kind === kind).map((c) => c.object.metadata.name ?? '');
const deletionStarts = (frames: readonly Frame[]): string[] => frames.flatMap((f) => f.changes)
  .filter((c) => c.object.kind === 'Pod' && c.object.metadata.deletionTimestamp && !c.previous?.metadata.deletionTimestamp)
  .map((c) => c.object.metadata.name ?? '');

describe('StatefulSet on the real engine', () => {
  it('OrderedReady: creates web-0, web-1, web-2 in order, each after its predecessor is Ready', () => {
    const start = act(createCluster({}, 1), { type: 'apply', objects: [SERVICE, statefulSet()] });
    const run = runChecked(start);
    expect(run.violations).toEqual([]);
    expect(addedOrder(run.frames)).toEqual(['web-0', 'web-1', 'web-2']);
    expect(addedOrder(run.frames, 'PersistentVolumeClaim')).toEqual(['www-web-0', 'www-web-1', 'www-web-2']);
    expect(readyNames(run.state)).toEqual(['web-0', 'web-1', 'web-2']);
    const sts = run.state.objects.StatefulSet['default/web']!;
    expect(sts.status).toMatchObject({ replicas: 3, readyReplicas: 3, availableReplicas: 3, currentReplicas: 3, updatedReplicas: 3, collisionCount: 0 });
    const whys = run.frames.filter((f) => f.cause.actor === 'statefulset-controller').map((f) => renderReason(f.cause.why));
    expect(whys).toContain('Created PVC www-web-1 and pod web-1: web-0 is Running and Ready (podManagementPolicy OrderedReady)');
    expect(whys.every((w) => w.length > 10 && !w.includes('undefined'))).toBe(true);
  });

  it('a deleted pod comes back with the same name and the same PVC', () => {
    let state = runChecked(act(createCluster({}, 5), { type: 'apply', objects: [SERVICE, statefulSet()] })).state;
    const oldUid = state.objects.Pod['default/web-1']!.metadata.uid;
    const claimUid = state.objects.PersistentVolumeClaim['default/www-web-1']!.metadata.uid;
    state = act(state, { type: 'delete', targets: [{ kind: 'Pod', namespace: 'default', name: 'web-1' }] });
    // web-2 stays Ready while web-1 is replaced: only the transition checks apply.
    const run = runChecked(state, { staticOrder: false });
    expect(run.violations).toEqual([]);
    const web1 = run.state.objects.Pod['default/web-1']!;
    expect(web1.metadata.uid).not.toBe(oldUid);
    expect((web1.spec as { volumes: { persistentVolumeClaim?: { claimName: string } }[] }).volumes[0]!.persistentVolumeClaim?.claimName).toBe('www-web-1');
    expect(run.state.objects.PersistentVolumeClaim['default/www-web-1']!.metadata.uid).toBe(claimUid);
    expect(readyNames(run.state)).toEqual(['web-0', 'web-1', 'web-2']);
  });

  it('scale-down 3 → 1 deletes web-2 then web-1, one at a time, and keeps the PVCs', () => {
    let state = runChecked(act(createCluster({}, 2), { type: 'apply', objects: [SERVICE, statefulSet()] })).state;
    state = act(state, { type: 'scale', target: { kind: 'StatefulSet', namespace: 'default', name: 'web' }, replicas: 1 });
    const run = runChecked(state);
    expect(run.violations).toEqual([]);
    expect(deletionStarts(run.frames)).toEqual(['web-2', 'web-1']);
    expect(podNames(run.state)).toEqual(['web-0']);
    expect(Object.keys(run.state.objects.PersistentVolumeClaim).sort()).toEqual(['default/www-web-0', 'default/www-web-1', 'default/www-web-2']);
  });

  it('Parallel: all three pods are created before any is Ready', () => {
    const run = runChecked(act(createCluster({}, 3), { type: 'apply', objects: [SERVICE, statefulSet({ policy: 'Parallel' })] }));
    expect(addedOrder(run.frames)).toEqual(['web-0', 'web-1', 'web-2']);
    const firstReady = run.frames.findIndex((f) => f.changes.some((c) => c.object.kind === 'Pod' &&
      ((c.object.status as { conditions?: { type: string; status: string }[] })?.conditions ?? []).some((x) => x.type === 'Ready' && x.status === 'True')));
    const lastAdded = run.frames.findIndex((f) => f.changes.some((c) => c.type === 'ADDED' && c.object.metadata.name === 'web-2'));
    expect(lastAdded).toBeLessThan(firstReady);
    expect(readyNames(run.state)).toEqual(['web-0', 'web-1', 'web-2']);
  });

  it('rolling update replaces web-2, web-1, web-0 in reverse order; partition 1 keeps web-0', () => {
    let state = runChecked(act(createCluster({}, 4), { type: 'apply', objects: [SERVICE, statefulSet({ partition: 1 })] })).state;
    state = act(state, { type: 'apply', objects: [SERVICE, statefulSet({ partition: 1, image: 'registry.k8s.io/nginx-slim:0.21' })] });
    // A rolling update legitimately replaces web-1 while web-2 is Ready, so only the transition checks apply.
    const run = runChecked(state, { staticOrder: false });
    expect(run.violations).toEqual([]);
    expect(deletionStarts(run.frames)).toEqual(['web-2', 'web-1']);
    const image = (name: string) => (run.state.objects.Pod[`default/${name}`]!.spec as { containers: { image: string }[] }).containers[0]!.image;
    expect([image('web-0'), image('web-1'), image('web-2')]).toEqual([
      'registry.k8s.io/nginx-slim:0.24', 'registry.k8s.io/nginx-slim:0.21', 'registry.k8s.io/nginx-slim:0.21',
    ]);
    const st = run.state.objects.StatefulSet['default/web']!.status as { currentRevision: string; updateRevision: string };
    expect(st.currentRevision).not.toBe(st.updateRevision);
    expect(Object.keys(run.state.objects.ControllerRevision)).toHaveLength(2);
  });
});
