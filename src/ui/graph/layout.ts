// Pure, stable layout: positions by object key (kind/namespace/name, never uid), computed over every object the
// timeline ever held, so an object keeps its place while scrubbing and a recreated web-1 returns to web-1's place.
// Bands, top to bottom: Services and their DNS names | per-pod DNS names | StatefulSets, Deployments |
// ReplicaSets | node lanes (the Node object heads its lane; pods in ordinal order) | PVCs under their pods |
// PVs under their claims | StorageClasses under the volumes they provisioned. System objects (kube-system, the
// `kubernetes` Service and their DNS names) sit compact in the top-right corner, a Service beside its name.
// Big clusters wrap: a lane holds at most `columns` pods per row, and each row of pods is a tier with its own rows
// of DNS names, claims and volumes under it, so 70 replicas make a block that fits the screen, not a thin strip.
import type { KObject } from '../../sim';
import type { Relation } from './relations';
import { isSystem } from './dnsNodes';

export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 72;
export const COMPACT_HEIGHT = 40;
const GAP_X = 20;
const GAP_Y = 28;
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

  // Lanes: one per Node (numeric order), plus `unscheduled` last for pods not (yet) placed: last, so that a pod
  // caught between creation and binding does not push every lane aside.
  const nodes = inBand('node');
  const laneOf = (pod: string) => {
    const n = specOf(objects.get(pod)!).nodeName;
    return typeof n === 'string' && objects.has(`Node//${n}`) ? `Node//${n}` : 'unscheduled';
  };
  const pods = inBand('pod').sort((a, b) => byName(siblingKey(objects.get(a)!), siblingKey(objects.get(b)!)));
  const laneIds = [...nodes, ...(pods.some((p) => laneOf(p) === 'unscheduled') ? ['unscheduled'] : [])];
  const lanes: { id: string; x: number; width: number; tiers: number }[] = [];
  const members = new Map(laneIds.map((lane) => [lane, pods.filter((p) => laneOf(p) === lane)]));
  // Every node lane reserves room for its share of the pods the workloads ask for, so lanes do not shift while
  // a rollout fills them in (the timeline is computed ahead in chunks, and each chunk brings more pods).
  const wanted = Math.max(pods.length, wantedPods(objects));
  const share = nodes.length ? Math.ceil(wanted / nodes.length) : 0;
  const capacity = Math.max(share, ...[...members.values()].map((m) => m.length));
  const columns = columnsFor(wanted, Math.max(1, nodes.length), capacity);
  const tier = new Map<string, number>();
  let cursor = 0;
  for (const lane of laneIds) {
    const inLane = members.get(lane)!;
    inLane.forEach((p, i) => {
      x.set(p, cursor + (i % columns) * (NODE_WIDTH + GAP_X));
      tier.set(p, Math.floor(i / columns));
    });
    if (lane !== 'unscheduled') x.set(lane, cursor);
    const reserved = lane === 'unscheduled' ? inLane.length : Math.max(share, inLane.length);
    const width = Math.max(1, Math.min(columns, reserved)) * (NODE_WIDTH + GAP_X) - GAP_X;
    lanes.push({ id: lane, x: cursor, width, tiers: Math.max(1, Math.ceil(inLane.length / columns)) });
    cursor += width + GAP_X + 2 * LANE_PAD + 12;
  }
  const tiers = Math.max(1, ...lanes.map((l) => l.tiers));
  const wrapped = tiers > 1;
  const at = (k: string) => x.get(k);
  const meanOf = (ks: string[]) => { const xs = ks.map(at).filter((v): v is number => v !== undefined); return xs.length ? mean(xs) : undefined; };

  // Claims, volumes (and, when wrapped, per-pod DNS names) take the tier of what they hang from, and are swept
  // apart within their own tier's row.
  const tierFrom = (ks: string[]) => Math.max(0, ...ks.map((k) => tier.get(k) ?? 0));
  const placeTiered = (ks: string[], from: (k: string) => string[]) => {
    for (const k of ks) tier.set(k, tierFrom(from(k)));
    for (let t = 0; t < tiers; t++) place(ks.filter((k) => tier.get(k) === t), (k) => meanOf(from(k)));
  };
  placeTiered(inBand('pvc'), (k) => parents(k, ['claim']));
  placeTiered(inBand('pv'), (k) => parents(k, ['bound']));
  place(inBand('sc'), (k) => meanOf(children(k, ['provisioned-by'])));
  place(inBand('rs'), (k) => meanOf(children(k, ['owner'])));
  place(inBand('ctrl'), (k) => meanOf(children(k, ['owner'])));
  if (wrapped) placeTiered(inBand('dns'), (k) => children(k, ['resolves-to']));
  else place(inBand('dns'), (k) => meanOf(children(k, ['resolves-to'])));
  // A Service and its name travel as a pair: [Service][name], over the pods it selects.
  const services = inBand('svc').filter((k) => objects.get(k)!.kind === 'Service');
  const nameOf = (svc: string) => children(svc, ['dns']).find((d) => !specOf(objects.get(d)!).pod);
  place(services, (k) => { const m = meanOf(children(k, ['selects'])); return m === undefined ? undefined : m - (NODE_WIDTH + GAP_X) / 2; },
    (k) => (nameOf(k) ? 2 * NODE_WIDTH + GAP_X : NODE_WIDTH));
  for (const s of services) { const d = nameOf(s); if (d) x.set(d, x.get(s)! + NODE_WIDTH + GAP_X); }

  // Rows: only bands that hold something; the node band is compact and sits right above its pods. Wrapped, the
  // tiered bands repeat once per tier (DNS names move down into the tiers, over their pods).
  const used = new Set(BANDS.filter((b) => keys.some((k) => !system.has(k) && bandOf(objects.get(k)!) === b)));
  const TIERED: readonly Band[] = wrapped ? ['dns', 'pod', 'pvc', 'pv'] : ['pod', 'pvc', 'pv'];
  const ORDER: readonly Band[] = wrapped ? ['svc', 'ctrl', 'rs', 'node', 'dns', 'pod', 'pvc', 'pv', 'sc'] : BANDS;
  const rowHeight = (b: Band) => (b === 'node' ? COMPACT_HEIGHT + 14 : NODE_HEIGHT + GAP_Y);
  const y = new Map<Band, number>();
  const tierTop: number[] = [];
  let top = 0;
  for (const b of ORDER) {
    if (!used.has(b) || (TIERED.includes(b) && tierTop.length > 0)) continue;
    if (TIERED.includes(b)) { // the first tiered band that holds something: lay out every tier here
      const inTier = TIERED.filter((tb) => used.has(tb));
      for (let t = 0; t < tiers; t++) {
        tierTop.push(top);
        for (const tb of inTier) {
          if (t === 0) y.set(tb, top - tierTop[0]!);
          top += rowHeight(tb);
        }
      }
      continue;
    }
    y.set(b, top);
    top += rowHeight(b);
  }
  const yOf = (k: string) => {
    const b = bandOf(objects.get(k)!);
    const offset = y.get(b) ?? 0;
    return TIERED.includes(b) ? (tierTop[tier.get(k) ?? 0] ?? 0) + offset : offset;
  };
  const positions = new Map<string, Point>();
  for (const k of keys) if (!system.has(k)) positions.set(k, { x: Math.round(x.get(k) ?? 0), y: yOf(k) });

  // System corner: right of everything, compact, one Service and its name per row.
  const maxRight = Math.max(0, ...[...positions.values()].map((p) => p.x + NODE_WIDTH));
  const sysServices = [...system].filter((k) => objects.get(k)!.kind === 'Service');
  const sysRows = [...sysServices.map((s) => [s, ...children(s, ['dns']).filter((d) => system.has(d))]),
    ...[...system].filter((k) => objects.get(k)!.kind !== 'Service' && !sysServices.some((s) => children(s, ['dns']).includes(k))).map((k) => [k])];
  sysRows.forEach((row, i) => row.forEach((k, j) => positions.set(k, { x: maxRight + 60 + j * (NODE_WIDTH + GAP_X), y: i * (COMPACT_HEIGHT + 12) })));

  // A lane box per tier around its row of pods; the first also holds the Node card that heads the lane.
  const podRow = y.get('pod');
  const nodeTop = y.get('node');
  return {
    positions,
    compact: new Set([...system, ...nodes]),
    lanes: lanes.flatMap((l) => Array.from({ length: l.tiers }, (_, t) => {
      // Without pods a lane is just its Node card.
      const rowTop = podRow === undefined ? (nodeTop ?? 0) : (tierTop[t] ?? 0) + podRow;
      const rowBottom = podRow === undefined ? rowTop + COMPACT_HEIGHT : rowTop + NODE_HEIGHT;
      const boxTop = t === 0 && nodeTop !== undefined ? nodeTop : rowTop;
      return {
        id: t === 0 ? `lane:${l.id}` : `lane:${l.id}:${t}`, label: l.id === 'unscheduled' ? 'unscheduled' : l.id.slice('Node//'.length),
        x: l.x - LANE_PAD, y: boxTop - LANE_PAD, width: l.width + 2 * LANE_PAD, height: rowBottom - boxTop + 2 * LANE_PAD,
      };
    })),
  };
}

/** How many pods the workloads ask for: the replicas of every StatefulSet and ReplicaSet (a Deployment's pods
 * belong to its ReplicaSets). */
function wantedPods(objects: ReadonlyMap<string, KObject>): number {
  let sum = 0;
  for (const o of objects.values()) {
    if (o.kind !== 'StatefulSet' && o.kind !== 'ReplicaSet') continue;
    const replicas = specOf(o).replicas;
    sum += typeof replicas === 'number' ? replicas : 1;
  }
  return sum;
}

/** Pods per lane row. Up to MIN_COLUMNS pods per lane: one row (the seed experiments and demos never wrap).
 * Beyond: about √(3.2·pods) columns across all lanes, which makes the tiers (a row each of pods, claims and
 * volumes, about 324 px) a block about twice as wide as it is tall, the shape of the graph pane. */
const MIN_COLUMNS = 5;
export function columnsFor(pods: number, lanes: number, largestLane: number): number {
  if (largestLane <= MIN_COLUMNS) return Math.max(1, largestLane);
  return Math.max(3, Math.ceil(Math.sqrt(3.2 * pods) / Math.max(1, lanes)));
}
