import { describe, expect, it } from 'vitest';
import type { KObject } from '../../sim';
import { columnsFor, computeLayout, NODE_WIDTH } from './layout';
import { dnsObject } from './dnsNodes';
import { graphObjects, relationsOf } from './relations';

const owner = { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'u', controller: true };
const pod = (name: string): KObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels: { app: 'nginx' }, ownerReferences: [owner] },
  spec: { volumes: [{ name: 'www', persistentVolumeClaim: { claimName: `www-${name}` } }] },
});
const pvc = (name: string, pv: string): KObject => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default' }, spec: { volumeName: pv } });
const pv = (name: string): KObject => ({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name }, spec: { storageClassName: 'standard' } });
const objects = (list: KObject[]) => {
  const byKind: Record<string, Record<string, KObject>> = {};
  for (const o of list) (byKind[o.kind] ??= {})[`${o.metadata.namespace ?? ''}/${o.metadata.name}`] = o;
  return graphObjects(byKind);
};

describe('stable layout', () => {
  // PV names are random: ordering must follow the claims, not the names.
  const all = objects([
    { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default' } },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx', namespace: 'default' }, spec: { selector: { app: 'nginx' } } },
    ...[0, 1, 2, 10].flatMap((i, j) => [pod(`web-${i}`), pvc(`www-web-${i}`, `pv-${'zyxw'[j]}`), pv(`pv-${'zyxw'[j]}`)]),
  ]);
  const pos = computeLayout(all, relationsOf(all)).positions;
  const x = (key: string) => pos.get(key)!.x;

  it('puts ordinals in order (numeric, not lexical) and rows by kind', () => {
    const pods = ['web-0', 'web-1', 'web-2', 'web-10'].map((n) => x(`Pod/default/${n}`));
    expect([...pods].sort((a, b) => a - b)).toEqual(pods);
    expect(pos.get('StatefulSet/default/web')!.y).toBeLessThan(pos.get('Pod/default/web-0')!.y);
    expect(pos.get('Pod/default/web-0')!.y).toBeLessThan(pos.get('PersistentVolumeClaim/default/www-web-0')!.y);
    expect(pos.get('PersistentVolumeClaim/default/www-web-0')!.y).toBeLessThan(pos.get('PersistentVolume//pv-z')!.y);
  });

  it('puts each volume under its claim', () => {
    expect(x('PersistentVolume//pv-z')).toBe(x('PersistentVolumeClaim/default/www-web-0'));
    expect(x('PersistentVolume//pv-w')).toBe(x('PersistentVolumeClaim/default/www-web-10'));
  });

  it('relates controllers, services, claims and volumes', () => {
    const kinds = new Set(relationsOf(all).map((r) => r.kind));
    expect(kinds).toEqual(new Set(['owner', 'selects', 'claim', 'bound']));
  });

  it('is a function of keys: the same objects give the same places', () => {
    expect(computeLayout(all, relationsOf(all)).positions).toEqual(pos);
  });
});

