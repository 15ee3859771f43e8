// The graph drawn on one canvas the size of the pane (farScene.ts → farDraw.ts), when it is big: below FAR_ZOOM
// as the overview, and with many cards in view as full cards without animations (farZoom.ts). React Flow then
// gets no cards: a big cluster is one bitmap instead of hundreds of DOM cards and edges to style, lay out,
// layerize and rasterize on every playback frame. HitLayer.tsx keeps an element per object for the pointer,
// the keyboard and screen readers. A new view, size or theme redraws the whole canvas; a new frame of the same
// view redraws only where the scene changed (sceneDiff).
import { memo, useLayoutEffect, useRef } from 'react';
import { useStore } from '@xyflow/react';
import { paletteFor, useThemeName, type Palette } from './canvasPalette';
import { countInView, drawScene, type View } from './farDraw';
import { sceneDiff, type Scene } from './farScene';

type Sized = { transform: [number, number, number]; width: number; height: number };
const selectX = (s: Sized) => s.transform[0];
const selectY = (s: Sized) => s.transform[1];
const selectZoom = (s: Sized) => s.transform[2];
const selectWidth = (s: Sized) => s.width;
const selectHeight = (s: Sized) => s.height;

interface Painted { readonly scene: Scene; readonly view: View; readonly palette: Palette }
const sameView = (a: View, b: View) =>
  a.x === b.x && a.y === b.y && a.zoom === b.zoom && a.width === b.width && a.height === b.height && a.dpr === b.dpr && a.detail === b.detail;

export const FarCanvas = memo(function FarCanvas({ scene, detail }: { scene: Scene; detail: boolean }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const x = useStore(selectX);
  const y = useStore(selectY);
  const zoom = useStore(selectZoom);
  const width = useStore(selectWidth);
  const height = useStore(selectHeight);
  const theme = useThemeName();
  const palette = useRef<{ theme: string; palette: Palette } | null>(null);
  const painted = useRef<Painted | null>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || width <= 0 || height <= 0) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w; // clears the canvas
      canvas.height = h;
      painted.current = null;
    }
    if (palette.current?.theme !== theme) palette.current = { theme, palette: paletteFor(canvas, theme) };
    const view: View = { x, y, zoom, width, height, dpr, detail };
    const last = painted.current;
    const changed = last && last.palette === palette.current.palette && sameView(last.view, view) ? sceneDiff(last.scene, scene) : 'all';
    if (changed === 'all') drawScene(ctx, scene, view, palette.current.palette);
    else if (changed.length > 0) drawScene(ctx, scene, view, palette.current.palette, changed);
    painted.current = { scene, view, palette: palette.current.palette };
    // What the canvas shows, for tests and the curious (the canvas itself is aria-hidden; HitLayer names the objects).
    const shown = countInView(scene, view);
    canvas.dataset.cards = String(shown.cards);
    canvas.dataset.edges = String(shown.edges);
  }, [scene, x, y, zoom, width, height, theme, detail]);
  return <canvas ref={ref} className="graph-far-canvas" aria-hidden="true" />;
});
