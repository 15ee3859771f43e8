// Snapshot → React Flow nodes and edges. Positions come from the stable layout of every object the timeline held.
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { ClusterSnapshot, Frame, KObject } from '../../sim';
import { getLocale, t } from '../i18n';
import { COMPACT_HEIGHT, computeLayout, NODE_HEIGHT, NODE_WIDTH, type Layout, type Lifetime, type Point } from './layout';
import { dnsObject, dnsObjects, isSystem, podDnsNamesOfSlice, serviceFqdn } from './dnsNodes';
import { GRAPH_KINDS, graphObjects, keyFor, relationsOf, type Relation, type RelationKind } from './relations';
import { objectFields, objectStatus, toneOf, type Tone } from './status';
import { foldedKeys } from './systemFold';
import { podRevision } from './revisions';

export interface K8sNodeData extends Record<string, unknown> {
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly status: string;
  readonly tone: Tone;
  readonly fields: readonly string[];
  readonly compact: boolean;
  /** Pods: the revision number of their workload's template (a colour on the card, see revisions.ts). */
  readonly rev?: number;
  /** Pods: the node they run on (a badge on the card). */
  readonly node?: string;
}
export type K8sFlowNode = Node<K8sNodeData, 'k8s'>;
export type LaneFlowNode = Node<{ label: string }, 'lane'>;
export type FlowNode = K8sFlowNode | LaneFlowNode;
export interface K8sEdgeData extends Record<string, unknown> { readonly relation: RelationKind; readonly label?: string }
export type K8sFlowEdge = Edge<K8sEdgeData, 'k8s'>;

const graphKinds = new Set<string>(GRAPH_KINDS);
export const keyOfObj = (o: KObject) => keyFor(o.kind, o.metadata.namespace ?? '', o.metadata.name ?? '');

/** The kinds whose records decide snapshotObjects: the graph kinds, and the EndpointSlices the DNS names come from. */
const SOURCE_KINDS: readonly string[] = [...GRAPH_KINDS, 'EndpointSlice'];
/** The records of the last call and its result: a snapshot whose graph records are all the same (kinds no frame
 * touched share their record between snapshots) has the same objects, and gets the same (read-only) map. */
let lastObjects: { records: readonly unknown[]; out: Map<string, KObject> } | null = null;
/** DNS names per pair of Service and EndpointSlice records (the only records they are derived from). */
let lastDns: { services: KindRecord; slices: KindRecord; dns: readonly KObject[] } | null = null;

type KindRecord = Readonly<Record<string, KObject>> | undefined;
/** The same objects under the same ids (two snapshots may hold equal records that are different objects). */
export function sameRecord(a: KindRecord, b: KindRecord): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  let n = 0;
  for (const id in a) { if (a[id] !== b[id]) return false; n++; }
  for (const id in b) if (--n < 0 || !(id in a)) return false;
  return n === 0;
}

/** The DNS names of a snapshot: the same list (and objects) while its Services and EndpointSlices are the same. */
export function dnsOf(snapshot: ClusterSnapshot): readonly KObject[] {
  const services = snapshot.objects.Service;
  const slices = snapshot.objects.EndpointSlice;
  if (lastDns && sameRecord(lastDns.services, services) && sameRecord(lastDns.slices, slices)) return lastDns.dns;
  const dns = dnsObjects(snapshot);
  lastDns = { services, slices, dns };
  return dns;
}

/** Graph objects of a snapshot plus its DNS name pseudo-objects. Read-only: the same map is returned again for a
 * snapshot with the same graph records. */
export function snapshotObjects(snapshot: ClusterSnapshot): ReadonlyMap<string, KObject> {
  const byKind = snapshot.objects as Readonly<Record<string, unknown>>;
  const records = SOURCE_KINDS.map((k) => byKind[k]);
  if (lastObjects && records.every((r, i) => sameRecord(r as KindRecord, lastObjects!.records[i] as KindRecord))) return lastObjects.out;
  const out = graphObjects(snapshot.objects as never);
  for (const d of dnsOf(snapshot)) out.set(keyOfObj(d), d);
  lastObjects = { records, out };
  return out;
}

