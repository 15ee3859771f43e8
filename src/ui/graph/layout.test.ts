import { describe, expect, it } from 'vitest';
import type { KObject } from '../../sim';
import { columnsFor, computeLayout, NODE_HEIGHT, NODE_WIDTH, podSlots, rsRowsFor, type Layout, type Lifetime } from './layout';
import { dnsObject } from './dnsNodes';
import { graphObjects, relationsOf } from './relations';
import { foldedKeys } from './systemFold';

const stsOwner = { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'u', controller: true };
const pod = (name: string, owner: object = stsOwner, labels: Record<string, string> = { app: 'nginx' }): KObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels, ownerReferences: [owner as never] },
  spec: { volumes: [{ name: 'www', persistentVolumeClaim: { claimName: `www-${name}` } }] },
});
const on = (p: KObject, nodeName: string): KObject => ({ ...p, spec: { ...(p as { spec: object }).spec, nodeName } });
const pvc = (name: string, pv: string): KObject => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default' }, spec: { volumeName: pv, storageClassName: 'standard' } });
const pv = (name: string): KObject => ({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name }, spec: { storageClassName: 'standard' } });
const sts = (replicas = 3): KObject => ({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default' }, spec: { replicas } });
const node = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name } });
const objects = (list: KObject[]) => {
  const byKind: Record<string, Record<string, KObject>> = {};
  for (const o of list) (byKind[o.kind] ??= {})[`${o.metadata.namespace ?? ''}/${o.metadata.name}`] = o;
  const out = graphObjects(byKind);
  for (const o of list) if (o.kind === 'DNSRecord') out.set(`DNSRecord/${o.metadata.namespace}/${o.metadata.name}`, o);
  return out;
};
const layoutOf = (list: KObject[]) => { const all = objects(list); return computeLayout(all, relationsOf(all)); };

function expectNoOverlap(layout: Layout): void {
  const boxes = [...layout.positions].map(([k, q]) => ({ k, ...q, h: layout.compact.has(k) ? 38 : NODE_HEIGHT }));
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i]!, b = boxes[j]!;
    const apart = a.x + NODE_WIDTH <= b.x || b.x + NODE_WIDTH <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
    if (!apart) throw new Error(`${a.k} overlaps ${b.k}`);
  }
}

