// Draws a scene (farScene.ts) on a 2D canvas the size of the graph pane, through the flow's viewport transform: as
// the far-zoom overview (names on status colours) or as full cards (farZoom.ts 'crowded'). Everything outside the
// view (or outside the regions to redraw) is skipped, and overview names too small to read (under MIN_TEXT_PX on
// screen) are not drawn.
import type { Palette } from './canvasPalette';
import { MANY_EDGES } from './farZoom';
import type { RelationKind } from './relations';
import { cardBox, type Scene, type SceneCard, type SceneEdge } from './farScene';
import { overlaps, viewBoxOf, type Box } from './viewBox';

/** How the canvas sees the flow. `detail`: draw full cards (kind badge, name, status, fields) and edges with
 * their dashes and labels, as the DOM cards look; otherwise the far-zoom overview (names on status colours). */
export interface View {
  readonly x: number; readonly y: number; readonly zoom: number; readonly width: number; readonly height: number; readonly dpr: number;
  readonly detail: boolean;
}
export interface Drawn { readonly cards: number; readonly edges: number }

const NAME_PX = 26;
const MIN_TEXT_PX = 3;

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

/** A name cut with an ellipsis to fit `max` (in the current font), remembered per font and width. */
const fitted = new Map<string, string>();
function fitText(ctx: CanvasRenderingContext2D, font: string, text: string, max: number): string {
  // The font is passed in: reading ctx.font back serializes it, a cost per card per frame.
  const key = `${font}|${max}|${text}`;
  let out = fitted.get(key);
  if (out !== undefined) return out;
  if (fitted.size > 20_000) fitted.clear();
  out = text;
  if (ctx.measureText(text).width > max) {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ctx.measureText(`${text.slice(0, mid)}…`).width <= max) lo = mid;
      else hi = mid - 1;
    }
    out = `${text.slice(0, lo)}…`;
  }
  fitted.set(key, out);
  return out;
}

const RADIUS: Record<SceneCard['shape'], number> = { box: 8, controller: 8, service: 20, dns: 8 };
const BORDER: Record<SceneCard['shape'], number> = { box: 2, controller: 4, service: 2, dns: 1.5 };

/**
 * A card's shell: its ring (hovered relations, selection), its fill (layers of colour and opacity), its border
 * (dashed while Terminating; double for a controller's full card, as CSS draws `4px double`) and a DNS name's bar.
 */
function drawShell(ctx: CanvasRenderingContext2D, c: SceneCard, p: Palette, alpha: number, fill: readonly (readonly [string, number])[], double: boolean): void {
  const tone = p.tones[c.tone];
  const r = RADIUS[c.shape];
  if (c.ring) {
    const pad = c.ring === 'selected' ? 3 : 2;
    ctx.beginPath();
    ctx.roundRect(c.x - pad, c.y - pad, c.width + 2 * pad, c.height + 2 * pad, r + pad);
    ctx.fillStyle = c.ring === 'selected' ? p.accent : tone;
    ctx.globalAlpha = c.ring === 'selected' ? alpha * 0.45 : alpha;
    ctx.fill();
  }
  ctx.beginPath();
  ctx.roundRect(c.x, c.y, c.width, c.height, r);
  for (const [colour, opacity] of fill) {
    ctx.globalAlpha = alpha * opacity;
    ctx.fillStyle = colour;
    ctx.fill();
  }
  ctx.globalAlpha = alpha;
  ctx.strokeStyle = tone;
  if (c.dashed) ctx.setLineDash([6, 4]);
  const lines = double ? [[0.67, 1.33], [3.33, 1.33]] : [[BORDER[c.shape] / 2, BORDER[c.shape]]];
  for (const [inset, width] of lines) {
    ctx.lineWidth = width!;
    ctx.beginPath();
    ctx.roundRect(c.x + inset!, c.y + inset!, c.width - 2 * inset!, c.height - 2 * inset!, Math.max(0, r - inset!));
    ctx.stroke();
  }
  if (c.dashed) ctx.setLineDash([]);
  if (c.shape === 'dns') {
    ctx.fillStyle = tone;
    ctx.beginPath();
    ctx.roundRect(c.x, c.y, 6, c.height, [r, 0, 0, r]);
    ctx.fill();
  }
}

/** A far card: its name on its status colour (16 % over the panel, as graph.css mixes it). */
function drawCard(ctx: CanvasRenderingContext2D, c: SceneCard, p: Palette, font: string | null): void {
  drawShell(ctx, c, p, c.alpha, [[p.panel, 1], [p.tones[c.tone], 0.16]], false);
  if (font) {
    const left = c.shape === 'dns' ? 14 : c.shape === 'service' ? 14 : 10;
    ctx.fillStyle = p.text;
    ctx.fillText(fitText(ctx, font, c.text, c.width - left - 10), c.x + left, c.y + c.height / 2);
  }
}

