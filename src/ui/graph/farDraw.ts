// Draws a scene (farScene.ts) on a 2D canvas the size of the graph pane, through the flow's viewport transform: as
// full cards laid out as the DOM lays them out (farZoom.ts 'crowded', and the overview where it takes over), or,
// zoomed further out, as the far overview (each card's name, larger, on its status colour, in the same place).
// Everything outside the view (or outside the regions to redraw) is skipped, and names too small to read (under
// MIN_TEXT_PX on screen, farCard.ts) are not drawn.
import type { Palette } from './canvasPalette';
import { FAR_ZOOM, MANY_EDGES } from './farZoom';
import { drawCard, drawCardDetail } from './farCard';
import type { RelationKind } from './relations';
import { cardBox, type Scene, type SceneEdge } from './farScene';
import { overlaps, viewBoxOf, type Box } from './viewBox';

/** How the canvas sees the flow. `detail`: draw full cards (kind badge, name, status, fields) and edges with
 * their dashes and labels, as the DOM cards look; otherwise the far-zoom overview (names on status colours). */
export interface View {
  readonly x: number; readonly y: number; readonly zoom: number; readonly width: number; readonly height: number; readonly dpr: number;
  readonly detail: boolean;
}
export interface Drawn { readonly cards: number; readonly edges: number }

/** The band below FAR_ZOOM over which a far card turns from the full card into its name (a fraction of FAR_ZOOM). */
const RAMP_BAND = 0.3;

const SELECTS = '#8e5bd6';
const USES = '#0e8a8a';
const GUARDS = '#c2410c';
function edgeColour(relation: RelationKind, p: Palette): string {
  switch (relation) {
    case 'selects': return SELECTS;
    case 'claim': return p.tones.creating;
    case 'bound': return p.tones.bound;
    case 'provisioned-by': return p.muted;
    case 'dns': case 'resolves-to': return p.tones.available;
    case 'uses': return USES;
    case 'guards': return GUARDS;
    default: return p.tones.neutral;
  }
}

const paths = new Map<string, Path2D>();
function path2d(d: string): Path2D {
  let p = paths.get(d);
  if (!p) {
    if (paths.size > 20_000) paths.clear();
    p = new Path2D(d);
    paths.set(d, p);
  }
  return p;
}


const DASHES: Partial<Record<RelationKind, number[]>> = { selects: [5, 4], claim: [2, 3], 'provisioned-by': [1, 4], dns: [6, 3], uses: [4, 3], guards: [8, 3, 2, 3] };
/** Long dashed relations drawn solid and faint when there are many (farZoom.ts MANY_EDGES). */
const FAINT = new Set<RelationKind>(['selects', 'provisioned-by']);
const WIDTH: Partial<Record<RelationKind, number>> = { bound: 2.2, 'resolves-to': 2 };
const LABEL_CHAR_WIDTH = 6.4;

function drawLabel(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, p: Palette): void {
  const width = text.length * LABEL_CHAR_WIDTH + 8;
  ctx.globalAlpha = 1;
  ctx.fillStyle = p.panel;
  ctx.beginPath();
  ctx.roundRect(x - width / 2, y - 8, width, 16, 4);
  ctx.fill();
  ctx.font = `600 10.5px ${p.mono}`;
  ctx.fillStyle = p.tones.available;
  ctx.textAlign = 'center';
  ctx.fillText(text, x, y);
  ctx.textAlign = 'left';
}

const hits = (b: Box, boxes: readonly Box[] & { bound?: Box }) => (!boxes.bound || overlaps(b, boxes.bound)) && boxes.some((d) => overlaps(b, d));
const viewOf = (v: View) => viewBoxOf({ transform: [v.x, v.y, v.zoom], width: v.width, height: v.height });