describe('a StatefulSet: ordinals in a row, each pod’s claim and volume under it', () => {
  // PV names are random: ordering must follow the claims, not the names.
  const list = [
    sts(4),
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx', namespace: 'default' }, spec: { selector: { app: 'nginx' } } },
    ...[0, 1, 2, 10].flatMap((i, j) => [pod(`web-${i}`), pvc(`www-web-${i}`, `pv-${'zyxw'[j]}`), pv(`pv-${'zyxw'[j]}`)]),
  ];
  const layout = layoutOf(list);
  const pos = layout.positions;
  const x = (key: string) => pos.get(key)!.x;

  it('puts ordinals left to right in numeric order (web-10 after web-2), the StatefulSet above', () => {
    const pods = ['web-0', 'web-1', 'web-2', 'web-10'].map((n) => x(`Pod/default/${n}`));
    expect([...pods].sort((a, b) => a - b)).toEqual(pods);
    expect(new Set(['web-0', 'web-1', 'web-2', 'web-10'].map((n) => pos.get(`Pod/default/${n}`)!.y)).size).toBe(1);
    expect(pos.get('StatefulSet/default/web')!.y).toBeLessThan(pos.get('Pod/default/web-0')!.y);
    expect(x('StatefulSet/default/web')).toBe(x('Pod/default/web-0'));
  });

  it('puts each claim under its pod and each volume under its claim', () => {
    expect(x('PersistentVolumeClaim/default/www-web-0')).toBe(x('Pod/default/web-0'));
    expect(x('PersistentVolume//pv-z')).toBe(x('PersistentVolumeClaim/default/www-web-0'));
    expect(x('PersistentVolume//pv-w')).toBe(x('PersistentVolumeClaim/default/www-web-10'));
    expect(pos.get('Pod/default/web-0')!.y).toBeLessThan(pos.get('PersistentVolumeClaim/default/www-web-0')!.y);
    expect(pos.get('PersistentVolumeClaim/default/www-web-0')!.y).toBeLessThan(pos.get('PersistentVolume//pv-z')!.y);
  });

  it('puts the Service that selects the pods in the header row, beside the StatefulSet', () => {
    expect(pos.get('Service/default/nginx')!.y).toBe(pos.get('StatefulSet/default/web')!.y);
    expect(x('Service/default/nginx')).toBeGreaterThan(x('StatefulSet/default/web'));
  });

  it('is a function of the objects: the same objects give the same places', () => {
    expect(layoutOf(list).positions).toEqual(pos);
    expectNoOverlap(layout);
  });

  it('keeps a pod’s place whatever node it runs on (a recreated pod on another node does not move)', () => {
    const a = layoutOf([node('node-1'), node('node-2'), sts(), on(pod('web-0'), 'node-1'), on(pod('web-1'), 'node-2')]);
    const b = layoutOf([node('node-1'), node('node-2'), sts(), on(pod('web-0'), 'node-2'), on(pod('web-1'), 'node-2')]);
    expect(b.positions).toEqual(a.positions);
    expect(a.positions.has('Node//node-1')).toBe(false); // nodes are chips above the graph, not cards
  });

  it('adds to the right when scaled up: existing pods do not move', () => {
    const three = layoutOf([sts(3), ...[0, 1, 2].map((i) => pod(`web-${i}`))]);
    const five = layoutOf([sts(5), ...[0, 1, 2, 3, 4].map((i) => pod(`web-${i}`))]);
    for (const i of [0, 1, 2]) expect(five.positions.get(`Pod/default/web-${i}`)).toEqual(three.positions.get(`Pod/default/web-${i}`));
    expect(five.positions.get('Pod/default/web-4')!.x).toBeGreaterThan(five.positions.get('Pod/default/web-3')!.x);
  });

  it('puts a headless Service’s per-pod DNS name right above its pod, compact', () => {
    const l = layoutOf([sts(1), pod('web-0'), dnsObject('web-0.nginx.default.svc.cluster.local', 'default', 'nginx', ['10.244.1.2'], 'web-0')]);
    const d = 'DNSRecord/default/web-0.nginx.default.svc.cluster.local';
    expect(l.positions.get(d)!.x).toBe(l.positions.get('Pod/default/web-0')!.x);
    expect(l.positions.get(d)!.y).toBeLessThan(l.positions.get('Pod/default/web-0')!.y);
    expect(l.compact.has(d)).toBe(true);
  });
});

