// The far-zoom overview as a list of shapes in flow coordinates: lanes, edges, then cards, each with what the
// canvas needs to draw it (farDraw.ts). Pure: the same flow gives the same scene, and it mirrors what graph.css
// shows for a far card (its name on its status colour, a border in that colour, plain edges).
import type { FlowNode, K8sFlowEdge, K8sFlowNode } from './graphModel';
import type { RelationKind } from './relations';
import type { Tone } from './status';
import { Position } from '@xyflow/react';
import { edgeEnds, edgeRoute, nodesById, type EdgeRoute, type End } from './edgeGeometry';
import { cardTitle, KIND_SHORT, NAME_LINE_PX, shortImage, splitName } from './nodes/cardText';
import { revColour } from './revisions';
import { nodeColour } from './nodeColours';
import type { Box } from './viewBox';

export interface SceneLane { readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly label: string }

export type CardShape = 'box' | 'controller' | 'service' | 'dns';

export interface SceneCard {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly tone: Tone;
  readonly shape: CardShape;
  /** The name shown on the card (a DNS name's first labels). */
  readonly text: string;
  /** What a full card says besides its name (drawn when the canvas stands in for full cards, see farZoom.ts). */
  readonly badge: string;
  readonly zone: string;
  readonly status: string;
  readonly detail: string;
  /** The card's third line (not on compact cards). */
  readonly extra: string;
  /** The name as the DOM card breaks it (one or two lines, cut in the middle: nodes/cardText.ts splitName). */
  readonly lines: readonly string[];
  readonly compact: boolean;
  /** A pod's node (its badge, in the node's colour) and its revision's colour (the swatch before the image). */
  readonly node: string;
  readonly nodeColour: string;
  readonly revColour: string;
  readonly system: boolean;
  /** 1, or less while Terminating (.4) and for a dimmed card while another is hovered (.18). */
  readonly alpha: number;
  readonly dashed: boolean;
  /** A ring around the card: the hovered object and its relations ('lit'), or the selected one. */
  readonly ring: 'lit' | 'selected' | null;
}

export interface SceneEdge {
  readonly id: string;
  readonly relation: RelationKind;
  readonly path: string;
  /** The edge's label (a DNS name's IP) and where it sits. */
  readonly label: string;
  readonly labelX: number;
  readonly labelY: number;
  /** Where the edge runs, as boxes (its segments, or the box of its ends), for culling and redrawing. */
  readonly boxes: readonly Box[];
  readonly lit: boolean;
  readonly dimmed: boolean;
}

export interface Scene { readonly lanes: readonly SceneLane[]; readonly edges: readonly SceneEdge[]; readonly cards: readonly SceneCard[] }

const SHAPES: Partial<Record<string, CardShape>> = {
  StatefulSet: 'controller', Deployment: 'controller', ReplicaSet: 'controller', Service: 'service', DNSRecord: 'dns',
};

const hasClass = (className: string | undefined, c: string) => (className ? ` ${className} `.includes(` ${c} `) : false);

/** The drawn height of a card (the layout's: compact or full, system cards too). */
export const cardHeight = (n: K8sFlowNode) => n.height ?? 0;

/** The route of each edge, kept while its ends stay put (the path is the costly part, and ends rarely move). */
const routes = new Map<string, { key: string; route: EdgeRoute }>();
const MAX_ROUTES = 20_000;

function routeOf(edge: K8sFlowEdge, from: { x: number; y: number }, to: { x: number; y: number }, compute: () => EdgeRoute): EdgeRoute {
  const key = `${from.x},${from.y},${to.x},${to.y}`;
  const hit = routes.get(edge.id);
  if (hit && hit.key === key) return hit.route;
  if (routes.size > MAX_ROUTES) routes.clear();
  const route = compute();
  routes.set(edge.id, { key, route });
  return route;
}

/** Scene cards per card node: an unchanged object keeps its node (useFlow reuses them), hence its scene card,
 * so comparing two scenes is an identity check per card (sceneDiff). */
const cardCache = new WeakMap<K8sFlowNode, SceneCard>();