/**
 * Draws `scene` seen through `view`. With `only`, just those regions (flow coordinates) are cleared and redrawn,
 * with everything that overlaps them: a playback frame usually changes a few cards, and repainting (then
 * handing the compositor) a whole pane of text and paths for them was most of a frame's cost.
 */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, view: View, p: Palette, only?: readonly Box[]): void {
  const { x: tx, y: ty, zoom, width, height, dpr } = view;
  // The view in flow coordinates, and the regions to draw.
  const viewBox = viewOf(view);
  const { x0: left, y0: top } = viewBox;
  const inRegions = only ? only.filter((b) => hits(b, [viewBox])) : [viewBox];
  if (inRegions.length === 0) return;
  // A shape outside the regions' bounding box is skipped with one test (a frame's regions are few and close; the
  // shapes are thousands).
  const bound: Box = {
    x0: Math.min(...inRegions.map((b) => b.x0)), y0: Math.min(...inRegions.map((b) => b.y0)),
    x1: Math.max(...inRegions.map((b) => b.x1)), y1: Math.max(...inRegions.map((b) => b.y1)),
  };
  const regions = Object.assign(inRegions, { bound });
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (only) {
    // Clip to the regions, widened to whole device pixels (so no half-painted edge pixels are left behind).
    const k = zoom * dpr;
    ctx.beginPath();
    for (const b of regions) {
      const x0 = Math.floor((b.x0 - left) * k);
      const y0 = Math.floor((b.y0 - top) * k);
      ctx.rect(x0, y0, Math.ceil((b.x1 - left) * k) - x0, Math.ceil((b.y1 - top) * k) - y0);
    }
    ctx.clip();
  }
  ctx.clearRect(0, 0, width * dpr, height * dpr);
  ctx.setTransform(zoom * dpr, 0, 0, zoom * dpr, tx * dpr, ty * dpr);

  for (const lane of scene.lanes) {
    if (!hits({ x0: lane.x, y0: lane.y, x1: lane.x + lane.width, y1: lane.y + lane.height }, regions)) continue;
    ctx.beginPath();
    ctx.roundRect(lane.x, lane.y, lane.width, lane.height, 12);
    ctx.globalAlpha = 0.07;
    ctx.fillStyle = p.muted;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.setLineDash([6, 4]);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = p.border;
    ctx.stroke();
    ctx.setLineDash([]);
    if (lane.label) {
      ctx.font = `600 11px ${p.mono}`;
      ctx.fillStyle = p.muted;
      ctx.textBaseline = 'top';
      ctx.fillText(lane.label.toUpperCase(), lane.x + 10, lane.y + 8);
    }
  }

  ctx.textBaseline = 'middle';
  const manyEdges = scene.edges.length > MANY_EDGES;
  const labels: SceneEdge[] = [];
  /** The overview's edges are plain lines: one path per colour, width and opacity, stroked once (thousands of
   * stroke calls were a large part of a frame of a 1,000-pod graph). Lit edges still come last. */
  const batches = new Map<string, { colour: string; width: number; alpha: number; path: Path2D }>();
  for (const e of scene.edges) {
    if (!e.boxes.some((b) => hits(b, regions))) continue;
    if (!view.detail) {
      const colour = edgeColour(e.relation, p);
      const width = e.lit ? 3 : 1;
      const alpha = e.dimmed ? 0.1 : 1;
      const key = `${colour}|${width}|${alpha}`;
      let batch = batches.get(key);
      if (!batch) batches.set(key, (batch = { colour, width, alpha, path: new Path2D() }));
      batch.path.addPath(path2d(e.path));
      continue;
    }
    ctx.globalAlpha = e.dimmed ? 0.1 : 1;
    ctx.strokeStyle = edgeColour(e.relation, p);
    {
      ctx.lineWidth = WIDTH[e.relation] ?? (e.lit ? 3 : 1.5);
      const faint = manyEdges && FAINT.has(e.relation);
      ctx.setLineDash(faint ? [] : DASHES[e.relation] ?? []);
      if (faint) ctx.globalAlpha *= 0.55;
      if (e.label) labels.push(e);
    }
    ctx.stroke(path2d(e.path));
  }
  for (const b of batches.values()) {
    ctx.globalAlpha = b.alpha;
    ctx.strokeStyle = b.colour;
    ctx.lineWidth = b.width;
    ctx.stroke(b.path);
  }
  ctx.setLineDash([]);
  for (const e of labels) drawLabel(ctx, e.label, e.labelX, e.labelY, p);

  const ramp = Math.min(1, Math.max(0, (FAR_ZOOM - zoom) / (FAR_ZOOM * RAMP_BAND)));
  for (const c of scene.cards) {
    if (!hits(cardBox(c), regions)) continue;
    if (view.detail) drawCardDetail(ctx, c, p);
    else drawCard(ctx, c, p, ramp, zoom, dpr);
  }
  ctx.restore();
}

/** How many cards and edges of `scene` are in view (what the canvas shows; for tests and the curious). */
export function countInView(scene: Scene, view: View): Drawn {
  const viewBox = [viewOf(view)];
  return {
    cards: scene.cards.reduce((n, c) => n + Number(hits(cardBox(c), viewBox)), 0),
    edges: scene.edges.reduce((n, e) => n + Number(e.boxes.some((b) => hits(b, viewBox))), 0),
  };
}