describe('a Deployment: its ReplicaSets beside it, each heading its pods', () => {
  const rsOwner = (name: string) => ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', name, uid: name, controller: true });
  const deploy: KObject = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'mynginx', namespace: 'default' } };
  const rs = (name: string): KObject => ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name, namespace: 'default',
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'mynginx', uid: 'd', controller: true }] } });
  const svc: KObject = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'test-nfs-svc', namespace: 'default' }, spec: { selector: { app: 'mynginx' } } };
  const dpod = (name: string, set: string) => ({ ...pod(name, rsOwner(set), { app: 'mynginx' }), spec: {} }) as KObject;
  const l = layoutOf([deploy, svc, rs('mynginx-aaa'), rs('mynginx-bbb'),
    dpod('mynginx-aaa-1', 'mynginx-aaa'), dpod('mynginx-aaa-2', 'mynginx-aaa'), dpod('mynginx-aaa-3', 'mynginx-aaa'), dpod('mynginx-bbb-1', 'mynginx-bbb')]);
  const p = (k: string) => l.positions.get(k)!;

  it('puts the ReplicaSets in the Deployment’s row, oldest first, and the Service under the Deployment', () => {
    expect(p('ReplicaSet/default/mynginx-aaa').y).toBe(p('Deployment/default/mynginx').y);
    expect(p('ReplicaSet/default/mynginx-aaa').x).toBeGreaterThan(p('Deployment/default/mynginx').x);
    expect(p('ReplicaSet/default/mynginx-bbb').x).toBeGreaterThan(p('ReplicaSet/default/mynginx-aaa').x);
    expect(p('Service/default/test-nfs-svc').x).toBe(p('Deployment/default/mynginx').x);
    expect(p('Service/default/test-nfs-svc').y).toBeGreaterThan(p('Deployment/default/mynginx').y);
  });

  it('stacks each ReplicaSet’s pods under it', () => {
    const a = ['1', '2', '3'].map((i) => p(`Pod/default/mynginx-aaa-${i}`));
    for (const q of a) expect(q.x).toBe(p('ReplicaSet/default/mynginx-aaa').x);
    expect(a[0]!.y).toBeLessThan(a[1]!.y);
    expect(p('Pod/default/mynginx-bbb-1').x).toBe(p('ReplicaSet/default/mynginx-bbb').x);
    expectNoOverlap(l);
  });

  it('a replacement pod takes the slot its deleted predecessor left (no drift), stable as history grows', () => {
    // aaa-1..3 from the start; aaa-2 deleted (removed at frame 12); its replacement aaa-4 made at frame 14; aaa-5 made
    // at frame 8 while all three still ran (a surge) gets a fourth slot; aaa-6 (frame 20) takes aaa-5's slot (gone at 18).
    const list = [deploy, rs('mynginx-aaa'), ...[1, 2, 3, 4, 5, 6].map((i) => dpod(`mynginx-aaa-${i}`, 'mynginx-aaa'))];
    const spans = new Map<string, Lifetime>([
      ['Pod/default/mynginx-aaa-1', { from: -1 }], ['Pod/default/mynginx-aaa-2', { from: -1, to: 12 }], ['Pod/default/mynginx-aaa-3', { from: -1 }],
      ['Pod/default/mynginx-aaa-5', { from: 8, to: 18 }], ['Pod/default/mynginx-aaa-4', { from: 14 }], ['Pod/default/mynginx-aaa-6', { from: 20 }],
    ]);
    const all = objects(list);
    const withSpans = computeLayout(all, relationsOf(all), spans);
    const q = (n: number) => withSpans.positions.get(`Pod/default/mynginx-aaa-${n}`)!;
    expect(q(4)).toEqual(q(2));
    expect(q(6)).toEqual(q(5));
    expect(q(5).x).toBeGreaterThan(q(1).x);
    // Without lifetimes (the old behaviour) the replacement went after the others: the column drifted.
    const drifting = computeLayout(all, relationsOf(all));
    expect(drifting.positions.get('Pod/default/mynginx-aaa-4')).not.toEqual(drifting.positions.get('Pod/default/mynginx-aaa-2'));
    // A later removal does not move anything already placed.
    const later = new Map(spans).set('Pod/default/mynginx-aaa-1', { from: -1, to: 30 });
    const after = computeLayout(all, relationsOf(all), later);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(after.positions.get(`Pod/default/mynginx-aaa-${n}`)).toEqual(q(n));
    expect(podSlots(['a', 'b'], new Map([['a', { from: 0, to: 3 }], ['b', { from: 3 }]]))).toEqual(new Map([['a', 0], ['b', 0]]));
  });

  it('draws a ReplicationController as a card with its pods stacked under it (the Elasticsearch examples)', () => {
    const rcOwner = { apiVersion: 'v1', kind: 'ReplicationController', name: 'es', uid: 'rc', controller: true };
    const rc: KObject = { apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'es', namespace: 'default' }, spec: { replicas: 2 } };
    const all = objects([rc, pod('es-abcde', rcOwner, { app: 'es' }), pod('es-fghij', rcOwner, { app: 'es' })]);
    expect([...all.keys()]).toContain('ReplicationController/default/es');
    const rl = computeLayout(all, relationsOf(all));
    const at = (k: string) => rl.positions.get(k)!;
    for (const name of ['es-abcde', 'es-fghij']) {
      expect(at(`Pod/default/${name}`).x).toBe(at('ReplicationController/default/es').x);
      expect(at(`Pod/default/${name}`).y).toBeGreaterThan(at('ReplicationController/default/es').y);
    }
    expectNoOverlap(rl);
  });

  it('a big Deployment is a block, not a strip (rows by the replicas asked for, so it holds still as pods arrive)', () => {
    expect(rsRowsFor(3)).toBe(3);
    expect(rsRowsFor(24)).toBe(3);
    expect(rsRowsFor(1000)).toBe(28);
    const big = { ...deploy, spec: { replicas: 1000 } } as KObject;
    const few = layoutOf([big, rs('mynginx-aaa'), ...[1, 2, 3, 4].map((i) => dpod(`mynginx-aaa-${i}`, 'mynginx-aaa'))]);
    const q = (n: number) => few.positions.get(`Pod/default/mynginx-aaa-${n}`)!;
    expect(q(4).x).toBe(q(1).x); // the fourth pod under the first three: 28 rows, not 3
  });
});

