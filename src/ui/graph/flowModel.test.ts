// The flow kept up to date frame by frame (flowModel.ts) equals the flow built from scratch (buildFlow), over
// random walks through a real timeline: small steps, jumps both ways, a fork, a new selection, a layout that grows.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../store/createAppStore';
import { realDeps } from '../../store/realDeps';
import { installTestApi } from '../../e2eApi';
import { snapshotAt, type Timeline } from '../../sim';
import { buildFlow, everObjects, stableLayout, type FlowNode } from './graphModel';
import { FlowModel } from './flowModel';

const MANIFEST = `apiVersion: v1
kind: Service
metadata: {name: nginx}
spec: {clusterIP: None, selector: {app: nginx}, ports: [{port: 80, name: web}]}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  serviceName: nginx
  replicas: 5
  podManagementPolicy: Parallel
  selector: {matchLabels: {app: nginx}}
  template:
    metadata: {labels: {app: nginx}}
    spec:
      containers:
        - {name: nginx, image: nginx, volumeMounts: [{name: www, mountPath: /usr/share/nginx/html}]}
  volumeClaimTemplates:
    - metadata: {name: www}
      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
data: {mode: fast}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  replicas: 3
  selector: {matchLabels: {app: app}}
  template:
    metadata: {labels: {app: app}}
    spec:
      containers:
        - {name: app, image: nginx, envFrom: [{configMapRef: {name: settings}}]}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web}
spec: {maxUnavailable: 1, selector: {matchLabels: {app: nginx}}}
---
apiVersion: v1
kind: Pod
metadata: {name: crashy}
spec:
  containers:
    - {name: c, image: busybox:1.36, command: [sh, -c, "exit 3"]}
`;

function timeline(): Timeline {
  const { store } = createAppStore(realDeps);
  const api = installTestApi(store);
  store.getState().setText(MANIFEST);
  store.getState().applyEditor();
  api.runToEnd(120_000);
  for (const cmd of ['kubectl set image sts/web nginx=nginx:1.25', 'kubectl scale deploy/app --replicas=5', 'kubectl delete pod web-1',
    'kubectl label pod web-3 app=other --overwrite', 'kubectl scale sts/web --replicas=3',
    // A rollback in the middle of a rollout renumbers the old ReplicaSet's revision while it still has pods: they
    // change colour without changing themselves.
    '!kubectl set image deploy/app app=nginx:1.25', 'kubectl rollout undo deploy/app',
    // A ConfigMap the pods use goes and comes back: their `uses` edges go and come without the pods changing.
    'kubectl delete configmap settings', 'kubectl create configmap settings --from-literal=mode=slow']) {
    store.getState().runCommand(cmd.replace(/^!/, ''));
    api.runToEnd(cmd.startsWith('!') ? 4_000 : 240_000);
  }
  return store.getState().timeline!;
}

/** A small seeded generator (the walk is the same on every run). */
function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const ids = (nodes: readonly FlowNode[]) => nodes.map((n) => n.id);

describe('the flow kept up to date frame by frame', () => {
  const tl = timeline();
  const initial = snapshotAt(tl, -1);
  const layout = stableLayout(everObjects(initial, tl.frames));

  it('the timeline has what the walk needs: restarts (cards that read the clock), deletions, a rollout', () => {
    const last = snapshotAt(tl, tl.frames.length - 1);
    const crashy = Object.values(last.objects.Pod ?? {}).find((p) => p.metadata.name === 'crashy') as { status?: { containerStatuses?: { restartCount?: number }[] } };
    expect(crashy.status?.containerStatuses?.[0]?.restartCount ?? 0).toBeGreaterThan(0);
    expect(tl.frames.some((f) => f.changes.some((c) => c.type === 'DELETED' && c.object.kind === 'Pod'))).toBe(true);
    expect(tl.frames.length).toBeGreaterThan(100);
  });

  for (const seed of [1, 2, 3]) {
    it(`equals buildFlow at every step of random walk ${seed}`, () => {
      const random = rng(seed);
      const model = new FlowModel();
      const keys = ids(buildFlow(snapshotAt(tl, tl.frames.length - 1), layout, null).nodes).filter((k) => !k.startsWith('lane:'));
      let i = -1;
      let selected: string | null = null;
      for (let step = 0; step < 150; step++) {
        const r = random();
        i = r < 0.6 ? i + 1 + Math.floor(random() * 3) : r < 0.8 ? Math.floor(random() * tl.frames.length) : i - Math.floor(random() * 20);
        i = Math.max(-1, Math.min(tl.frames.length - 1, i));
        if (random() < 0.1) selected = random() < 0.3 ? null : keys[Math.floor(random() * keys.length)]!;
        const snap = snapshotAt(tl, i);
        const got = model.update(snap, layout, selected);
        const want = buildFlow(snap, layout, selected);
        expect(ids(got.nodes), `frame ${i}`).toEqual(ids(want.nodes));
        expect(got.nodes).toEqual(want.nodes);
        expect(got.edges.map((e) => e.id), `frame ${i}`).toEqual(want.edges.map((e) => e.id));
        expect(got.edges).toEqual(want.edges);
      }
    });
  }

  it('equals buildFlow at every frame, forwards then backwards', () => {
    const model = new FlowModel();
    const order = [...tl.frames.keys(), ...[...tl.frames.keys()].reverse()];
    for (const i of order) {
      const snap = snapshotAt(tl, i);
      const got = model.update(snap, layout, null);
      const want = buildFlow(snap, layout, null);
      expect(ids(got.nodes), `frame ${i}`).toEqual(ids(want.nodes));
      expect(got.edges.map((e) => e.id), `frame ${i}`).toEqual(want.edges.map((e) => e.id));
      expect(got, `frame ${i}`).toEqual(want);
    }
  });

  it('follows a layout that grows (a timeline being computed) and a fork', () => {
    const model = new FlowModel();
    const cut = Math.floor(tl.frames.length / 3);
    const early = stableLayout(everObjects(initial, tl.frames.slice(0, cut)));
    for (const [at, l] of [[cut - 1, early], [cut - 1, layout], [tl.frames.length - 1, layout], [5, layout]] as const) {
      const snap = snapshotAt(tl, at);
      expect(model.update(snap, l, null)).toEqual(buildFlow(snap, l, null));
    }
  });

  it('returns the same flow when nothing changed, and keeps unchanged cards and edges the same objects', () => {
    const model = new FlowModel();
    const i = Math.floor(tl.frames.length / 2);
    const a = model.update(snapshotAt(tl, i), layout, null);
    expect(model.update(snapshotAt(tl, i), layout, null)).toBe(a);
    const b = model.update(snapshotAt(tl, i + 1), layout, null);
    const before = new Map(a.nodes.map((n) => [n.id, n]));
    const kept = b.nodes.filter((n) => before.get(n.id) === n).length;
    expect(kept).toBeGreaterThan(b.nodes.length / 2);
  });
});
