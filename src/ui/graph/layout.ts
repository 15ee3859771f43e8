// Pure, stable layout by workload: positions by object key (kind/namespace/name, never uid), computed over every
// object the timeline ever held, so an object keeps its place while scrubbing and a recreated web-1 returns to
// web-1's place. Which node a pod runs on is not a place (it is a badge on the card), so a pod recreated on
// another node stays where it was (DESIGN rule 6).
//
// One group (a box) per workload, side by side in the order they first appeared:
//  - StatefulSet: a header row [StatefulSet][Service][its DNS name]…, then one column per ordinal, left to right
//    (scaling adds to the right): the pod's DNS name, the pod, and under it each of its claims with its volume.
//    Big StatefulSets wrap into tiers (a row of columns each), so 300 replicas make a block, not a strip.
//  - Deployment: the Deployment heads column 0 with the Services that select its pods (and their names) under
//    it; its ReplicaSets follow in the header row, oldest first, each with its pods stacked under it (three to a
//    column, more columns to the right), so a rollout reads as one column emptying and the next one filling.
//  - ReplicaSets without a Deployment, and pods without a controller, get groups of the same shapes.
//  - A workload's ConfigMaps, Secrets and PodDisruptionBudgets (those its pods use, or that guard them) join its
//    header: after the Services in a StatefulSet's row, under them in a Deployment's first column.
//  - Storage: claims no pod uses, volumes no claim holds, StorageClasses; then Services that select nothing, and
//    ConfigMaps, Secrets and budgets no pod uses.
// The Node objects are not laid out (the graph shows them as chips, see NodeChips.tsx); system objects only when
// the caller includes them (the `System objects` toggle), in a last group of their own.
import { PODIUM_LIMITS, type KObject } from '../../sim';
import type { Relation } from './relations';
import { foldedKeys } from './systemFold';

export const NODE_WIDTH = 148;
export const NODE_HEIGHT = 74;
export const COMPACT_HEIGHT = 38;
const GAP_X = 12;
const GAP_Y = 8;
const GROUP_GAP = 24;
const LANE_PAD = 4;
/** Pods stacked under a ReplicaSet before a new column starts. */
const RS_ROWS = 3;

export interface Point { readonly x: number; readonly y: number }
/** A group's box (named lane for history: the minimap and the canvas draw it). */
export interface Lane { readonly id: string; readonly label: string; readonly x: number; readonly y: number; readonly width: number; readonly height: number }
/** When an object was in the cluster: the frame that added it (-1: the initial cluster) and, if it is gone, the
 * frame that removed it. A pod's slot is free for a newer pod once its occupant was removed. */
export interface Lifetime { readonly from: number; readonly to?: number }
export interface Layout { readonly positions: ReadonlyMap<string, Point>; readonly lanes: readonly Lane[]; readonly compact: ReadonlySet<string> }

export const byName = new Intl.Collator('en', { numeric: true }).compare;
const specOf = (o: KObject) => ((o as { spec?: Record<string, unknown> }).spec ?? {});
const PITCH_X = NODE_WIDTH + GAP_X;

/** Cells of a group in local coordinates: a column and a top (y in units). */
interface Cell { readonly key: string; readonly col: number; readonly y: number }
interface Group { readonly id: string; readonly cells: Cell[]; readonly cols: number; readonly height: number; /** Offset from the shelf top. */ readonly top?: number }