const DASHES: Partial<Record<RelationKind, number[]>> = { selects: [5, 4], claim: [2, 3], 'provisioned-by': [1, 4], dns: [6, 3], uses: [4, 3], guards: [8, 3, 2, 3] };
/** Long dashed relations drawn solid and faint when there are many (farZoom.ts MANY_EDGES). */
const FAINT = new Set<RelationKind>(['selects', 'provisioned-by']);
const WIDTH: Partial<Record<RelationKind, number>> = { bound: 2.2, 'resolves-to': 2 };
const LABEL_CHAR_WIDTH = 6.4;

/** A full card, laid out as graph.css lays out the DOM card: badge and name on top, status and detail below,
 * the extra line (claim, volume, IP) at the bottom of a tall card. */
function drawCardDetail(ctx: CanvasRenderingContext2D, c: SceneCard, p: Palette): void {
  const tone = p.tones[c.tone];
  const plain = c.badge === 'node' || c.badge === 'sc' ? p.panel2 : p.panel;
  drawShell(ctx, c, p, c.alpha * (c.system ? 0.55 : 1), [[plain, 1]], c.shape === 'controller');
  const left = c.x + (c.shape === 'service' ? 14 : c.shape === 'dns' ? 13 : 10);
  const right = c.x + c.width - (c.shape === 'service' ? 14 : 10);
  const top = c.y + 14;
  // Kind badge.
  const badgeFont = `600 10px ${p.mono}`;
  ctx.font = badgeFont;
  const badge = c.badge.toUpperCase();
  const badgeWidth = ctx.measureText(badge).width + 8;
  ctx.fillStyle = tone;
  ctx.beginPath();
  ctx.roundRect(left, top - 7, badgeWidth, 14, 4);
  ctx.fill();
  ctx.fillStyle = '#fff';
  ctx.fillText(badge, left + 4, top + 0.5);
  // Name (and a DNS name's zone).
  const nameFont = `600 12px ${p.font}`;
  ctx.font = nameFont;
  ctx.fillStyle = p.text;
  const nameX = left + badgeWidth + 6;
  const name = fitText(ctx, nameFont, c.text, right - nameX);
  ctx.fillText(name, nameX, top);
  if (c.zone && name === c.text) {
    const zoneX = nameX + ctx.measureText(name).width;
    const zoneFont = `400 10.5px ${p.font}`;
    ctx.font = zoneFont;
    ctx.fillStyle = p.muted;
    ctx.fillText(fitText(ctx, zoneFont, c.zone, right - zoneX), zoneX, top);
  }
  // Status, detail; the extra line.
  const foot = c.extra ? c.y + c.height / 2 : c.y + c.height - 13;
  const statusFont = `650 12px ${p.font}`;
  ctx.font = statusFont;
  ctx.fillStyle = tone;
  ctx.fillText(c.status, left, foot);
  const statusWidth = ctx.measureText(c.status).width;
  if (c.detail) {
    const detailFont = `400 11px ${p.font}`;
    ctx.font = detailFont;
    ctx.fillStyle = p.muted;
    const detail = fitText(ctx, detailFont, c.detail, right - left - statusWidth - 6);
    ctx.textAlign = 'right';
    ctx.fillText(detail, right, foot);
    ctx.textAlign = 'left';
  }
  if (c.extra) {
    const extraFont = `400 10.5px ${p.mono}`;
    ctx.font = extraFont;
    ctx.fillStyle = p.muted;
    ctx.fillText(fitText(ctx, extraFont, c.extra, right - left), left, c.y + c.height - 13);
  }
}

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

const hits = (b: Box, boxes: readonly Box[]) => boxes.some((d) => overlaps(b, d));
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
  const regions = only ? only.filter((b) => hits(b, [viewBox])) : [viewBox];
  if (regions.length === 0) return;
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
  for (const e of scene.edges) {
    if (!e.boxes.some((b) => hits(b, regions))) continue;
    ctx.globalAlpha = e.dimmed ? 0.1 : 1;
    ctx.strokeStyle = edgeColour(e.relation, p);
    if (view.detail) {
      ctx.lineWidth = WIDTH[e.relation] ?? (e.lit ? 3 : 1.5);
      const faint = manyEdges && FAINT.has(e.relation);
      ctx.setLineDash(faint ? [] : DASHES[e.relation] ?? []);
      if (faint) ctx.globalAlpha *= 0.55;
      if (e.label) labels.push(e);
    } else {
      ctx.lineWidth = e.lit ? 3 : 1;
    }
    ctx.stroke(path2d(e.path));
  }
  ctx.setLineDash([]);
  for (const e of labels) drawLabel(ctx, e.label, e.labelX, e.labelY, p);

  const font = `700 ${NAME_PX}px ${p.font}`;
  const withText = NAME_PX * zoom * dpr >= MIN_TEXT_PX;
  ctx.font = font;
  for (const c of scene.cards) {
    if (!hits(cardBox(c), regions)) continue;
    if (view.detail) drawCardDetail(ctx, c, p);
    else drawCard(ctx, c, p, withText ? font : null);
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