interface EverCache {
  initial: ClusterSnapshot | null; count: number; last: Frame | undefined; all: Map<string, KObject>;
  /** When each graph object was there (frame indexes), for pod slots (layout.ts podSlots). */
  spans: Map<string, Lifetime>;
  /** Bumped when the cache is rebuilt (a fork, another timeline): the layout is then recomputed. */
  version: number;
}
let ever: EverCache = { initial: null, count: 0, last: undefined, all: new Map(), spans: new Map(), version: 0 };

/** Record the frame's adds and removals of graph objects. */
function absorbSpans(spans: Map<string, Lifetime>, frame: Frame, i: number): void {
  for (const c of frame.changes) {
    if (!graphKinds.has(c.object.kind) || c.type === 'MODIFIED') continue;
    const key = keyOfObj(c.object);
    const prev = spans.get(key);
    if (c.type === 'ADDED') spans.set(key, { from: prev?.from ?? i });
    else spans.set(key, { from: prev?.from ?? -1, to: i });
  }
}

function absorb(all: Map<string, KObject>, o: KObject): void {
  if (graphKinds.has(o.kind)) {
    all.set(keyOfObj(o), o);
    if (o.kind === 'Service') {
      const ns = o.metadata.namespace ?? 'default';
      const key = keyFor('DNSRecord', ns, serviceFqdn(o.metadata.name ?? '', ns));
      if (!all.has(key)) all.set(key, dnsObject(serviceFqdn(o.metadata.name ?? '', ns), ns, o.metadata.name ?? '', []));
    }
  } else if (o.kind === 'EndpointSlice') {
    for (const d of podDnsNamesOfSlice(o, all)) all.set(keyOfObj(d), d);
  }
}

/**
 * Every graph object the timeline ever held (latest version of each) and every DNS name it could publish.
 * Incremental: when the timeline only grew (playback extends it), only the new frames are read.
 */
export function everObjects(initial: ClusterSnapshot, frames: readonly Frame[]): Map<string, KObject> {
  // Frames are immutable and shared between a timeline and its extension: the same last frame means "grew".
  const grew = ever.count > 0 ? frames.length >= ever.count && frames[ever.count - 1] === ever.last : ever.initial === initial;
  if (!grew) {
    const all = new Map<string, KObject>();
    const spans = new Map<string, Lifetime>();
    for (const byName of Object.values(initial.objects)) for (const o of Object.values(byName ?? {})) { absorb(all, o); spans.set(keyOfObj(o), { from: -1 }); }
    ever = { initial, count: 0, last: undefined, all, spans, version: ever.version + 1 };
  }
  if (frames.length === ever.count) return ever.all;
  const all = new Map(ever.all);
  const spans = new Map(ever.spans);
  for (let i = ever.count; i < frames.length; i++) {
    for (const c of frames[i]!.changes) absorb(all, c.object);
    absorbSpans(spans, frames[i]!, i);
  }
  ever = { initial, count: frames.length, last: frames[frames.length - 1], all, spans, version: ever.version };
  return all;
}

let lastSignature = '';
let lastLayout: Layout = computeLayout(new Map(), []);
/** Layout of all objects ever seen (Nodes are chips, not cards; folded objects only with `showSystem`);
 * recomputed only when the set of keys changes. A card that keeps its place keeps its Point object, so its node
 * and its canvas shape are reused. */