/** A trailing ordinal (`web-12` → 12), or undefined. */
export function ordinalOf(name: string): number | undefined {
  const m = /-(\d+)$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** Pods stacked under a ReplicaSet before a new column starts: three, or for a big Deployment (more than 24 pods
 * asked for or held) a block about 2.5 times as wide as it is tall instead of a strip. */
export function rsRowsFor(pods: number): number {
  return pods <= 24 ? RS_ROWS : Math.ceil(Math.sqrt(0.78 * pods));
}

/** Columns per tier of a StatefulSet with `pods` ordinals: one row up to 8; beyond, a block about 2.5 times as
 * wide as its tiers are tall (a tier is a row of pods with their claims and volumes). */
export function columnsFor(pods: number): number {
  if (pods <= 8) return Math.max(1, pods);
  return Math.max(8, Math.ceil(Math.sqrt(2.5 * pods)));
}

/**
 * Slots for a ReplicaSet's pods, in order of creation: each pod takes the lowest slot whose last occupant was
 * removed by the time it was created, so a replacement takes the place a deleted pod left and the column does not
 * drift (a replacement made while its predecessor is still terminating takes another free slot or a new one).
 * Without lifetimes: one slot per pod, in the given order.
 */
export function podSlots(pods: readonly string[], lifetimes?: ReadonlyMap<string, Lifetime>): Map<string, number> {
  const out = new Map<string, number>();
  if (!lifetimes) { pods.forEach((p, i) => out.set(p, i)); return out; }
  const fromOf = (p: string) => lifetimes.get(p)?.from ?? -1;
  const order = [...pods].sort((a, b) => fromOf(a) - fromOf(b) || byName(a, b));
  /** Per slot: the frame its occupant was removed at (Infinity while it is there). */
  const freedAt: number[] = [];
  for (const p of order) {
    const from = fromOf(p);
    let slot = freedAt.findIndex((f) => f <= from);
    if (slot < 0) slot = freedAt.length;
    freedAt[slot] = lifetimes.get(p)?.to ?? Infinity;
    out.set(p, slot);
  }
  return out;
}

export function computeLayout(objects: ReadonlyMap<string, KObject>, relations: readonly Relation[], lifetimes?: ReadonlyMap<string, Lifetime>): Layout {
  const keys = [...objects.keys()].filter((k) => objects.get(k)!.kind !== 'Node');
  const kindOf = (k: string) => objects.get(k)!.kind;
  // Per relation kind, the other ends of each object's relations (nested maps: no key strings built per relation).
  const out = new Map<string, Map<string, string[]>>();
  const into = new Map<string, Map<string, string[]>>();
  const link = (index: Map<string, Map<string, string[]>>, kind: string, from: string, to: string) => {
    let byKey = index.get(kind);
    if (!byKey) index.set(kind, (byKey = new Map()));
    const list = byKey.get(from);
    if (list) list.push(to);
    else byKey.set(from, [to]);
  };
  for (const r of relations) {
    link(out, r.kind, r.source, r.target);
    link(into, r.kind, r.target, r.source);
  }
  const children = (k: string, kind: string) => (out.get(kind)?.get(k) ?? []).filter((c) => objects.has(c));
  const parents = (k: string, kind: string) => (into.get(kind)?.get(k) ?? []).filter((p) => objects.has(p));
  const placed = new Set<string>();
  const groups: Group[] = [];
  const system = foldedKeys(objects);
  const compact = new Set<string>();

  const serviceName = (svc: string) => children(svc, 'dns').find((d) => !specOf(objects.get(d)!).pod);
  /** Services selecting any of these pods, not yet placed, in key order; each followed by its DNS name. */
  const servicesOf = (pods: string[]) => {
    const found = new Set<string>();
    for (const p of pods) for (const s of parents(p, 'selects')) if (!placed.has(s) && !system.has(s)) found.add(s);
    return [...found].sort(byName).flatMap((s) => { const d = serviceName(s); return d && !placed.has(d) ? [s, d] : [s]; });
  };

  /** ConfigMaps, Secrets and PodDisruptionBudgets these pods use or are guarded by, not yet placed: beside the
   * workload's controller and Services, so their edges run down to the pods. */
  const rank: Record<string, number> = { ConfigMap: 0, Secret: 1, PodDisruptionBudget: 2 };
  const extrasOf = (pods: string[]) => {
    const found = new Set<string>();
    for (const p of pods) for (const s of [...parents(p, 'uses'), ...parents(p, 'guards')]) if (!placed.has(s) && !system.has(s)) found.add(s);
    return [...found].sort((a, b) => (rank[kindOf(a)] ?? 9) - (rank[kindOf(b)] ?? 9) || byName(a, b));
  };

  /** A row of columns, one per pod (DNS name over it, claims and volumes under it), wrapped into tiers of
   * `columns`; the header row (controller, Services, their names) above. */
  const columnsGroup = (id: string, header: string[], pods: string[], wanted = 0): Group => {
    // Room for the replicas asked for too, so the columns hold still while the pods arrive.
    const columns = columnsFor(Math.max(pods.length, wanted));
    const dnsOf = (p: string) => parents(p, 'resolves-to').filter((d) => !placed.has(d) && !system.has(d)).sort(byName);
    const claimsOf = (p: string) => children(p, 'claim').filter((c) => !placed.has(c)).sort(byName);
    const hasDns = pods.some((p) => dnsOf(p).length > 0);
    const claimRows = Math.max(0, ...pods.map((p) => claimsOf(p).length));
    const cells: Cell[] = [];
    header.forEach((k, i) => cells.push({ key: k, col: i, y: 0 }));
    let top = header.length ? NODE_HEIGHT + GAP_Y : 0;
    const tierHeight = (hasDns ? COMPACT_HEIGHT + GAP_Y : 0) + (1 + 2 * claimRows) * (NODE_HEIGHT + GAP_Y);
    pods.forEach((p, i) => {
      const col = i % columns;
      let y = top + Math.floor(i / columns) * tierHeight;
      if (hasDns) {
        const d = dnsOf(p)[0];
        if (d) { cells.push({ key: d, col, y }); compact.add(d); }
        y += COMPACT_HEIGHT + GAP_Y;
      }
      cells.push({ key: p, col, y });
      claimsOf(p).forEach((c, j) => {
        const cy = y + (1 + 2 * j) * (NODE_HEIGHT + GAP_Y);
        cells.push({ key: c, col, y: cy });
        const v = children(c, 'bound').find((pv) => !placed.has(pv));
        if (v) cells.push({ key: v, col, y: cy + NODE_HEIGHT + GAP_Y });
      });
    });
    if (pods.length) top += Math.ceil(pods.length / columns) * tierHeight;
    for (const c of cells) placed.add(c.key);
    return { id, cells, cols: Math.max(header.length, Math.min(columns, pods.length)), height: Math.max(0, top - GAP_Y) };
  };

  /** Column 0: the controller (if any) with the Services under it; then each ReplicaSet heading its pods. */
  const replicaSetsGroup = (id: string, controller: string | undefined, sets: string[]): Group => {
    const podsOf = (rs: string) => children(rs, 'owner').filter((p) => kindOf(p) === 'Pod' && !placed.has(p));
    const podLists = sets.map(podsOf);
    const services = servicesOf(podLists.flat());
    const lead = [...(controller ? [controller] : []), ...services, ...extrasOf(podLists.flat())];
    const cells: Cell[] = [];
    let y0 = 0;
    for (const k of lead) {
      cells.push({ key: k, col: 0, y: y0 });
      y0 += NODE_HEIGHT + GAP_Y;
    }
    const slotsOf = podLists.map((pods) => podSlots(pods, lifetimes));
    const wanted = specOf(objects.get(controller ?? sets[0] ?? '') ?? ({} as KObject)).replicas;
    const most = Math.max(0, ...slotsOf.map((sl) => sl.size && Math.max(...sl.values()) + 1));
    const rows = rsRowsFor(Math.min(PODIUM_LIMITS.pods, Math.max(most, typeof wanted === 'number' ? wanted : 0)));
    let col = lead.length ? 1 : 0;
    let bottom = y0;
    sets.forEach((rs, i) => {
      cells.push({ key: rs, col, y: 0 });
      const slots = slotsOf[i]!;
      const used = slots.size ? Math.max(...slots.values()) + 1 : 0;
      for (const [p, j] of slots) cells.push({ key: p, col: col + Math.floor(j / rows), y: (1 + (j % rows)) * (NODE_HEIGHT + GAP_Y) });
      bottom = Math.max(bottom, (1 + Math.min(rows, used)) * (NODE_HEIGHT + GAP_Y));
      col += Math.max(1, Math.ceil(used / rows));
    });
    for (const c of cells) placed.add(c.key);
    return { id, cells, cols: Math.max(1, col), height: bottom - GAP_Y };
  };

  const controllerOf = (k: string) => {
    const ref = objects.get(k)!.metadata.ownerReferences?.find((r) => r.controller);
    if (!ref) return undefined;
    const parent = parents(k, 'owner').find((p) => kindOf(p) === ref.kind);
    return parent;
  };
  const visible = keys.filter((k) => !system.has(k));

  // Workloads, in the order they first appeared.
  for (const k of visible) {
    if (placed.has(k)) continue;
    const kind = kindOf(k);
    if (kind === 'StatefulSet') {
      const pods = children(k, 'owner').filter((p) => kindOf(p) === 'Pod')
        .sort((a, b) => (ordinalOf(objects.get(a)!.metadata.name ?? '') ?? 0) - (ordinalOf(objects.get(b)!.metadata.name ?? '') ?? 0) || byName(a, b));
      placed.add(k);
      const replicas = specOf(objects.get(k)!).replicas;
      // Room for the replicas asked for, but never for more pods than Podium holds (its limit).
      groups.push(columnsGroup(k, [k, ...servicesOf(pods), ...extrasOf(pods)], pods, typeof replicas === 'number' ? Math.min(replicas, PODIUM_LIMITS.pods) : 1));
    } else if (kind === 'Deployment') {
      placed.add(k);
      groups.push(replicaSetsGroup(k, k, children(k, 'owner').filter((r) => kindOf(r) === 'ReplicaSet')));
    } else if ((kind === 'ReplicaSet' || kind === 'ReplicationController') && !controllerOf(k)) {
      groups.push(replicaSetsGroup(k, undefined, [k]));
    }
  }
  // Pods without a controller (bare pods, or a controller that is gone), in name order.
  const loose = visible.filter((k) => kindOf(k) === 'Pod' && !placed.has(k)).sort(byName);
  if (loose.length) groups.push(columnsGroup('pods', [...servicesOf(loose), ...extrasOf(loose)], loose));

  // Storage and Services left over: claims with their volumes, then volumes, StorageClasses, Services and names.
  const rest = visible.filter((k) => !placed.has(k));
  const restOf = (kind: string) => rest.filter((k) => kindOf(k) === kind && !placed.has(k));
  const storage: Cell[] = [];
  let col = 0;
  for (const c of restOf('PersistentVolumeClaim')) {
    storage.push({ key: c, col, y: 0 });
    const v = children(c, 'bound').find((pv) => !placed.has(pv));
    if (v) { storage.push({ key: v, col, y: NODE_HEIGHT + GAP_Y }); placed.add(v); }
    placed.add(c);
    col++;
  }
  const lower = [...restOf('PersistentVolume').sort(byName), ...restOf('StorageClass').sort(byName)];
  const rowY = col > 0 ? 2 * (NODE_HEIGHT + GAP_Y) : 0;
  // Groups share a shelf top, so a StorageClass beside a workload sits level with the lowest volume it made.
  const localY = new Map(groups.flatMap((g) => g.cells.map((c) => [c.key, c.y] as const)));
  lower.forEach((k, i) => {
    const made = kindOf(k) === 'StorageClass' ? children(k, 'provisioned-by').map((v) => localY.get(v)).filter((v): v is number => v !== undefined) : [];
    storage.push({ key: k, col: i, y: made.length && col === 0 ? Math.max(...made) : rowY });
    placed.add(k);
  });
  if (storage.length) {
    const top = Math.min(...storage.map((c) => c.y));
    groups.push({ id: 'storage', cells: storage.map((c) => ({ ...c, y: c.y - top })), cols: Math.max(col, lower.length), height: Math.max(...storage.map((c) => c.y)) - top + NODE_HEIGHT, top });
  }
  const pairs = (ks: string[]): Cell[] => {
    const cells: Cell[] = [];
    let row = 0;
    for (const s of ks.filter((k) => kindOf(k) === 'Service').sort(byName)) {
      cells.push({ key: s, col: 0, y: row * (NODE_HEIGHT + GAP_Y) });
      const d = serviceName(s);
      if (d && ks.includes(d)) cells.push({ key: d, col: 1, y: row * (NODE_HEIGHT + GAP_Y) });
      row++;
    }
    const done = new Set(cells.map((c) => c.key));
    for (const k of ks.filter((x) => !done.has(x)).sort(byName)) cells.push({ key: k, col: 0, y: (row++) * (NODE_HEIGHT + GAP_Y) });
    return cells;
  };
  const services = pairs(visible.filter((k) => !placed.has(k)));
  if (services.length) groups.push({ id: 'services', cells: services, cols: Math.max(...services.map((c) => c.col)) + 1, height: Math.max(...services.map((c) => c.y)) + NODE_HEIGHT });
  for (const c of services) placed.add(c.key);
  const sys = pairs([...system]);
  if (sys.length) groups.push({ id: 'system', cells: sys, cols: Math.max(...sys.map((c) => c.col)) + 1, height: Math.max(...sys.map((c) => c.y)) + NODE_HEIGHT });

  return pack(groups, compact);
}

/** Groups side by side on shelves: one shelf unless that is far wider than tall (many workloads). */
function pack(groups: readonly Group[], compact: Set<string>): Layout {
  const widthOf = (g: Group) => g.cols * PITCH_X - GAP_X + 2 * LANE_PAD;
  const heightOf = (g: Group) => g.height + 2 * LANE_PAD;
  const total = groups.reduce((s, g) => s + widthOf(g) + GROUP_GAP, 0);
  const tallest = Math.max(0, ...groups.map(heightOf));
  const area = groups.reduce((s, g) => s + widthOf(g) * heightOf(g), 0);
  const shelfWidth = total > 3 * Math.max(tallest, 1) ? Math.max(...groups.map(widthOf), Math.sqrt(area * 2.4)) : Infinity;
  const positions = new Map<string, Point>();
  const lanes: Lane[] = [];
  let x = 0;
  let y = 0;
  let shelfHeight = 0;
  for (const g of groups) {
    if (x > 0 && x + widthOf(g) > shelfWidth) { x = 0; y += shelfHeight + GROUP_GAP; shelfHeight = 0; }
    const gy = y + (g.top ?? 0);
    for (const c of g.cells) positions.set(c.key, { x: x + LANE_PAD + c.col * PITCH_X, y: gy + LANE_PAD + c.y });
    lanes.push({ id: `lane:${g.id}`, label: '', x, y: gy, width: widthOf(g), height: heightOf(g) });
    x += widthOf(g) + GROUP_GAP;
    shelfHeight = Math.max(shelfHeight, (g.top ?? 0) + heightOf(g));
  }
  return { positions, lanes, compact };
}
