// Pure, stable layout: positions by object key (kind/namespace/name, never uid), computed over every object the
// timeline ever held, so an object keeps its place while scrubbing and a recreated web-1 returns to web-1's place.
// Bands, top to bottom: Services and their DNS names | per-pod DNS names | StatefulSets, Deployments |
// ReplicaSets | node lanes (the Node object heads its lane; pods in ordinal order) | PVCs under their pods |
// PVs under their claims | StorageClasses under the volumes they provisioned. System objects (kube-system, the
// `kubernetes` Service and their DNS names) sit compact in the top-right corner, a Service beside its name.
import type { KObject } from '../../sim';
import type { Relation } from './relations';
import { isSystem } from './dnsNodes';

export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 72;
export const COMPACT_HEIGHT = 40;
const GAP_X = 20;
const GAP_Y = 36;
const LANE_PAD = 10;

type Band = 'svc' | 'dns' | 'ctrl' | 'rs' | 'node' | 'pod' | 'pvc' | 'pv' | 'sc';
const BANDS: readonly Band[] = ['svc', 'dns', 'ctrl', 'rs', 'node', 'pod', 'pvc', 'pv', 'sc'];

export interface Point { readonly x: number; readonly y: number }
export interface Lane { readonly id: string; readonly label: string; readonly x: number; readonly y: number; readonly width: number; readonly height: number }
export interface Layout { readonly positions: ReadonlyMap<string, Point>; readonly lanes: readonly Lane[]; readonly compact: ReadonlySet<string> }

export const byName = new Intl.Collator('en', { numeric: true }).compare;
const specOf = (o: KObject) => ((o as { spec?: Record<string, unknown> }).spec ?? {});

function bandOf(obj: KObject): Band {
  switch (obj.kind) {
    case 'DNSRecord': return specOf(obj).pod ? 'dns' : 'svc';
    case 'StatefulSet': case 'Deployment': return 'ctrl';
    case 'ReplicaSet': return 'rs';
    case 'Node': return 'node';
    case 'Pod': return 'pod';
    case 'PersistentVolumeClaim': return 'pvc';
    case 'StorageClass': return 'sc';
    default: return obj.kind === 'Service' ? 'svc' : 'pv';
  }
}

/** Order of siblings: by controlling owner, then name in numeric order (web-2 before web-10). */
function siblingKey(obj: KObject): string {
  const owner = obj.metadata.ownerReferences?.find((r) => r.controller);
  return `${owner ? `${owner.kind}:${owner.name}` : '~'}\u0000${obj.metadata.name ?? ''}`;
}