export function stableLayout(all: ReadonlyMap<string, KObject>, showSystem = false): Layout {
  const spans = ever.all === all ? ever.spans : undefined;
  // Within one version of everObjects the keys only grow: its size tells whether they changed.
  const signature = `${showSystem ? 'S' : ''}${spans ? `${ever.version}|${all.size}` : `-|${[...all.keys()].join('|')}`}`;
  if (signature !== lastSignature) {
    const folded = showSystem ? new Set<string>() : foldedKeys(all);
    const shown = new Map<string, KObject>();
    for (const [k, o] of all) if (o.kind !== 'Node' && !folded.has(k)) shown.set(k, o);
    const next = computeLayout(shown, relationsOf(shown), spans);
    const before = lastLayout.positions;
    const positions = new Map<string, Point>();
    for (const [k, p] of next.positions) {
      const old = before.get(k);
      positions.set(k, old && old.x === p.x && old.y === p.y ? old : p);
    }
    lastLayout = { ...next, positions };
    lastSignature = signature;
  }
  return lastLayout;
}

const RELATION_TEXT: Record<RelationKind, string> = {
  owner: 'owns', claim: 'uses claim', bound: 'is bound to', 'provisioned-by': 'provisioned', selects: 'selects',
  dns: 'is named', 'resolves-to': 'resolves to', uses: 'is used by', guards: 'guards',
};

/** Which sides an edge leaves and enters: down the columns, except a Service → its own name (side by side) and a
 * StorageClass (beside the row of its volumes) → a PV (leftwards, into the volume's right side). */
function handlesOf(kind: RelationKind, target: KObject): { sourceHandle: string; targetHandle: string } {
  if (kind === 'dns' && !(target as { spec?: { pod?: string } }).spec?.pod) return { sourceHandle: 'r', targetHandle: 'l' };
  if (kind === 'provisioned-by') return { sourceHandle: 'sl', targetHandle: 'tr' };
  return { sourceHandle: 'b', targetHandle: 't' };
}

/** Card data per object version: unchanged objects keep their identity between frames, so this is reused
 * (pods are keyed with the clock too: their STATUS can depend on it). */
const FULL_SIZE = { width: NODE_WIDTH, height: NODE_HEIGHT };
const COMPACT_SIZE = { width: NODE_WIDTH, height: COMPACT_HEIGHT };

const handleCache = new Map<number, NodeHandle[]>();
/** The six attachment points of a card, in the middle of its outer sides (zero-size handles: EdgeLayer.tsx joins
 * an edge to the point itself). Computed, never measured from the DOM. */
function cardHandles(height: number): NodeHandle[] {
  const hit = handleCache.get(height);
  if (hit) return hit;
  const at = (id: string, type: 'source' | 'target', position: Position, x: number, y: number): NodeHandle =>
    ({ id, type, position, x, y, width: 0, height: 0 });
  const mid = NODE_WIDTH / 2;
  const out = [
    at('t', 'target', Position.Top, mid, 0), at('l', 'target', Position.Left, 0, height / 2), at('tb', 'target', Position.Bottom, mid, height),
    at('b', 'source', Position.Bottom, mid, height), at('r', 'source', Position.Right, NODE_WIDTH, height / 2), at('st', 'source', Position.Top, mid, 0),
    at('sl', 'source', Position.Left, 0, height / 2), at('tr', 'target', Position.Right, NODE_WIDTH, height / 2),
  ];
  handleCache.set(height, out);
  return out;
}

/** Per object version: its card data and the clock it was made at (null: what the card says does not depend on
 * the clock, true of everything but a pod that has restarted: its "N (5m ago)" reads the clock). */
const dataCache = new WeakMap<KObject, { nowMs: number | null; data: K8sNodeData }>();
const sameStrings = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
type Restarts = { readonly restartCount?: number }[] | undefined;
/** Whether a pod's card reads the clock: kubectl prints the age of the last restart (printers/pods.ts), so any
 * container that has restarted makes it depend on the clock. */
