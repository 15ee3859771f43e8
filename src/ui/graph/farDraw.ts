// Draws a far-zoom scene (farScene.ts) on a 2D canvas the size of the graph pane, through the flow's viewport
// transform. Everything outside the view is skipped, and names too small to read (under MIN_TEXT_PX on screen)
// are not drawn.
import type { Palette } from './canvasPalette';
import type { RelationKind } from './relations';
import type { Scene, SceneCard } from './farScene';

export interface View { readonly x: number; readonly y: number; readonly zoom: number; readonly width: number; readonly height: number; readonly dpr: number }
export interface Drawn { readonly cards: number; readonly edges: number }

const NAME_PX = 26;
const MIN_TEXT_PX = 3;
/** Room an edge's route may take beyond the box of its two ends (the turns of a smooth-step path). */
const ROUTE_SLACK = 40;

const SELECTS = '#8e5bd6';
function edgeColour(relation: RelationKind, p: Palette): string {
  switch (relation) {
    case 'selects': return SELECTS;
    case 'claim': return p.tones.creating;
    case 'bound': return p.tones.bound;
    case 'provisioned-by': return p.muted;
    case 'dns': case 'resolves-to': return p.tones.available;
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

function drawCard(ctx: CanvasRenderingContext2D, c: SceneCard, p: Palette, font: string | null): void {
  const tone = p.tones[c.tone];
  const r = RADIUS[c.shape];
  ctx.globalAlpha = c.alpha;
  if (c.ring) {
    const pad = c.ring === 'selected' ? 3 : 2;
    ctx.beginPath();
    ctx.roundRect(c.x - pad, c.y - pad, c.width + 2 * pad, c.height + 2 * pad, r + pad);
    ctx.fillStyle = c.ring === 'selected' ? p.accent : tone;
    if (c.ring === 'selected') ctx.globalAlpha = c.alpha * 0.45;
    ctx.fill();
    ctx.globalAlpha = c.alpha;
  }
  ctx.beginPath();
  ctx.roundRect(c.x, c.y, c.width, c.height, r);
  ctx.fillStyle = p.panel;
  ctx.fill();
  // The card's colour at 16 % over the panel, as graph.css mixes it.
  ctx.globalAlpha = c.alpha * 0.16;
  ctx.fillStyle = tone;
  ctx.fill();
  ctx.globalAlpha = c.alpha;
  const border = BORDER[c.shape];
  ctx.lineWidth = border;
  ctx.strokeStyle = tone;
  if (c.dashed) ctx.setLineDash([6, 4]);
  ctx.beginPath();
  ctx.roundRect(c.x + border / 2, c.y + border / 2, c.width - border, c.height - border, Math.max(0, r - border / 2));
  ctx.stroke();
  if (c.dashed) ctx.setLineDash([]);
  if (c.shape === 'dns') {
    ctx.fillStyle = tone;
    ctx.beginPath();
    ctx.roundRect(c.x, c.y, 6, c.height, [r, 0, 0, r]);
    ctx.fill();
  }
  if (font) {
    const left = c.shape === 'dns' ? 14 : c.shape === 'service' ? 14 : 10;
    ctx.fillStyle = p.text;
    ctx.fillText(fitText(ctx, font, c.text, c.width - left - 10), c.x + left, c.y + c.height / 2);
  }
}

export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, view: View, p: Palette): Drawn {
  const { x: tx, y: ty, zoom, width, height, dpr } = view;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width * dpr, height * dpr);
  ctx.setTransform(zoom * dpr, 0, 0, zoom * dpr, tx * dpr, ty * dpr);
  // The view in flow coordinates.
  const left = -tx / zoom;
  const top = -ty / zoom;
  const right = left + width / zoom;
  const bottom = top + height / zoom;
  const visible = (x0: number, y0: number, x1: number, y1: number) => x1 >= left && x0 <= right && y1 >= top && y0 <= bottom;

  for (const lane of scene.lanes) {
    if (!visible(lane.x, lane.y, lane.x + lane.width, lane.y + lane.height)) continue;
    ctx.globalAlpha = 1;
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

  let edges = 0;
  for (const e of scene.edges) {
    if (!visible(e.minX - ROUTE_SLACK, e.minY - ROUTE_SLACK, e.maxX + ROUTE_SLACK, e.maxY + ROUTE_SLACK)) continue;
    ctx.globalAlpha = e.dimmed ? 0.1 : 1;
    ctx.lineWidth = e.lit ? 3 : 1;
    ctx.strokeStyle = edgeColour(e.relation, p);
    ctx.stroke(path2d(e.path));
    edges++;
  }

  const font = `700 ${NAME_PX}px ${p.font}`;
  const withText = NAME_PX * zoom * dpr >= MIN_TEXT_PX;
  ctx.font = font;
  ctx.textBaseline = 'middle';
  let cards = 0;
  for (const c of scene.cards) {
    if (!visible(c.x - 4, c.y - 4, c.x + c.width + 4, c.y + c.height + 4)) continue;
    drawCard(ctx, c, p, withText ? font : null);
    cards++;
  }
  ctx.globalAlpha = 1;
  return { cards, edges };
}