function sceneCard(n: K8sFlowNode): SceneCard {
  const hit = cardCache.get(n);
  if (hit) return hit;
  const { data, className } = n;
  const dimmed = hasClass(className, 'dimmed');
  const terminating = data.tone === 'terminating';
  const [text, zone] = cardTitle(data.kind, data.name);
  const system = hasClass(className, 'system');
  // What nodes/K8sNode.tsx shows, line by line.
  const lines = splitName(text, NAME_LINE_PX, data.compact ? 1 : 2);
  const isPod = data.kind === 'Pod';
  const node = isPod && data.node ? data.node : '';
  const first = data.fields[0] ?? '';
  const detail = !data.compact && (isPod || data.kind.endsWith('Set') || data.kind === 'Deployment') ? shortImage(first, node ? 10 : 17) : first;
  const oneLine = lines.length === 1 && !zone;
  const card: SceneCard = {
    id: n.id, x: n.position.x, y: n.position.y, width: n.width ?? 0, height: cardHeight(n),
    tone: data.tone, shape: SHAPES[data.kind] ?? 'box', text, zone, badge: KIND_SHORT[data.kind] ?? data.kind,
    status: data.status, detail, extra: data.compact || system || !oneLine ? '' : data.fields[1] ?? '', system,
    lines, compact: data.compact, node, nodeColour: node ? nodeColour(node) : '', revColour: data.rev !== undefined ? revColour(data.rev) : '',
    alpha: (terminating ? 0.4 : 1) * (dimmed ? 0.18 : 1), dashed: terminating,
    ring: n.selected ? 'selected' : hasClass(className, 'lit') ? 'lit' : null,
  };
  cardCache.set(n, card);
  return card;
}

/** The last scene edge per edge id, returned again while nothing about it changed. */
const edgeCache = new Map<string, SceneEdge>();
/** The scene edge per flow edge object, and the places and handles of the two cards it was routed between. */
const byEdge = new WeakMap<K8sFlowEdge, { from: FlowNode; to: FlowNode; edge: SceneEdge | undefined }>();
const samePlace = (a: FlowNode, b: FlowNode) => a === b || (a.position === b.position && a.handles === b.handles);
const laneCache = new WeakMap<FlowNode, SceneLane>();

function sceneLane(n: FlowNode): SceneLane {
  let lane = laneCache.get(n);
  if (!lane) laneCache.set(n, (lane = { x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0, label: (n.data as { label: string }).label }));
  return lane;
}

function sceneEdge(e: K8sFlowEdge, byId: ReadonlyMap<string, FlowNode>): SceneEdge | undefined {
  const ends = edgeEnds(e, byId);
  const relation = e.data?.relation;
  if (!ends || !relation) return undefined;
  const [from, to] = ends;
  const { path, labelX, labelY } = routeOf(e, from, to, () => edgeRoute(from, to, relation));
  const label = e.data?.label ?? '';
  const lit = hasClass(e.className, 'lit');
  const dimmed = hasClass(e.className, 'dimmed');
  const hit = edgeCache.get(e.id);
  if (hit && hit.path === path && hit.relation === relation && hit.lit === lit && hit.dimmed === dimmed && hit.label === label) return hit;
  if (edgeCache.size > MAX_ROUTES) edgeCache.clear();
  const edge: SceneEdge = {
    id: e.id, relation, path, label, labelX, labelY, boxes: routeBoxes(from, to, label ? { x: labelX, y: labelY, text: label } : null),
    lit, dimmed,
  };
  edgeCache.set(e.id, edge);
  return edge;
}

/** The last call with a layout: its nodes and edges and the shapes made for them, by position in the lists. */
let last: { layout: object; nodes: readonly FlowNode[]; edges: readonly K8sFlowEdge[]; shapes: readonly (SceneLane | SceneCard)[]; edgeShapes: readonly (SceneEdge | undefined)[] } | null = null;

/**
 * The scene of a flow. `layout`, when given, is the layout the nodes were placed by (an object that changes
 * whenever a card may have moved): the shapes of the last call's cards and edges are then reused where the same
 * node or edge object is at the same place in the lists. Other edges are looked up by object, and kept while
 * their two cards keep their place: a frame costs an identity check per unchanged card and edge.
 */
export function farScene(nodes: readonly FlowNode[], edges: readonly K8sFlowEdge[], layout?: object): Scene {
  const before = layout && last?.layout === layout ? last : null;
  const lanes: SceneLane[] = [];
  const cards: SceneCard[] = [];
  const shapes: (SceneLane | SceneCard)[] = new Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type === 'lane') lanes.push((shapes[i] = before?.nodes[i] === n ? before.shapes[i] as SceneLane : sceneLane(n)));
    else cards.push((shapes[i] = before?.nodes[i] === n ? before.shapes[i] as SceneCard : sceneCard(n)));
  }
  let byId: ReadonlyMap<string, FlowNode> | null = null;
  const plain: SceneEdge[] = [];
  const lit: SceneEdge[] = [];
  const edgeShapes: (SceneEdge | undefined)[] = new Array(edges.length);
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    let edge: SceneEdge | undefined;
    if (before?.edges[i] === e) edge = before.edgeShapes[i];
    else {
      byId ??= nodesById(nodes);
      const from = byId.get(e.source);
      const to = byId.get(e.target);
      const hit = byEdge.get(e);
      if (hit && from && to && samePlace(hit.from, from) && samePlace(hit.to, to)) edge = hit.edge;
      else {
        edge = sceneEdge(e, byId);
        if (from && to) byEdge.set(e, { from, to, edge });
      }
    }
    edgeShapes[i] = edge;
    // Lit edges last, over the dimmed ones.
    if (edge) (edge.lit ? lit : plain).push(edge);
  }
  if (layout) last = { layout, nodes, edges, shapes, edgeShapes };
  return { lanes, edges: lit.length ? plain.concat(lit) : plain, cards };
}

