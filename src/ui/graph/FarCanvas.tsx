// The far-zoom overview drawn on one canvas the size of the graph pane (farScene.ts → farDraw.ts). Below FAR_ZOOM
// React Flow gets no cards: a big cluster is one bitmap to paint instead of hundreds of DOM cards and edges to
// style, lay out, layerize and rasterize on every playback frame. HitLayer.tsx keeps an element per object for
// the pointer, the keyboard and screen readers. The canvas is redrawn when the scene, the view or the theme changes.
import { memo, useLayoutEffect, useRef } from 'react';
import { useStore } from '@xyflow/react';
import { readPalette, useThemeName, type Palette } from './canvasPalette';
import { drawScene } from './farDraw';
import type { Scene } from './farScene';

type Sized = { transform: [number, number, number]; width: number; height: number };
const selectX = (s: Sized) => s.transform[0];
const selectY = (s: Sized) => s.transform[1];
const selectZoom = (s: Sized) => s.transform[2];
const selectWidth = (s: Sized) => s.width;
const selectHeight = (s: Sized) => s.height;

export const FarCanvas = memo(function FarCanvas({ scene }: { scene: Scene }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const x = useStore(selectX);
  const y = useStore(selectY);
  const zoom = useStore(selectZoom);
  const width = useStore(selectWidth);
  const height = useStore(selectHeight);
  const theme = useThemeName();
  const palette = useRef<{ theme: string; palette: Palette } | null>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || width <= 0 || height <= 0) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    if (palette.current?.theme !== theme) palette.current = { theme, palette: readPalette(canvas) };
    const drawn = drawScene(ctx, scene, { x, y, zoom, width, height, dpr }, palette.current.palette);
    // What was drawn, for tests and the curious (the canvas itself is aria-hidden; HitLayer names the objects).
    canvas.dataset.cards = String(drawn.cards);
    canvas.dataset.edges = String(drawn.edges);
  }, [scene, x, y, zoom, width, height, theme]);
  return <canvas ref={ref} className="graph-far-canvas" aria-hidden="true" />;
});
