// Pure, stable layout: positions by object key (kind/namespace/name, never uid), computed over every object the
// timeline ever held, so an object keeps its place while scrubbing and a recreated web-1 returns to web-1's place.
import dagre from '@dagrejs/dagre';
import type { KObject } from '../../sim';
import type { Relation } from './relations';

export const NODE_WIDTH = 176;
export const NODE_HEIGHT = 58;
const GAP_X = 24;
const ROW_HEIGHT = 112;

/** Row of each kind, top to bottom: controllers and services, replica sets, pods, claims, volumes, nodes. */
const ROW: Record<string, number> = {
  Service: 0, StatefulSet: 0, Deployment: 0, ReplicaSet: 1, Pod: 2, PersistentVolumeClaim: 3, StorageClass: 3, PersistentVolume: 4, Node: 5,
};

export interface Point { readonly x: number; readonly y: number }

const byName = new Intl.Collator('en', { numeric: true }).compare;

/** Siblings that must appear in ordinal order: pods of one controller, claims of one StatefulSet template. */
function groupOf(obj: KObject): string | undefined {
  const owner = obj.metadata.ownerReferences?.find((r) => r.controller);
  if (owner) return `${owner.kind}:${owner.name}`;
  const m = obj.kind === 'PersistentVolumeClaim' ? /^(.*)-\d+$/.exec(obj.metadata.name ?? '') : null;
  return m ? `claims:${m[1]}` : undefined;
}

export function computeLayout(objects: ReadonlyMap<string, KObject>, relations: readonly Relation[]): Map<string, Point> {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: GAP_X, ranksep: 60 });
  g.setDefaultEdgeLabel(() => ({}));
  const keys = [...objects.keys()].sort(byName);
  for (const key of keys) g.setNode(key, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const r of relations) {
    const a = ROW[objects.get(r.source)!.kind] ?? 0;
    const b = ROW[objects.get(r.target)!.kind] ?? 0;
    if (b > a) g.setEdge(r.source, r.target, { minlen: b - a });
  }
  dagre.layout(g);

  // Rows by kind (only rows that have objects), x from dagre, then siblings in name order without overlaps.
  const usedRows = [...new Set(keys.map((k) => ROW[objects.get(k)!.kind] ?? 0))].sort((a, b) => a - b);
  const rowY = new Map(usedRows.map((r, i) => [r, i * ROW_HEIGHT]));
  const out = new Map<string, Point>();
  const parents = new Map<string, string[]>();
  for (const r of relations) {
    if (r.kind !== 'provisioned-by') parents.set(r.target, [...(parents.get(r.target) ?? []), r.source]);
  }
  for (const row of usedRows) {
    const inRow = keys.filter((k) => (ROW[objects.get(k)!.kind] ?? 0) === row);
    const xs = new Map(inRow.map((k) => [k, g.node(k)?.x ?? 0]));
    const groups = new Map<string, string[]>();
    for (const k of inRow) {
      const grp = groupOf(objects.get(k)!);
      if (grp) groups.set(grp, [...(groups.get(grp) ?? []), k]);
    }
    for (const members of groups.values()) {
      const slots = members.map((k) => xs.get(k)!).sort((a, b) => a - b);
      [...members].sort(byName).forEach((k, i) => xs.set(k, slots[i]!));
    }
    // Ungrouped objects (volumes) sit under what uses them: the mean x of their parents in rows above.
    for (const k of inRow) {
      if (groupOf(objects.get(k)!)) continue;
      const px = (parents.get(k) ?? []).map((p) => out.get(p)).filter((p): p is Point => p !== undefined).map((p) => p.x + NODE_WIDTH / 2);
      if (px.length) xs.set(k, px.reduce((a, b) => a + b, 0) / px.length);
    }
    const ordered = [...inRow].sort((a, b) => xs.get(a)! - xs.get(b)! || byName(a, b));
    let prevX = -Infinity;
    for (const k of ordered) {
      const x = Math.max(xs.get(k)!, prevX + NODE_WIDTH + GAP_X);
      prevX = x;
      out.set(k, { x: Math.round(x - NODE_WIDTH / 2), y: rowY.get(row)! });
    }
  }
  return out;
}
