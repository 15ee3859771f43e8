// The graph's minimap: one canvas with every lane and card as a rectangle in its tone, and the current view as a
// window in a grey mask. It replaces React Flow's <MiniMap>, which reads its nodes from React Flow's store (at far
// zoom the cards are drawn on a canvas and are not in that store) and renders one component per node.
// Pressing and dragging pans the main view; the wheel zooms it around its centre.
import { graphBounds } from './useFitGraph';
import { useCallback, useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { Panel, useReactFlow, useStoreApi, type Viewport, type XYPosition } from '@xyflow/react';
import { t } from '../i18n';
import { paletteFor, useThemeName, type Palette } from './canvasPalette';
import type { FlowNode } from './graphModel';
import './minimap.css';

export interface Size { readonly width: number; readonly height: number }
export interface Rect extends Size { readonly x: number; readonly y: number }
/** React Flow's viewport transform: translation in screen pixels, then zoom. */
export type Transform = readonly [x: number, y: number, zoom: number];
/** Flow units to minimap pixels: `map = flow * scale + offset`. */
export interface MinimapFit { readonly scale: number; readonly offsetX: number; readonly offsetY: number }
/** A fit plus the main view's rectangle in minimap pixels. */
export interface MinimapGeometry extends MinimapFit { readonly view: Rect }

export const MINIMAP_SIZE: Size = { width: 150, height: 96 };
/** Empty minimap pixels kept around the drawing, so no card touches the border. */
const INSET_PX = 5;
/** Zoom factor per wheel pixel, as a power of two (the main pane's d3-zoom uses the same rate). */
const ZOOM_PER_WHEEL_PX = 0.002;
const LINE_PX = 16;
const MASK = 'rgba(128, 128, 128, 0.25)';

/** The part of the flow the pane shows, in flow coordinates. */
export function viewRect([tx, ty, zoom]: Transform, pane: Size): Rect {
  return { x: -tx / zoom, y: -ty / zoom, width: pane.width / zoom, height: pane.height / zoom };
}

/** The fit that centres `bounds` in `map`, as large as the inset allows, keeping its aspect ratio. */
export function fitRect(bounds: Rect, map: Size): MinimapFit {
  const scale = Math.min(Math.max(map.width - 2 * INSET_PX, 1) / Math.max(bounds.width, 1),
    Math.max(map.height - 2 * INSET_PX, 1) / Math.max(bounds.height, 1));
  return {
    scale,
    offsetX: (map.width - bounds.width * scale) / 2 - bounds.x * scale,
    offsetY: (map.height - bounds.height * scale) / 2 - bounds.y * scale,
  };
}

/** Fits the union of every node and the current view (when the pane has a size) into the minimap. */
export function minimapGeometry(nodes: readonly FlowNode[], transform: Transform, pane: Size, map: Size): MinimapGeometry {
  const view = viewRect(transform, pane);
  const hasView = pane.width > 0 && pane.height > 0;
  let x0 = hasView ? view.x : Infinity, y0 = hasView ? view.y : Infinity;
  let x1 = hasView ? view.x + view.width : -Infinity, y1 = hasView ? view.y + view.height : -Infinity;
  for (const n of nodes) {
    const { x, y } = n.position;
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x + (n.width ?? 0) > x1) x1 = x + (n.width ?? 0);
    if (y + (n.height ?? 0) > y1) y1 = y + (n.height ?? 0);
  }
  const bounds = x0 <= x1 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : { x: 0, y: 0, width: 0, height: 0 };
  const fit = fitRect(bounds, map);
  return { ...fit, view: toMapRect(fit, view) };
}

export function toMapRect(fit: MinimapFit, r: Rect): Rect {
  return { x: r.x * fit.scale + fit.offsetX, y: r.y * fit.scale + fit.offsetY, width: r.width * fit.scale, height: r.height * fit.scale };
}

/** The flow point drawn at minimap pixel (`px`, `py`). */
export function toFlowPoint(fit: MinimapFit, px: number, py: number): XYPosition {
  return { x: (px - fit.offsetX) / fit.scale, y: (py - fit.offsetY) / fit.scale };
}