describe('folded objects and what is left over', () => {
  const kube: KObject = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubernetes', namespace: 'default' }, spec: {} };
  const kubeDns: KObject = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kube-dns', namespace: 'kube-system' }, spec: {} };
  const sc = (name: string): KObject => ({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name } });

  it('folds the cluster’s own Services and names and a StorageClass nothing uses, not one in use', () => {
    const all = objects([kube, kubeDns, sc('standard'), sc('fast'), pvc('data', ''), dnsObject('kubernetes.default.svc.cluster.local', 'default', 'kubernetes', ['10.96.0.1'])]);
    expect([...foldedKeys(all)].sort()).toEqual(['DNSRecord/default/kubernetes.default.svc.cluster.local', 'Service/default/kubernetes',
      'Service/kube-system/kube-dns', 'StorageClass//fast']);
  });

  it('places folded objects, when shown, in a group of their own right of everything', () => {
    const l = layoutOf([kube, kubeDns, sts(1), pod('web-0')]);
    expect(l.positions.get('Service/default/kubernetes')!.x).toBeGreaterThan(l.positions.get('Pod/default/web-0')!.x);
    expect(l.lanes.at(-1)!.id).toBe('lane:system');
  });

  it('keeps claims and volumes without pods in a storage group, each volume under its claim', () => {
    const l = layoutOf([sts(), pvc('www-web-0', 'pv-a'), pv('pv-a'), pv('pv-b')]);
    const p = (k: string) => l.positions.get(k)!;
    expect(p('PersistentVolume//pv-a').x).toBe(p('PersistentVolumeClaim/default/www-web-0').x);
    expect(p('PersistentVolume//pv-a').y).toBeGreaterThan(p('PersistentVolumeClaim/default/www-web-0').y);
    expect(p('PersistentVolume//pv-b').y).toBeGreaterThan(p('PersistentVolume//pv-a').y);
    for (const lane of l.lanes) expect(lane.width * lane.height).toBeGreaterThan(0);
    expectNoOverlap(l);
  });
});

describe('big StatefulSets wrap into tiers', () => {
  const N = 60;
  const layout = layoutOf([sts(N), ...Array.from({ length: N }, (_, i) => [pod(`web-${i}`), pvc(`www-web-${i}`, `pv-${i}`), pv(`pv-${i}`)]).flat()]);
  const p = (k: string) => layout.positions.get(k)!;
  const podAt = (i: number) => p(`Pod/default/web-${i}`);
  const columns = columnsFor(N);

  it('keeps up to 8 ordinals on one row', () => {
    expect(columnsFor(3)).toBe(3);
    expect(columnsFor(8)).toBe(8);
    expect(columnsFor(9)).toBeGreaterThanOrEqual(8);
  });

  it('wraps after `columns` pods, in ordinal order, left to right then down, claims and volumes in each tier', () => {
    expect(podAt(1).x).toBeGreaterThan(podAt(0).x);
    expect(podAt(columns).x).toBe(podAt(0).x);
    expect(podAt(columns).y).toBeGreaterThan(p('PersistentVolume//pv-0').y);
    for (const i of [0, 25, 59]) {
      expect(p(`PersistentVolumeClaim/default/www-web-${i}`).x).toBe(podAt(i).x);
      expect(p(`PersistentVolume//pv-${i}`).x).toBe(podAt(i).x);
    }
  });

  it('is a block, not a strip, and never overlaps two cards', () => {
    const xs = [...layout.positions.values()].map((q) => q.x);
    const ys = [...layout.positions.values()].map((q) => q.y);
    const ratio = (Math.max(...xs) - Math.min(...xs) + NODE_WIDTH) / (Math.max(...ys) - Math.min(...ys) + NODE_HEIGHT);
    expect(ratio).toBeLessThan(3);
    expect(ratio).toBeGreaterThan(0.8);
    expectNoOverlap(layout);
  });

  it('holds still while the pods arrive: room for the replicas asked for', () => {
    const early = layoutOf([sts(N), ...Array.from({ length: 10 }, (_, i) => pod(`web-${i}`))]);
    const late = layoutOf([sts(N), ...Array.from({ length: N }, (_, i) => pod(`web-${i}`))]);
    for (let i = 0; i < 10; i++) expect(late.positions.get(`Pod/default/web-${i}`)).toEqual(early.positions.get(`Pod/default/web-${i}`));
  });
});