function readsClock(obj: KObject): boolean {
  if (obj.kind !== 'Pod') return false;
  const status = (obj as { status?: { containerStatuses?: Restarts; initContainerStatuses?: Restarts } }).status;
  const restarted = (list: Restarts) => (list ?? []).some((c) => (c.restartCount ?? 0) > 0);
  return restarted(status?.containerStatuses) || restarted(status?.initContainerStatuses);
}
function cardData(obj: KObject, nowMs: number, compact: boolean, rev: number | undefined): K8sNodeData {
  const hit = dataCache.get(obj);
  if (hit && hit.data.compact === compact && hit.data.rev === rev && (hit.nowMs === null || hit.nowMs === nowMs)) return hit.data;
  const clock = readsClock(obj) ? nowMs : null;
  const status = objectStatus(obj, nowMs);
  const fields = objectFields(obj, nowMs);
  // A pod whose card reads the same at the new clock keeps its data (and so its node): a frame then re-renders
  // only the cards that changed, not every pod.
  const node = obj.kind === 'Pod' ? (obj as { spec?: { nodeName?: string } }).spec?.nodeName : undefined;
  if (hit && hit.data.compact === compact && hit.data.rev === rev && hit.data.status === status && hit.data.node === node && sameStrings(hit.data.fields, fields)) {
    dataCache.set(obj, { nowMs: clock, data: hit.data });
    return hit.data;
  }
  const data: K8sNodeData = {
    kind: obj.kind, name: obj.metadata.name ?? '', namespace: obj.metadata.namespace ?? '', status,
    tone: toneOf(obj.kind, status), fields, compact,
    ...(rev !== undefined ? { rev } : {}), ...(node ? { node } : {}),
  };
  dataCache.set(obj, { nowMs: clock, data });
  return data;
}

/** The node of an unchanged card is the same object as last frame: the identity check in reuse() is then enough,
 * and a seek over 1,000 objects does not rebuild 1,000 nodes and their labels. */
const nodeCache = new WeakMap<K8sNodeData, { node: K8sFlowNode; position: Point; locale: string }>();

/** The edge of each relation object (relationsOf keeps a relation the same object while it holds). */
const edgeCache = new WeakMap<Relation, K8sFlowEdge>();
/** The edges of the last call: the same relations over the same layout give the same list. */
let lastEdges: { relations: readonly Relation[]; layout: Layout; edges: K8sFlowEdge[] } | null = null;
/** The lane nodes of the last layout, in the last locale. */
let lastLanes: { layout: Layout; locale: string; nodes: readonly FlowNode[] } | null = null;

/** A pod's revision per pod version and the records it was read from (ControllerRevisions, ReplicaSets). */
const revCache = new WeakMap<KObject, { revisions: unknown; sets: unknown; rev: number | undefined }>();
function revisionOf(snapshot: ClusterSnapshot, pod: KObject): number | undefined {
  const revisions = snapshot.objects.ControllerRevision;
  const sets = snapshot.objects.ReplicaSet;
  const hit = revCache.get(pod);
  if (hit && hit.revisions === revisions && hit.sets === sets) return hit.rev;
  const rev = podRevision(snapshot, pod);
  revCache.set(pod, { revisions, sets, rev });
  return rev;
}

export function laneNodes(layout: Layout, locale: string): readonly FlowNode[] {
  if (lastLanes && lastLanes.layout === layout && lastLanes.locale === locale) return lastLanes.nodes;
  const nodes: FlowNode[] = layout.lanes.map((l) => ({
    id: l.id, type: 'lane', position: { x: l.x, y: l.y }, data: { label: l.id === 'lane:unscheduled' ? t('graphUnscheduled') : '' },
    width: l.width, height: l.height, measured: { width: l.width, height: l.height }, style: { width: l.width, height: l.height }, zIndex: -1,
    selectable: false, draggable: false, connectable: false, deletable: false, focusable: false, ariaRole: 'presentation',
  }));
  lastLanes = { layout, locale, nodes };
  return nodes;
}