/** The viewport at `zoom` whose pane centre shows flow point `c`. */
export function viewportCentredOn(c: XYPosition, zoom: number, pane: Size): Viewport {
  return { x: pane.width / 2 - c.x * zoom, y: pane.height / 2 - c.y * zoom, zoom };
}

/** The viewport zoomed by `factor` (clamped to [minZoom, maxZoom]) around the pane centre. */
export function zoomedViewport(transform: Transform, pane: Size, factor: number, minZoom: number, maxZoom: number): Viewport {
  const [tx, ty, zoom] = transform;
  const centre = { x: (pane.width / 2 - tx) / zoom, y: (pane.height / 2 - ty) / zoom };
  return viewportCentredOn(centre, Math.min(maxZoom, Math.max(minZoom, zoom * factor)), pane);
}

interface Paint {
  nodes: readonly FlowNode[];
  palette: Palette | null;
  /** The fit held still while dragging, so the view rectangle stays under the pointer. */
  frozen: MinimapFit | null;
  frame: number;
}

const alphaOf = (className: string | undefined) =>
  !className ? 1 : className.includes('dimmed') ? 0.25 : className.includes('system') ? 0.55 : 1;

/** Draws lanes, cards and the mask in device pixels (edges rounded, so rectangles stay crisp); returns the cards drawn. */
function paint(canvas: HTMLCanvasElement, p: Paint, palette: Palette, transform: Transform, pane: Size): number {
  const dpr = window.devicePixelRatio || 1;
  const w = Math.round(MINIMAP_SIZE.width * dpr), h = Math.round(MINIMAP_SIZE.height * dpr);
  if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
  const ctx = canvas.getContext('2d');
  if (!ctx) return 0;
  const g = p.frozen ? { ...p.frozen, view: toMapRect(p.frozen, viewRect(transform, pane)) } : minimapGeometry(p.nodes, transform, pane, MINIMAP_SIZE);
  const k = g.scale * dpr, ox = g.offsetX * dpr, oy = g.offsetY * dpr;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.clearRect(0, 0, w, h);
  ctx.fillStyle = palette.muted;
  ctx.globalAlpha = 0.16;
  for (const n of p.nodes) {
    if (n.type !== 'lane') continue;
    const x = Math.round(n.position.x * k + ox), y = Math.round(n.position.y * k + oy);
    ctx.fillRect(x, y, Math.round((n.position.x + (n.width ?? 0)) * k + ox) - x, Math.round((n.position.y + (n.height ?? 0)) * k + oy) - y);
  }
  let style = '', alpha = -1, cards = 0;
  for (const n of p.nodes) {
    if (n.type !== 'k8s') continue;
    const colour = palette.tones[n.data.tone];
    if (colour !== style) ctx.fillStyle = style = colour;
    const a = alphaOf(n.className);
    if (a !== alpha) ctx.globalAlpha = alpha = a;
    const x = Math.round(n.position.x * k + ox), y = Math.round(n.position.y * k + oy);
    const right = Math.round((n.position.x + (n.width ?? 0)) * k + ox), bottom = Math.round((n.position.y + (n.height ?? 0)) * k + oy);
    ctx.fillRect(x, y, Math.max(1, right - x), Math.max(1, bottom - y));
    cards++;
  }
  const v = g.view;
  ctx.globalAlpha = 1;
  ctx.fillStyle = MASK;
  ctx.beginPath();
  ctx.rect(0, 0, w, h);
  ctx.rect(Math.round(v.x * dpr), Math.round(v.y * dpr), Math.round(v.width * dpr), Math.round(v.height * dpr));
  ctx.fill('evenodd');
  ctx.strokeStyle = palette.accent;
  ctx.globalAlpha = 0.55;
  ctx.lineWidth = Math.max(1, Math.round(dpr));
  const half = ctx.lineWidth / 2;
  ctx.strokeRect(Math.round(v.x * dpr) + half, Math.round(v.y * dpr) + half, Math.round(v.width * dpr) - 2 * half, Math.round(v.height * dpr) - 2 * half);
  return cards;
}