describe('node lanes, DNS names and the system corner', () => {
  const node = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name } });
  const on = (p: KObject, nodeName: string): KObject => ({ ...p, spec: { ...(p as { spec: object }).spec, nodeName } });
  const all = objects([
    node('node-1'), node('node-2'), node('node-10'),
    { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default' } },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx', namespace: 'default' }, spec: { clusterIP: 'None', selector: { app: 'nginx' } } },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kube-dns', namespace: 'kube-system' }, spec: { clusterIP: '10.96.0.10' } },
    on(pod('web-0'), 'node-2'), on(pod('web-1'), 'node-1'), on(pod('web-2'), 'node-2'), pod('web-3'),
  ]);
  for (const d of [dnsObject('nginx.default.svc.cluster.local', 'default', 'nginx', []),
    dnsObject('web-0.nginx.default.svc.cluster.local', 'default', 'nginx', ['10.244.2.2'], 'web-0')]) all.set(`DNSRecord/default/${d.metadata.name}`, d);
  const layout = computeLayout(all, relationsOf(all));
  const p = (k: string) => layout.positions.get(k)!;

  it('groups pods into lanes by node, in numeric node order, with an unscheduled lane last', () => {
    expect(layout.lanes.map((l) => l.label)).toEqual(['node-1', 'node-2', 'node-10', 'unscheduled']);
    expect(p('Pod/default/web-1').x).toBeLessThan(p('Pod/default/web-0').x);
    expect(p('Pod/default/web-0').x).toBeLessThan(p('Pod/default/web-2').x);
    expect(p('Pod/default/web-2').x).toBeLessThan(p('Pod/default/web-3').x);
    expect(p('Node//node-2').x).toBe(p('Pod/default/web-0').x);
    expect(p('Node//node-2').y).toBeLessThan(p('Pod/default/web-0').y);
  });

  it('puts DNS names in the top band: the per-pod name above its pod, the service name beside its Service', () => {
    const perPod = p('DNSRecord/default/web-0.nginx.default.svc.cluster.local');
    expect(perPod.x).toBe(p('Pod/default/web-0').x);
    expect(perPod.y).toBeLessThan(p('StatefulSet/default/web').y);
    expect(p('DNSRecord/default/nginx.default.svc.cluster.local').y).toBe(p('Service/default/nginx').y);
    expect(p('DNSRecord/default/nginx.default.svc.cluster.local').x).toBeGreaterThan(p('Service/default/nginx').x);
  });

  it('keeps system objects compact in a corner, right of everything else', () => {
    const kubeDns = p('Service/kube-system/kube-dns');
    const others = [...layout.positions].filter(([k]) => k !== 'Service/kube-system/kube-dns').map(([, v]) => v.x);
    expect(kubeDns.x).toBeGreaterThan(Math.max(...others));
    expect(layout.compact.has('Service/kube-system/kube-dns')).toBe(true);
  });

  it('never overlaps two cards in a band', () => {
    const rows = new Map<number, number[]>();
    for (const v of layout.positions.values()) rows.set(v.y, [...(rows.get(v.y) ?? []), v.x]);
    for (const xs of rows.values()) {
      const sorted = [...xs].sort((a, b) => a - b);
      sorted.slice(1).forEach((x, i) => expect(x - sorted[i]!).toBeGreaterThanOrEqual(NODE_WIDTH));
    }
  });
});

describe('big clusters wrap into tiers', () => {
  const node = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name } });
  const on = (p: KObject, nodeName: string): KObject => ({ ...p, spec: { ...(p as { spec: object }).spec, nodeName } });
  const N = 60;
  const all = objects([
    node('node-1'), node('node-2'), node('node-3'),
    { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default' } },
    ...Array.from({ length: N }, (_, i) => [on(pod(`web-${i}`), `node-${(i % 3) + 1}`), pvc(`www-web-${i}`, `pv-${i}`), pv(`pv-${i}`)]).flat(),
  ]);
  const layout = computeLayout(all, relationsOf(all));
  const p = (k: string) => layout.positions.get(k)!;
  const podAt = (i: number) => p(`Pod/default/web-${i}`);

  it('keeps small lanes on one row', () => {
    expect(columnsFor(15, 3, 5)).toBe(5); // 5 pods per node still fit one row
    expect(columnsFor(3, 3, 1)).toBe(1);
    expect(columnsFor(18, 3, 6)).toBe(3); // one more and the lanes wrap
  });

  it('wraps each lane after `columns` pods, in ordinal order, left to right then down', () => {
    const lane1 = Array.from({ length: N / 3 }, (_, j) => podAt(3 * j)); // web-0, web-3, … all on node-1
    const columns = columnsFor(N, 3, N / 3);
    expect(new Set(lane1.map((q) => q.y)).size).toBe(Math.ceil(N / 3 / columns));
    lane1.forEach((q, j) => {
      if (j % columns === 0) return;
      expect(q.y).toBe(lane1[j - 1]!.y);
      expect(q.x).toBeGreaterThan(lane1[j - 1]!.x);
    });
    expect(lane1[columns]!.y).toBeGreaterThan(lane1[columns - 1]!.y);
    expect(lane1[columns]!.x).toBe(lane1[0]!.x);
  });

  it('puts each claim and volume under its pod, in the pod’s own tier', () => {
    for (const i of [0, 1, 25, 59]) {
      const claim = p(`PersistentVolumeClaim/default/www-web-${i}`);
      const volume = p(`PersistentVolume//pv-${i}`);
      expect(claim.x).toBe(podAt(i).x);
      expect(volume.x).toBe(claim.x);
      expect(podAt(i).y).toBeLessThan(claim.y);
      expect(claim.y).toBeLessThan(volume.y);
    }
    // The next tier starts below the previous tier's volumes.
    const columns = columnsFor(N, 3, N / 3);
    expect(podAt(3 * columns).y).toBeGreaterThan(p('PersistentVolume//pv-0').y);
  });

  it('is a block, not a strip, and never overlaps two cards', () => {
    const xs = [...layout.positions.values()].map((q) => q.x);
    const ys = [...layout.positions.values()].map((q) => q.y);
    const width = Math.max(...xs) - Math.min(...xs) + NODE_WIDTH;
    const height = Math.max(...ys) - Math.min(...ys);
    expect(width / height).toBeLessThan(3);
    expect(width / height).toBeGreaterThan(1);
    const seen = new Set<string>();
    for (const q of layout.positions.values()) {
      const cell = `${Math.round(q.x / NODE_WIDTH)}:${q.y}`;
      expect(seen.has(cell)).toBe(false);
      seen.add(cell);
    }
  });

  it('draws a lane box per tier, the first one headed by the Node card', () => {
    const boxes = layout.lanes.filter((l) => l.label === 'node-1');
    expect(boxes).toHaveLength(Math.ceil(N / 3 / columnsFor(N, 3, N / 3)));
    expect(boxes[0]!.y).toBeLessThan(p('Node//node-1').y);
    for (const b of boxes.slice(1)) expect(new Set(layout.lanes.map((l) => l.id)).has(b.id)).toBe(true);
  });
});

