// The graph's flow kept up to date frame by frame: what buildFlow (graphModel.ts) computes from scratch, found by
// comparing the new snapshot with the last one. Snapshots share what did not change (a kind's record is the same
// object while nothing of that kind changed, an object the same object while it did not), so a frame costs an
// identity check per record, a look at each object of the records that changed, and the card and relations of
// the objects that changed: a playback step of a 1,000-pod rollout rebuilds a few cards, not 3,000.
// The result equals buildFlow's (flowModel.test.ts checks it over random walks through real timelines). A new
// layout, locale or set of Services and budgets (every pod's relations depend on them) starts over.
import { kindOfKey, type ClusterSnapshot, type KObject } from '../../sim';
import { getLocale } from '../i18n';
import type { Layout } from './layout';
import { cardNode, cardReadsClock, dnsOf, edgeOf, keyOfObj, laneNodes, sameRecord, type FlowNode, type K8sFlowEdge, type K8sFlowNode } from './graphModel';
import { GRAPH_KINDS, objectRelations, selectorsOf, type Relation, type Selectors } from './relations';

interface Entry {
  readonly key: string;
  obj: KObject;
  node: K8sFlowNode | null;
  /** Its relations whose ends are both in the snapshot and both placed, as edges. */
  edges: readonly K8sFlowEdge[];
  /** Whether its card reads the clock (a pod showing its last restart's age). */
  clock: boolean;
}

/** One kind's objects (or the DNS names), in buildFlow's order. */
interface Segment { readonly source: unknown; readonly entries: readonly Entry[] }

export interface Flow { readonly nodes: FlowNode[]; readonly edges: K8sFlowEdge[] }

/** Services and budgets decide every pod's relations: a change among them starts over. */
const SELECTOR_KINDS = new Set(['Service', 'PodDisruptionBudget']);

export class FlowModel {
  private layout: Layout | null = null;
  private locale = '';
  private selectedKey: string | null = null;
  private nowMs = Number.NaN;
  private selectors: Selectors | null = null;
  private revisions: readonly (Readonly<Record<string, KObject>> | undefined)[] = [];
  /** Per graph kind (GRAPH_KINDS order), then the DNS names. */
  private segments: Segment[] = [];
  private byKey = new Map<string, Entry>();
  /** Per key, the keys of the entries whose relations name it (to recheck when it comes or goes). May hold stale keys. */
  private mentions = new Map<string, Set<string>>();
  private flow: Flow = { nodes: [], edges: [] };

  /** The flow at this snapshot (the same object when nothing in it changed). */
  update(snapshot: ClusterSnapshot, layout: Layout, selectedKey: string | null): Flow {
    const locale = getLocale();
    if (locale !== this.locale) this.reset(layout, locale);
    const dirty = new Set<Entry>();
    let reorder = false;
    const came: string[] = [];
    const went: string[] = [];
    const byKind = snapshot.objects as Readonly<Record<string, Readonly<Record<string, KObject>> | undefined>>;
    const next: Segment[] = [];
    GRAPH_KINDS.forEach((kind, i) => {
      const seg = this.segments[i];
      const record = byKind[kind];
      if (seg && seg.source === record) { next.push(seg); return; }
      const entries = this.diffRecord(seg, record ?? {}, dirty, came, went);
      if (entries !== seg?.entries) reorder = true;
      next.push({ source: record, entries });
    });
    const dns = dnsOf(snapshot);
    const dnsSeg = this.segments[GRAPH_KINDS.length];
    if (dnsSeg?.source === dns) next.push(dnsSeg);
    else {
      const entries = this.diffList(dnsSeg, dns, dirty, came, went);
      if (entries !== dnsSeg?.entries) reorder = true;
      next.push({ source: dns, entries });
    }
    // A Service or budget that came, went or changed: every pod's relations may differ. Start over.
    if (this.selectors && ([...dirty].some((e) => SELECTOR_KINDS.has(e.obj.kind)) || [...came, ...went].some((k) => SELECTOR_KINDS.has(kindOfKey(k))))) {
      this.reset(layout, locale);
      return this.update(snapshot, layout, selectedKey);
    }
    this.segments = next;
    this.selectors ??= selectorsOf([...this.entries()].map((e) => [e.key, e.obj] as const));
    if (layout !== this.layout) {
      // Cards may have moved (most keep their Point: graphModel.ts stableLayout), and objects gained or lost a place.
      this.layout = layout;
      for (const e of this.byKey.values()) dirty.add(e);
      reorder = true;
    }
    // A pod's revision is read from the ControllerRevisions and ReplicaSets: when they change, every pod again.
    const revisions = [snapshot.objects.ControllerRevision, snapshot.objects.ReplicaSet];
    if (revisions.some((r, i) => !sameRecord(r, this.revisions[i]))) {
      for (const e of this.byKey.values()) if (e.obj.kind === 'Pod') dirty.add(e);
      this.revisions = revisions;
    }
    // Objects whose relations name one that came or went: their edges may change.
    for (const key of [...came, ...went]) {
      for (const other of this.mentions.get(key) ?? []) {
        const e = this.byKey.get(other);
        if (e) dirty.add(e);
      }
    }
    if (selectedKey !== this.selectedKey) {
      for (const k of [this.selectedKey, selectedKey]) { const e = k === null ? undefined : this.byKey.get(k); if (e) dirty.add(e); }
      this.selectedKey = selectedKey;
    }
    if (snapshot.nowMs !== this.nowMs) {
      for (const e of this.byKey.values()) if (e.clock) dirty.add(e);
      this.nowMs = snapshot.nowMs;
    }
    let nodesChanged = reorder;
    let edgesChanged = reorder;
    for (const e of dirty) {
      if (!this.byKey.has(e.key) || this.byKey.get(e.key) !== e) continue; // gone meanwhile
      const node = cardNode(e.key, e.obj, snapshot, layout, selectedKey, locale);
      e.clock = node !== null && cardReadsClock(e.obj);
      if (node !== e.node) { e.node = node; nodesChanged = true; }
      const edges = this.edgesOf(e);
      if (edges.length !== e.edges.length || edges.some((x, i) => x !== e.edges[i])) { e.edges = edges; edgesChanged = true; }
    }
    if (!nodesChanged && !edgesChanged) return this.flow;
    const nodes: FlowNode[] = nodesChanged ? [...laneNodes(layout, locale)] : this.flow.nodes;
    const edges: K8sFlowEdge[] = edgesChanged ? [] : this.flow.edges;
    for (const e of this.entries()) {
      if (nodesChanged && e.node) nodes.push(e.node);
      if (edgesChanged) for (const x of e.edges) edges.push(x);
    }
    this.flow = { nodes, edges };
    return this.flow;
  }