/** Room around a card for its ring, and around an edge's ends for the turns of its route and its width. */
const CARD_PAD = 5;
const ROUTE_SLACK = 40;
export const cardBox = (c: SceneCard): Box => ({ x0: c.x - CARD_PAD, y0: c.y - CARD_PAD, x1: c.x + c.width + CARD_PAD, y1: c.y + c.height + CARD_PAD });
/** Room around a straight segment of a route: its rounded turns (radius 10) and its width. */
const SEGMENT_SLACK = 14;

/**
 * The boxes an edge's route covers. A route down the bands (bottom handle to a top handle below it) is three
 * segments: down from the source to its turn, across, down into the target; three thin boxes instead of the
 * box of its ends (a Service's edge to a far pod would otherwise cover a whole band of cards, all redrawn when it
 * changes). Other routes: the box of the ends with room for their detours. A label adds its own box.
 */
function routeBoxes(from: End, to: End, label: { x: number; y: number; text: string } | null): Box[] {
  const out: Box[] = [];
  if (from.position === Position.Bottom && to.position === Position.Top && to.y >= from.y) {
    const turn = to.y > from.y + 40 ? from.y + 16 : (from.y + to.y) / 2;
    const s = SEGMENT_SLACK;
    out.push(
      { x0: from.x - s, y0: from.y - s, x1: from.x + s, y1: turn + s },
      { x0: Math.min(from.x, to.x) - s, y0: turn - s, x1: Math.max(from.x, to.x) + s, y1: turn + s },
      { x0: to.x - s, y0: turn - s, x1: to.x + s, y1: to.y + s },
    );
  } else {
    out.push({
      x0: Math.min(from.x, to.x) - ROUTE_SLACK, y0: Math.min(from.y, to.y) - ROUTE_SLACK,
      x1: Math.max(from.x, to.x) + ROUTE_SLACK, y1: Math.max(from.y, to.y) + ROUTE_SLACK,
    });
  }
  if (label) {
    const half = (label.text.length * 6.4 + 8) / 2 + 2;
    out.push({ x0: label.x - half, y0: label.y - 10, x1: label.x + half, y1: label.y + 10 });
  }
  return out;
}

const sameLanes = (a: readonly SceneLane[], b: readonly SceneLane[]) => a.length === b.length
  && a.every((l, i) => l.x === b[i]!.x && l.y === b[i]!.y && l.width === b[i]!.width && l.height === b[i]!.height && l.label === b[i]!.label);

/** Above this many changed shapes a frame is simply redrawn whole. */
const MAX_DIRTY = 96;

/**
 * Where `next` differs from `prev` (flow coordinates): the old and new place of every card and edge that appeared,
 * changed or went. 'all' when the lanes changed or too much did; [] when nothing did.
 */
export function sceneDiff(prev: Scene, next: Scene): Box[] | 'all' {
  if (prev === next) return [];
  if (!sameLanes(prev.lanes, next.lanes)) return 'all';
  const dirty: Box[] = [];
  const diff = <T extends { id: string }>(a: readonly T[], b: readonly T[], boxes: (x: T) => readonly Box[]): boolean => {
    // Most frames keep every shape in place: compare by position, and fall back to ids only when the lists differ.
    if (a.length === b.length && a.every((x, i) => x.id === b[i]!.id)) {
      for (let i = 0; i < a.length; i++) {
        if (a[i] === b[i]) continue;
        dirty.push(...boxes(a[i]!), ...boxes(b[i]!));
        if (dirty.length > MAX_DIRTY) return false;
      }
      return true;
    }
    const before = new Map(a.map((x) => [x.id, x]));
    for (const x of b) {
      const old = before.get(x.id);
      before.delete(x.id);
      if (old === x) continue;
      if (old) dirty.push(...boxes(old));
      dirty.push(...boxes(x));
      if (dirty.length > MAX_DIRTY) return false;
    }
    for (const old of before.values()) dirty.push(...boxes(old));
    return dirty.length <= MAX_DIRTY;
  };
  if (!diff(prev.cards, next.cards, (c) => [cardBox(c)]) || !diff(prev.edges, next.edges, (e) => e.boxes)) return 'all';
  return dirty;
}