describe('no pods at all (hand-made volumes, a rejected StatefulSet)', () => {
  const all = objects([
    { apiVersion: 'v1', kind: 'Node', metadata: { name: 'node-1' } },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx', namespace: 'default' }, spec: { selector: { app: 'nginx' } } },
    { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default' } },
    pvc('www-web-0', 'pv-a'), pv('pv-a'), pv('pv-b'),
  ]);
  const layout = computeLayout(all, relationsOf(all));
  const p = (k: string) => layout.positions.get(k)!;

  it('keeps claims and volumes in their rows below the nodes, and lanes of positive size', () => {
    expect(p('Node//node-1').y).toBeGreaterThan(p('StatefulSet/default/web').y);
    expect(p('PersistentVolumeClaim/default/www-web-0').y).toBeGreaterThan(p('Node//node-1').y);
    expect(p('PersistentVolume//pv-a').y).toBeGreaterThan(p('PersistentVolumeClaim/default/www-web-0').y);
    expect(p('PersistentVolume//pv-a').x).toBe(p('PersistentVolumeClaim/default/www-web-0').x);
    for (const lane of layout.lanes) {
      expect(lane.height).toBeGreaterThan(0);
      expect(lane.width).toBeGreaterThan(0);
    }
  });
});

describe('lanes hold still while a rollout fills them', () => {
  const node = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name } });
  const on = (p: KObject, nodeName: string): KObject => ({ ...p, spec: { ...(p as { spec: object }).spec, nodeName } });
  const sts = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default' }, spec: { replicas: 6 } } as KObject;
  const at = (count: number, extra: KObject[] = []) => {
    const all = objects([node('node-1'), node('node-2'), node('node-3'), sts, ...extra,
      ...Array.from({ length: count }, (_, i) => on(pod(`web-${i}`), `node-${(i % 3) + 1}`))]);
    return computeLayout(all, relationsOf(all));
  };

  it('reserves each node its share of the replicas asked for, so pods arriving later move nothing', () => {
    const early = at(3);
    const late = at(6);
    for (const k of ['Node//node-2', 'Node//node-3', 'Pod/default/web-1', 'Pod/default/web-2']) {
      expect(late.positions.get(k)).toEqual(early.positions.get(k));
    }
    expect(late.lanes.map((l) => [l.x, l.width])).toEqual(early.lanes.map((l) => [l.x, l.width]));
  });

  it('a pod caught before binding opens a lane at the end, moving no other lane', () => {
    const bound = at(3);
    const pending = at(3, [pod('web-3')]);
    expect(pending.lanes.at(-1)!.label).toBe('unscheduled');
    for (const k of ['Node//node-1', 'Node//node-3', 'Pod/default/web-2']) expect(pending.positions.get(k)).toEqual(bound.positions.get(k));
  });
});