describe('ConfigMaps, Secrets and PodDisruptionBudgets', () => {
  const withConfig = (name: string): KObject => ({
    ...pod(name),
    spec: {
      volumes: [{ name: 'html', configMap: { name: 'web-config' } }, { name: 'tok', projected: { sources: [{ secret: { name: 'web-tls' } }] } }],
      containers: [{ name: 'c', image: 'nginx', env: [{ name: 'P', valueFrom: { secretKeyRef: { name: 'web-secret', key: 'password' } } }], envFrom: [{ configMapRef: { name: 'web-env' } }] }],
    },
  });
  const cm = (name: string, ns = 'default'): KObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: ns }, data: { a: '1', b: '2' } } as KObject);
  const secret = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: 'default' }, type: 'Opaque', data: { password: 'eA==' } } as KObject);
  const pdb: KObject = { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web-pdb', namespace: 'default' },
    spec: { minAvailable: 1, selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['nginx'] }] } }, status: { disruptionsAllowed: 1 } };
  const list = [sts(2), withConfig('web-0'), withConfig('web-1'), cm('web-config'), cm('web-env'), cm('unused'), cm('kube-root-ca.crt'),
    secret('web-secret'), secret('web-tls'), pdb];
  const all = objects(list);
  const rel = relationsOf(all);

  it('joins a ConfigMap or Secret to each pod that mounts it or reads it into its environment, a PDB to the pods it selects', () => {
    const to = (kind: string, source: string) => rel.filter((r) => r.kind === kind && r.source === source).map((r) => r.target).sort();
    const pods = ['Pod/default/web-0', 'Pod/default/web-1'];
    expect(to('uses', 'ConfigMap/default/web-config')).toEqual(pods);
    expect(to('uses', 'ConfigMap/default/web-env')).toEqual(pods);
    expect(to('uses', 'Secret/default/web-secret')).toEqual(pods);
    expect(to('uses', 'Secret/default/web-tls')).toEqual(pods);
    expect(to('uses', 'ConfigMap/default/unused')).toEqual([]);
    expect(to('guards', 'PodDisruptionBudget/default/web-pdb')).toEqual(pods);
  });

  it('places them in the workload’s header row, folds kube-root-ca.crt, leaves unused ones aside', () => {
    expect(foldedKeys(all).has('ConfigMap/default/kube-root-ca.crt')).toBe(true);
    const shown = new Map([...all].filter(([k]) => !foldedKeys(all).has(k)));
    const l = computeLayout(shown, relationsOf(shown));
    const p = (k: string) => l.positions.get(k)!;
    const head = p('StatefulSet/default/web');
    for (const k of ['ConfigMap/default/web-config', 'ConfigMap/default/web-env', 'Secret/default/web-secret', 'PodDisruptionBudget/default/web-pdb']) {
      expect(p(k).y).toBe(head.y);
      expect(p(k).x).toBeGreaterThan(head.x);
    }
    expect(p('ConfigMap/default/unused')).toBeDefined();
    // In a group of its own: right of the workload's row, or on a shelf below it.
    const u = p('ConfigMap/default/unused');
    expect(u.x > p('PodDisruptionBudget/default/web-pdb').x || u.y > p('Pod/default/web-0').y).toBe(true);
    expect(l.positions.has('ConfigMap/default/kube-root-ca.crt')).toBe(false);
    expectNoOverlap(l);
  });
});