/** Place items at their wished x (left edge) without overlaps; items with no wish follow, in name order. */
function sweep(items: { key: string; x?: number; width?: number }[], out: Map<string, number>): void {
  const wished = items.filter((it) => it.x !== undefined).sort((a, b) => a.x! - b.x! || byName(a.key, b.key));
  const rest = items.filter((it) => it.x === undefined).sort((a, b) => byName(a.key, b.key));
  let prevEnd = -Infinity;
  for (const it of [...wished, ...rest]) {
    const x = Math.max(it.x ?? (prevEnd === -Infinity ? 0 : -Infinity), prevEnd + GAP_X);
    out.set(it.key, x);
    prevEnd = x + (it.width ?? NODE_WIDTH);
  }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function computeLayout(objects: ReadonlyMap<string, KObject>, relations: readonly Relation[]): Layout {
  const keys = [...objects.keys()].sort(byName);
  const system = new Set(keys.filter((k) => isSystem(objects.get(k)!)));
  const inBand = (b: Band) => keys.filter((k) => !system.has(k) && bandOf(objects.get(k)!) === b);
  const x = new Map<string, number>();
  const parents = (k: string, kinds: string[]) => relations.filter((r) => r.target === k && kinds.includes(r.kind)).map((r) => r.source);
  const children = (k: string, kinds: string[]) => relations.filter((r) => r.source === k && kinds.includes(r.kind)).map((r) => r.target);
  const place = (ks: string[], wish: (k: string) => number | undefined, width?: (k: string) => number) => {
    sweep(ks.map((k) => {
      const w = wish(k);
      return { key: k, ...(w !== undefined && Number.isFinite(w) ? { x: w } : {}), ...(width ? { width: width(k) } : {}) };
    }), x);
  };

  // Lanes: one per Node (numeric order), plus `unscheduled` first for pods never placed.
  const nodes = inBand('node');
  const laneOf = (pod: string) => {
    const n = specOf(objects.get(pod)!).nodeName;
    return typeof n === 'string' && objects.has(`Node//${n}`) ? `Node//${n}` : 'unscheduled';
  };
  const pods = inBand('pod').sort((a, b) => byName(siblingKey(objects.get(a)!), siblingKey(objects.get(b)!)));
  const laneIds = [...(pods.some((p) => laneOf(p) === 'unscheduled') ? ['unscheduled'] : []), ...nodes];
  const lanes: { id: string; x: number; width: number }[] = [];
  let cursor = 0;
  for (const lane of laneIds) {
    const members = pods.filter((p) => laneOf(p) === lane);
    members.forEach((p, i) => x.set(p, cursor + i * (NODE_WIDTH + GAP_X)));
    if (lane !== 'unscheduled') x.set(lane, cursor);
    const width = Math.max(1, members.length) * (NODE_WIDTH + GAP_X) - GAP_X;
    lanes.push({ id: lane, x: cursor, width });
    cursor += width + GAP_X + 2 * LANE_PAD + 12;
  }
  const at = (k: string) => x.get(k);
  const meanOf = (ks: string[]) => { const xs = ks.map(at).filter((v): v is number => v !== undefined); return xs.length ? mean(xs) : undefined; };

  place(inBand('pvc'), (k) => meanOf(parents(k, ['claim'])));
  place(inBand('pv'), (k) => meanOf(parents(k, ['bound'])));
  place(inBand('sc'), (k) => meanOf(children(k, ['provisioned-by'])));
  place(inBand('rs'), (k) => meanOf(children(k, ['owner'])));
  place(inBand('ctrl'), (k) => meanOf(children(k, ['owner'])));
  place(inBand('dns'), (k) => meanOf(children(k, ['resolves-to'])));
  // A Service and its name travel as a pair: [Service][name], over the pods it selects.
  const services = inBand('svc').filter((k) => objects.get(k)!.kind === 'Service');
  const nameOf = (svc: string) => children(svc, ['dns']).find((d) => !specOf(objects.get(d)!).pod);
  place(services, (k) => { const m = meanOf(children(k, ['selects'])); return m === undefined ? undefined : m - (NODE_WIDTH + GAP_X) / 2; },
    (k) => (nameOf(k) ? 2 * NODE_WIDTH + GAP_X : NODE_WIDTH));
  for (const s of services) { const d = nameOf(s); if (d) x.set(d, x.get(s)! + NODE_WIDTH + GAP_X); }

  // Rows: only bands that hold something; the node band is compact and sits right above its pods.
  const used = BANDS.filter((b) => keys.some((k) => !system.has(k) && bandOf(objects.get(k)!) === b));
  const y = new Map<Band, number>();
  let top = 0;
  for (const b of used) {
    y.set(b, top);
    top += (b === 'node' ? COMPACT_HEIGHT + 14 : NODE_HEIGHT + GAP_Y);
  }
  const positions = new Map<string, Point>();
  for (const k of keys) if (!system.has(k)) positions.set(k, { x: Math.round(x.get(k) ?? 0), y: y.get(bandOf(objects.get(k)!)) ?? 0 });

  // System corner: right of everything, compact, one Service and its name per row.
  const maxRight = Math.max(0, ...[...positions.values()].map((p) => p.x + NODE_WIDTH));
  const sysServices = [...system].filter((k) => objects.get(k)!.kind === 'Service');
  const sysRows = [...sysServices.map((s) => [s, ...children(s, ['dns']).filter((d) => system.has(d))]),
    ...[...system].filter((k) => objects.get(k)!.kind !== 'Service' && !sysServices.some((s) => children(s, ['dns']).includes(k))).map((k) => [k])];
  sysRows.forEach((row, i) => row.forEach((k, j) => positions.set(k, { x: maxRight + 60 + j * (NODE_WIDTH + GAP_X), y: i * (COMPACT_HEIGHT + 12) })));

  const laneTop = y.get('node') ?? y.get('pod') ?? 0;
  const laneBottom = (y.get('pod') ?? laneTop) + NODE_HEIGHT;
  return {
    positions,
    compact: new Set([...system, ...nodes]),
    lanes: lanes.map((l) => ({
      id: `lane:${l.id}`, label: l.id === 'unscheduled' ? 'unscheduled' : l.id.slice('Node//'.length),
      x: l.x - LANE_PAD, y: laneTop - LANE_PAD, width: l.width + 2 * LANE_PAD, height: laneBottom - laneTop + 2 * LANE_PAD,
    })),
  };
}