  private reset(layout: Layout, locale: string): void {
    this.layout = layout;
    this.locale = locale;
    this.selectedKey = null;
    this.nowMs = Number.NaN;
    this.selectors = null;
    this.revisions = [];
    this.segments = [];
    this.byKey = new Map();
    this.mentions = new Map();
    this.flow = { nodes: [], edges: [] };
  }

  /** Every entry, in buildFlow's order. */
  private *entries(): Generator<Entry> {
    for (const seg of this.segments) yield* seg.entries;
  }

  private edgesOf(e: Entry): K8sFlowEdge[] {
    const relations: readonly Relation[] = objectRelations(e.key, e.obj, this.selectors!);
    const positions = this.layout!.positions;
    const out: K8sFlowEdge[] = [];
    for (const r of relations) {
      const other = r.source === e.key ? r.target : r.source;
      let m = this.mentions.get(other);
      if (!m) this.mentions.set(other, (m = new Set()));
      m.add(e.key);
      if (this.byKey.has(r.source) && this.byKey.has(r.target) && positions.has(r.source) && positions.has(r.target)) out.push(edgeOf(r, this.lookup));
    }
    return out;
  }

  /** The objects by key, as edgeOf reads them (for the accessible names of new edges). */
  private readonly lookup: ReadonlyMap<string, KObject> = {
    get: (key: string) => this.byKey.get(key)?.obj,
    has: (key: string) => this.byKey.has(key),
  } as ReadonlyMap<string, KObject>;

  private add(key: string, obj: KObject, dirty: Set<Entry>, came: string[]): Entry {
    const e: Entry = { key, obj, node: null, edges: [], clock: false };
    this.byKey.set(key, e);
    dirty.add(e);
    came.push(key);
    return e;
  }

  /** A kind's segment after its record changed: changed objects marked dirty, and a new order if objects came or went. */
  private diffRecord(seg: Segment | undefined, record: Readonly<Record<string, KObject>>, dirty: Set<Entry>, came: string[], went: string[]): readonly Entry[] {
    const old = (seg?.source ?? {}) as Readonly<Record<string, KObject>>;
    let same = seg !== undefined;
    let count = 0;
    for (const id in record) {
      count++;
      const obj = record[id]!;
      const before = old[id];
      if (before === obj) continue;
      if (!before) { same = false; continue; }
      const e = this.byKey.get(keyOfObj(before));
      if (!e) { same = false; continue; }
      e.obj = obj;
      dirty.add(e);
    }
    if (same && count === seg!.entries.length) return seg!.entries;
    // Objects came or went: the kind's order again (buildFlow's: by record id).
    const entries: Entry[] = [];
    const kept = new Set<string>();
    for (const id of Object.keys(record).sort()) {
      const obj = record[id]!;
      const key = keyOfObj(obj);
      kept.add(key);
      const e = this.byKey.get(key);
      if (e) {
        if (e.obj !== obj) { e.obj = obj; dirty.add(e); }
        entries.push(e);
      } else entries.push(this.add(key, obj, dirty, came));
    }
    for (const e of seg?.entries ?? []) if (!kept.has(e.key)) { this.byKey.delete(e.key); went.push(e.key); }
    return entries;
  }

  /** The DNS names' segment: the same names (changed ones marked dirty), or a new list. */
  private diffList(seg: Segment | undefined, list: readonly KObject[], dirty: Set<Entry>, came: string[], went: string[]): readonly Entry[] {
    const old = seg?.entries ?? [];
    if (seg && old.length === list.length && list.every((o, i) => old[i]!.obj === o || old[i]!.key === keyOfObj(o))) {
      list.forEach((o, i) => { const e = old[i]!; if (e.obj !== o) { e.obj = o; dirty.add(e); } });
      return old;
    }
    const entries: Entry[] = [];
    const kept = new Set<string>();
    for (const obj of list) {
      const key = keyOfObj(obj);
      const twice = kept.has(key); // a name listed twice: buildFlow's map keeps its first place and last version
      kept.add(key);
      const e = this.byKey.get(key);
      if (twice) { if (e && e.obj !== obj) { e.obj = obj; dirty.add(e); } continue; }
      if (e) {
        if (e.obj !== obj) { e.obj = obj; dirty.add(e); }
        entries.push(e);
      } else entries.push(this.add(key, obj, dirty, came));
    }
    for (const e of old) if (!kept.has(e.key)) { this.byKey.delete(e.key); went.push(e.key); }
    return entries;
  }
}