export function edgeOf(r: Relation, objects: ReadonlyMap<string, KObject>): K8sFlowEdge {
  const hit = edgeCache.get(r);
  // An edge is a function of its relation (id = kind, source, target, label) and its target's kind of handle
  // (fixed by the target's key), so the same relation object gives the same edge and reuse() keeps it.
  if (hit) return hit;
  const label = (key: string) => `${objects.get(key)!.kind} ${objects.get(key)!.metadata.name}`;
  const edge: K8sFlowEdge = {
    id: r.id,
    type: 'k8s',
    source: r.source,
    target: r.target,
    ...handlesOf(r.kind, objects.get(r.target)!),
    // The IP a DNS name resolves to is on the name's card; the edge keeps it in its accessible name only.
    data: { relation: r.kind },
    className: `edge-${r.kind}`,
    selectable: false,
    deletable: false,
    ariaLabel: `${label(r.source)} ${RELATION_TEXT[r.kind]} ${label(r.target)}${r.label ? ` (${r.label})` : ''}`,
    domAttributes: { 'data-relation': r.kind } as K8sFlowEdge['domAttributes'],
  };
  edgeCache.set(r, edge);
  return edge;
}

function edgesOf(objects: ReadonlyMap<string, KObject>, layout: Layout): K8sFlowEdge[] {
  const relations = relationsOf(objects);
  if (lastEdges && lastEdges.relations === relations && lastEdges.layout === layout) return lastEdges.edges;
  const edges: K8sFlowEdge[] = [];
  for (const r of relations) if (layout.positions.has(r.source) && layout.positions.has(r.target)) edges.push(edgeOf(r, objects));
  lastEdges = { relations, layout, edges };
  return edges;
}

/** The card node of an object in this layout, or null when it has no place (a Node is a chip; folded objects). */
export function cardNode(key: string, obj: KObject, snapshot: ClusterSnapshot, layout: Layout, selectedKey: string | null, locale: string): K8sFlowNode | null {
  const position = layout.positions.get(key);
  if (!position) return null;
  const data = cardData(obj, snapshot.nowMs, layout.compact.has(key), obj.kind === 'Pod' ? revisionOf(snapshot, obj) : undefined);
  const selected = key === selectedKey;
  const hit = nodeCache.get(data);
  if (hit && hit.position === position && hit.node.selected === selected && hit.locale === locale) return hit.node;
  const { kind, name, namespace, status } = data;
  const node: K8sFlowNode = {
    id: key,
    type: 'k8s',
    position,
    // Known sizes: the minimap and visibility culling need them (we do not feed measurements back).
    width: NODE_WIDTH,
    height: data.compact ? COMPACT_HEIGHT : NODE_HEIGHT,
    // With `measured` given, React Flow does not re-measure a changed card (a forced layout per card per frame).
    measured: data.compact ? COMPACT_SIZE : FULL_SIZE,
    handles: cardHandles(data.compact ? COMPACT_HEIGHT : NODE_HEIGHT),
    data,
    ...(isSystem(obj) ? { className: 'system' } : {}),
    selected,
    draggable: false,
    connectable: false,
    deletable: false,
    ariaLabel: t('nodeLabel', { kind, name, status }),
    domAttributes: { 'data-kind': kind, 'data-name': name, 'data-namespace': namespace, 'data-status': status } as K8sFlowNode['domAttributes'],
  };
  nodeCache.set(data, { node, position, locale });
  return node;
}

/** Whether a card made at one clock may read differently at another (see readsClock). */
export const cardReadsClock = (obj: KObject) => dataCache.get(obj)?.nowMs !== null;

/** The flow of a snapshot, built from scratch (per-object results are cached by object version). flowModel.ts
 * keeps it up to date frame by frame; this is its reference. */
export function buildFlow(snapshot: ClusterSnapshot, layout: Layout, selectedKey: string | null): { nodes: FlowNode[]; edges: K8sFlowEdge[] } {
  const objects = snapshotObjects(snapshot);
  const locale = getLocale();
  const nodes: FlowNode[] = [...laneNodes(layout, locale)];
  for (const [key, obj] of objects) {
    const node = cardNode(key, obj, snapshot, layout, selectedKey, locale);
    if (node) nodes.push(node);
  }
  return { nodes, edges: edgesOf(objects, layout) };
}