export function GraphMinimap({ nodes }: { readonly nodes: readonly FlowNode[] }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi<FlowNode>();
  const { setViewport } = useReactFlow<FlowNode>();
  const theme = useThemeName();
  const state = useRef<Paint>({ nodes, palette: null, frozen: null, frame: 0 });
  /** Pointer id and where in the view rectangle it took hold (minimap pixels from its centre). */
  const drag = useRef<{ id: number; grabX: number; grabY: number } | null>(null);

  /** Redraws at the next animation frame (several changes in one frame draw once). */
  const schedule = useCallback(() => {
    const p = state.current;
    if (p.frame) return;
    p.frame = requestAnimationFrame(() => {
      p.frame = 0;
      const canvas = canvasRef.current;
      if (!canvas || !p.palette) return;
      const { transform, width, height } = store.getState();
      const cards = String(paint(canvas, p, p.palette, transform, { width, height }));
      if (canvas.dataset.cards !== cards) canvas.dataset.cards = cards;
      // The whole graph in view: the map has nothing to show and would cover cards, so it steps back (graph.css).
      const b = graphBounds(p.nodes);
      const v = viewRect(transform, { width, height });
      const all = !b || (b.x >= v.x - 1 && b.y >= v.y - 1 && b.x + b.width <= v.x + v.width + 1 && b.y + b.height <= v.y + v.height + 1);
      canvas.parentElement?.classList.toggle('all-in-view', all);
    });
  }, [store]);

  useEffect(() => { state.current.nodes = nodes; schedule(); }, [nodes, schedule]);
  useEffect(() => {
    if (canvasRef.current) state.current.palette = paletteFor(canvasRef.current, theme);
    schedule();
  }, [theme, schedule]);
  useEffect(() => {
    const p = state.current;
    const off = store.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) schedule();
    });
    return () => { off(); cancelAnimationFrame(p.frame); p.frame = 0; };
  }, [store, schedule]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    // Not React's onWheel: React listens passively, and the page must not scroll under the minimap.
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const { transform, width, height, minZoom, maxZoom } = store.getState();
      const px = e.deltaY * (e.deltaMode === 1 ? LINE_PX : e.deltaMode === 2 ? height : 1);
      void setViewport(zoomedViewport(transform, { width, height }, 2 ** (-px * ZOOM_PER_WHEEL_PX), minZoom, maxZoom));
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => canvas.removeEventListener('wheel', onWheel);
  }, [store, setViewport]);

  const mapPoint = (e: ReactPointerEvent<HTMLCanvasElement>): XYPosition => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: (e.clientX - r.left) * (MINIMAP_SIZE.width / r.width), y: (e.clientY - r.top) * (MINIMAP_SIZE.height / r.height) };
  };
  const panTo = (at: XYPosition) => {
    const fit = state.current.frozen, d = drag.current;
    if (!fit || !d) return;
    const { transform, width, height } = store.getState();
    void setViewport(viewportCentredOn(toFlowPoint(fit, at.x - d.grabX, at.y - d.grabY), transform[2], { width, height }));
  };
  const onPointerDown = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (e.button !== 0) return;
    const { transform, width, height } = store.getState();
    const g = minimapGeometry(state.current.nodes, transform, { width, height }, MINIMAP_SIZE);
    const at = mapPoint(e), v = g.view;
    const inside = at.x >= v.x && at.x <= v.x + v.width && at.y >= v.y && at.y <= v.y + v.height;
    // Taking the view rectangle drags it from that spot; pressing elsewhere first centres the view there.
    drag.current = { id: e.pointerId, grabX: inside ? at.x - (v.x + v.width / 2) : 0, grabY: inside ? at.y - (v.y + v.height / 2) : 0 };
    state.current.frozen = g;
    e.currentTarget.setPointerCapture(e.pointerId);
    panTo(at);
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (drag.current?.id === e.pointerId) panTo(mapPoint(e));
  };
  const onPointerEnd = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (drag.current?.id !== e.pointerId) return;
    drag.current = null;
    state.current.frozen = null; // refit to the view where it was left
    schedule();
  };

  return (
    <Panel position="bottom-right" className="graph-minimap nopan nowheel nodrag">
      <canvas ref={canvasRef} role="img" aria-label={t('graphMinimap')} width={MINIMAP_SIZE.width} height={MINIMAP_SIZE.height}
        onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerEnd} onPointerCancel={onPointerEnd}
        onLostPointerCapture={onPointerEnd} />
    </Panel>
  );
}
