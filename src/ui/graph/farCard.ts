// One card on the graph's canvas (farDraw.ts draws the scene): the full card as the DOM draws it (the 'crowded'
// canvas, and the overview where it takes over), or, zoomed further out, its name growing on its status colour.
import type { Palette } from './canvasPalette';
import { NAME_LINE_PX, splitName } from './nodes/cardText';
import type { SceneCard } from './farScene';

/** The far overview's name size (flow px), reached at the bottom of the band below FAR_ZOOM. */
const NAME_PX = 28;
const MIN_TEXT_PX = 3;

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
function drawShell(ctx: CanvasRenderingContext2D, c: SceneCard, p: Palette, alpha: number, fill: readonly (readonly [string, number])[], double: boolean, scale = Infinity): void {
  const border = BORDER[c.shape];
  const tone = p.tones[c.tone];
  const r = RADIUS[c.shape];
  // Corners under a device pixel (a card far out): plain rectangles, which rasterize far faster and look the same.
  if (r * scale < SHARP_BELOW_PX) { drawSharpShell(ctx, c, tone, p, alpha, fill, border); return; }
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
  const lines = double ? [[0.67, 1.33], [3.33, 1.33]] : [[border / 2, border]];
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

/** Below this many device pixels of corner radius a card is drawn with square corners. */
const SHARP_BELOW_PX = 1;

/** drawShell for a card too small on screen for its rounded corners, dashes or double border to show. */
function drawSharpShell(ctx: CanvasRenderingContext2D, c: SceneCard, tone: string, p: Palette, alpha: number, fill: readonly (readonly [string, number])[], border: number): void {
  if (c.ring) {
    const pad = c.ring === 'selected' ? 3 : 2;
    ctx.fillStyle = c.ring === 'selected' ? p.accent : tone;
    ctx.globalAlpha = c.ring === 'selected' ? alpha * 0.45 : alpha;
    ctx.fillRect(c.x - pad, c.y - pad, c.width + 2 * pad, c.height + 2 * pad);
  }
  for (const [colour, opacity] of fill) {
    ctx.globalAlpha = alpha * opacity;
    ctx.fillStyle = colour;
    ctx.fillRect(c.x, c.y, c.width, c.height);
  }
  ctx.globalAlpha = alpha;
  ctx.strokeStyle = tone;
  ctx.lineWidth = border;
  ctx.strokeRect(c.x + border / 2, c.y + border / 2, c.width - border, c.height - border);
  if (c.shape === 'dns') {
    ctx.fillStyle = tone;
    ctx.fillRect(c.x, c.y, 6, c.height);
  }
}

/**
 * A far card. Where the canvas takes over (FAR_ZOOM) it is the full card, exactly as the DOM draws it (no jump);
 * zooming further out (`ramp` 0 → 1 over the band below FAR_ZOOM) its small lines fade, its name grows from the
 * DOM's 13 px to NAME_PX (two lines at most, still cut in the middle) and its fill takes its status colour, so a
 * far card is its name on its status colour, in the same place.
 */
export function drawCard(ctx: CanvasRenderingContext2D, c: SceneCard, p: Palette, ramp: number, zoom: number, dpr: number): void {
  if (ramp <= 0) { drawCardDetail(ctx, c, p); return; }
  const alpha = c.alpha * (c.system ? 0.55 : 1);
  drawShell(ctx, c, p, alpha, [[c.badge === 'node' || c.badge === 'sc' ? p.panel2 : p.panel, 1], [p.tones[c.tone], 0.18 * ramp]], c.shape === 'controller' && ramp < 0.2, zoom * dpr);
  // The first fifth of the band: the small lines fade out, the name stays as the DOM draws it; then it grows, to its
  // full size by three fifths (where the DOM's 13 px name would read at 5 px, the far name reads at 9).
  const fade = Math.max(0, 1 - ramp / 0.2);
  if (fade > 0) {
    ctx.globalAlpha = alpha * fade;
    drawCardLines(ctx, c, p, false);
  }
  const grow = Math.min(1, Math.max(0, (ramp - 0.2) / 0.4));
  const size = NAME_BASE_PX + (NAME_PX - NAME_BASE_PX) * grow;
  if (size * zoom * dpr < MIN_TEXT_PX) return;
  const box = contentBox(c);
  const lineHeight = size * LINE_RATIO;
  const maxLines = c.compact ? 1 : Math.max(1, Math.min(2, Math.floor((c.y + c.height - box.top) / lineHeight)));
  // A DNS name's first label is the one that matters (the pod's name): far out it stands alone.
  const text = c.shape === 'dns' ? c.text.split('.')[0]! : c.text;
  const lines = grow === 0 ? c.lines : farLines(text, size, maxLines);
  const font = `700 ${size.toFixed(1)}px ${p.font}`;
  ctx.font = font;
  ctx.globalAlpha = alpha;
  ctx.fillStyle = p.text;
  lines.slice(0, maxLines).forEach((line, i) => ctx.fillText(fitText(ctx, font, line, box.right - box.left), box.left, box.top + lineHeight * (i + 0.5)));
}

/** A far name's lines at a font size (sizes rounded to a tenth: the ramp draws many), remembered. */
const farSplits = new Map<string, readonly string[]>();
function farLines(text: string, size: number, maxLines: number): readonly string[] {
  const key = `${size.toFixed(1)}|${maxLines}|${text}`;
  let out = farSplits.get(key);
  if (!out) {
    if (farSplits.size > 20_000) farSplits.clear();
    // A little under the line's room: the canvas' bold is a touch wider than the table splitName measures with,
    // and a line it then had to cut at the end would lose the ordinal.
    out = splitName(text, 0.9 * NAME_LINE_PX * (NAME_BASE_PX / Number(size.toFixed(1))), maxLines);
    farSplits.set(key, out);
  }
  return out;
}

const NAME_BASE_PX = 13;
/** Line height over font size on a card (graph.css: 16 px lines for 12–13 px text). */
const LINE_RATIO = 16 / 13;
const LINE = 16;

/** Where a card's text goes, as graph.css pads each kind: border plus padding. */
function contentBox(c: SceneCard): { left: number; right: number; top: number } {
  const side = c.shape === 'service' ? 2 + 12 : c.shape === 'controller' ? 4 + 6 : c.shape === 'dns' ? 0 : 2 + 5;
  const left = c.shape === 'dns' ? c.x + 6 + 5 : c.x + side;
  const right = c.x + c.width - (c.shape === 'dns' ? 1.5 + 5 : side);
  const top = c.y + (c.shape === 'controller' ? 4 + 2 : c.shape === 'dns' ? 1.5 : 2) + (c.compact ? 1 : 2);
  return { left, right, top };
}

/** The text of a full card, line by line as nodes/K8sNode.tsx writes it: the name (one or two lines, a DNS
 * name's zone after it), then the kind badge and STATUS, then the detail (a pod's revision swatch, image and
 * node badge), then the extra line when the name took one line. A compact card: its name and its detail. */
function drawCardLines(ctx: CanvasRenderingContext2D, c: SceneCard, p: Palette, withName: boolean): void {
  const { left, right, top } = contentBox(c);
  const mid = (i: number) => top + LINE * i + LINE / 2;
  const base = ctx.globalAlpha;
  const tone = p.tones[c.tone];
  // Name lines (a DNS name's zone after the last; it fades with the small lines when the name is drawn apart).
  const nameFont = `700 13px ${p.font}`;
  ctx.font = nameFont;
  ctx.fillStyle = p.text;
  c.lines.forEach((line, i) => {
    const shown = fitText(ctx, nameFont, line, right - left);
    if (withName) ctx.fillText(shown, left, mid(i));
    if (c.zone && i === c.lines.length - 1) {
      const zoneX = left + ctx.measureText(shown).width;
      const zoneFont = `400 12px ${p.font}`;
      ctx.font = zoneFont;
      ctx.fillStyle = p.muted;
      ctx.fillText(fitText(ctx, zoneFont, c.zone, right - zoneX), zoneX, mid(i));
      ctx.font = nameFont;
      ctx.fillStyle = p.text;
    }
  });
  let row = c.lines.length;
  const small = `400 12px ${p.font}`;
  if (c.compact) {
    if (c.detail) {
      ctx.font = small;
      ctx.fillStyle = p.muted;
      ctx.fillText(fitText(ctx, small, c.detail, right - left), left, mid(row));
    }
    ctx.globalAlpha = base;
    return;
  }
  // Kind badge and STATUS.
  const badgeFont = `600 12px ${p.mono}`;
  ctx.font = badgeFont;
  const badge = c.badge.toUpperCase();
  const badgeWidth = ctx.measureText(badge).width + 6;
  ctx.fillStyle = tone;
  ctx.beginPath();
  ctx.roundRect(left, mid(row) - 7, badgeWidth, 14, 4);
  ctx.fill();
  ctx.fillStyle = '#fff';
  ctx.fillText(badge, left + 3, mid(row) + 0.5);
  const statusFont = `700 12px ${p.font}`;
  ctx.font = statusFont;
  ctx.fillStyle = tone;
  ctx.fillText(fitText(ctx, statusFont, c.status, right - left - badgeWidth - 6), left + badgeWidth + 6, mid(row));
  row++;
  // Detail: revision swatch, image (mono), node badge at the right.
  let textLeft = left;
  let textRight = right;
  if (c.node) {
    ctx.font = small;
    const w = ctx.measureText(c.node).width + 4 + 3;
    textRight = right - w - 4;
    ctx.strokeStyle = c.nodeColour;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.roundRect(right - w + 0.75, mid(row) - 7, w - 1.5, 14, 7);
    ctx.stroke();
    ctx.fillStyle = p.text;
    ctx.fillText(c.node, right - w + 3.5, mid(row));
  }
  if (c.revColour) {
    ctx.fillStyle = c.revColour;
    ctx.fillRect(left, mid(row) - 8, 5, 16);
    textLeft = left + 8;
  }
  if (c.detail) {
    const detailFont = `400 12px ${p.mono}`;
    ctx.font = detailFont;
    ctx.fillStyle = c.revColour ? p.text : p.muted;
    ctx.fillText(fitText(ctx, detailFont, c.detail, textRight - textLeft), textLeft, mid(row));
  }
  row++;
  if (c.extra && mid(row) + LINE / 2 <= c.y + c.height) {
    ctx.font = small;
    ctx.fillStyle = p.muted;
    ctx.fillText(fitText(ctx, small, c.extra, right - left), left, mid(row));
  }
  ctx.globalAlpha = base;
}

/** A full card as the DOM draws it (the 'crowded' canvas, and the overview at FAR_ZOOM). */
export function drawCardDetail(ctx: CanvasRenderingContext2D, c: SceneCard, p: Palette): void {
  const plain = c.badge === 'node' || c.badge === 'sc' ? p.panel2 : p.panel;
  const alpha = c.alpha * (c.system ? 0.55 : 1);
  drawShell(ctx, c, p, alpha, [[plain, 1]], c.shape === 'controller');
  ctx.globalAlpha = alpha;
  drawCardLines(ctx, c, p, true);
}
