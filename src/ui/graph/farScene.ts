// The far-zoom overview as a list of shapes in flow coordinates: lanes, edges, then cards, each with what the
// canvas needs to draw it (farDraw.ts). Pure: the same flow gives the same scene, and it mirrors what graph.css
// shows for a far card (its name on its status colour, a border in that colour, plain edges).
import type { FlowNode, K8sFlowEdge, K8sFlowNode } from './graphModel';
import type { RelationKind } from './relations';
import type { Tone } from './status';
import { edgeEnds, edgeRoute, nodesById } from './edgeGeometry';
import { cardTitle } from './nodes/cardText';
import { COMPACT_HEIGHT } from './layout';

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
  /** Bounding box of the two ends, for culling. */
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
  readonly lit: boolean;
  readonly dimmed: boolean;
}

export interface Scene { readonly lanes: readonly SceneLane[]; readonly edges: readonly SceneEdge[]; readonly cards: readonly SceneCard[] }

const SHAPES: Partial<Record<string, CardShape>> = {
  StatefulSet: 'controller', Deployment: 'controller', ReplicaSet: 'controller', Service: 'service', DNSRecord: 'dns',
};

const hasClass = (className: string | undefined, c: string) => (className ? ` ${className} `.includes(` ${c} `) : false);

/** The drawn height of a card: system cards (kube-dns and the like) are short, as graph.css draws them. */
export const cardHeight = (n: K8sFlowNode) =>
  (hasClass(n.className, 'system') ? Math.min(COMPACT_HEIGHT, n.height ?? COMPACT_HEIGHT) : n.height ?? 0);

/** The route of each edge, kept while its ends stay put (the path is the costly part, and ends rarely move). */
const routes = new Map<string, { key: string; route: string }>();
const MAX_ROUTES = 20_000;

function routeOf(edge: K8sFlowEdge, from: { x: number; y: number }, to: { x: number; y: number }, compute: () => string): string {
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
  const card: SceneCard = {
    id: n.id, x: n.position.x, y: n.position.y, width: n.width ?? 0, height: cardHeight(n),
    tone: data.tone, shape: SHAPES[data.kind] ?? 'box', text: cardTitle(data.kind, data.name)[0],
    alpha: (terminating ? 0.4 : 1) * (dimmed ? 0.18 : 1), dashed: terminating,
    ring: n.selected ? 'selected' : hasClass(className, 'lit') ? 'lit' : null,
  };
  cardCache.set(n, card);
  return card;
}

/** The last scene edge per edge id, returned again while nothing about it changed. */
const edgeCache = new Map<string, SceneEdge>();

export function farScene(nodes: readonly FlowNode[], edges: readonly K8sFlowEdge[]): Scene {
  const lanes: SceneLane[] = [];
  const cards: SceneCard[] = [];
  for (const n of nodes) {
    if (n.type === 'lane') lanes.push({ x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0, label: n.data.label });
    else cards.push(sceneCard(n));
  }
  const byId = nodesById(nodes);
  const sceneEdges: SceneEdge[] = [];
  for (const e of edges) {
    const ends = edgeEnds(e, byId);
    const relation = e.data?.relation;
    if (!ends || !relation) continue;
    const [from, to] = ends;
    const path = routeOf(e, from, to, () => edgeRoute(from, to, relation).path);
    const lit = hasClass(e.className, 'lit');
    const dimmed = hasClass(e.className, 'dimmed');
    const hit = edgeCache.get(e.id);
    if (hit && hit.path === path && hit.relation === relation && hit.lit === lit && hit.dimmed === dimmed) {
      sceneEdges.push(hit);
      continue;
    }
    if (edgeCache.size > MAX_ROUTES) edgeCache.clear();
    const edge: SceneEdge = {
      id: e.id, relation, path,
      minX: Math.min(from.x, to.x), minY: Math.min(from.y, to.y), maxX: Math.max(from.x, to.x), maxY: Math.max(from.y, to.y),
      lit, dimmed,
    };
    edgeCache.set(e.id, edge);
    sceneEdges.push(edge);
  }
  // Lit edges last, over the dimmed ones.
  sceneEdges.sort((a, b) => Number(a.lit) - Number(b.lit));
  return { lanes, edges: sceneEdges, cards };
}

export interface Box { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number }

/** Room around a card for its ring, and around an edge's ends for the turns of its route and its width. */
export const CARD_PAD = 5;
export const ROUTE_SLACK = 40;
export const cardBox = (c: SceneCard): Box => ({ x0: c.x - CARD_PAD, y0: c.y - CARD_PAD, x1: c.x + c.width + CARD_PAD, y1: c.y + c.height + CARD_PAD });
export const edgeBox = (e: SceneEdge): Box => ({ x0: e.minX - ROUTE_SLACK, y0: e.minY - ROUTE_SLACK, x1: e.maxX + ROUTE_SLACK, y1: e.maxY + ROUTE_SLACK });

const sameLanes = (a: readonly SceneLane[], b: readonly SceneLane[]) => a.length === b.length
  && a.every((l, i) => l.x === b[i]!.x && l.y === b[i]!.y && l.width === b[i]!.width && l.height === b[i]!.height && l.label === b[i]!.label);

/** Above this many changed shapes a frame is simply redrawn whole. */
const MAX_DIRTY = 64;

/**
 * Where `next` differs from `prev` (flow coordinates): the old and new place of every card and edge that appeared,
 * changed or went. 'all' when the lanes changed or too much did; [] when nothing did.
 */
export function sceneDiff(prev: Scene, next: Scene): Box[] | 'all' {
  if (prev === next) return [];
  if (!sameLanes(prev.lanes, next.lanes)) return 'all';
  const dirty: Box[] = [];
  const diff = <T extends { id: string }>(a: readonly T[], b: readonly T[], box: (x: T) => Box): boolean => {
    const before = new Map(a.map((x) => [x.id, x]));
    for (const x of b) {
      const old = before.get(x.id);
      before.delete(x.id);
      if (old === x) continue;
      if (old) dirty.push(box(old));
      dirty.push(box(x));
      if (dirty.length > MAX_DIRTY) return false;
    }
    for (const old of before.values()) dirty.push(box(old));
    return dirty.length <= MAX_DIRTY;
  };
  if (!diff(prev.cards, next.cards, cardBox) || !diff(prev.edges, next.edges, edgeBox)) return 'all';
  return dirty;
}
