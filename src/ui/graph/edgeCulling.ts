// Culling for the SVG edges (EdgeLayer.tsx): only edges near the view are in the DOM. The view is rounded out to
// a grid of CULL_CELL flow units, plus one cell around it, so panning re-renders the layer only when the view
// crosses a cell line. At 200 objects zoomed in to full cards, the ~350 edges (most of them off screen) cost a
// good part of every playback frame.
import type { End } from './edgeGeometry';
import { overlaps, viewBoxOf, type Box, type Viewed } from './viewBox';

export const CULL_CELL = 600;
/** Room an edge's route takes beyond the box of its two ends (the turns of a smooth-step path). */
const SLACK = 40;

/** The cells around the view, as a string (a React Flow store selector: equal views give equal strings). */
export function selectCells(s: Viewed): string {
  const { x0, y0, x1, y1 } = viewBoxOf(s);
  return [
    Math.floor(x0 / CULL_CELL) - 1, Math.floor(y0 / CULL_CELL) - 1, Math.ceil(x1 / CULL_CELL) + 1, Math.ceil(y1 / CULL_CELL) + 1,
  ].join(',');
}

/** The cells as a box in flow coordinates (read once per render, not once per edge). */
export function cellsBox(cells: string): Box {
  const [x0, y0, x1, y1] = cells.split(',').map((n) => Number(n) * CULL_CELL) as [number, number, number, number];
  return { x0, y0, x1, y1 };
}

/** Does an edge between these ends pass through the cells? */
export function inCells(cells: Box, from: End, to: End): boolean {
  const route = {
    x0: Math.min(from.x, to.x) - SLACK, y0: Math.min(from.y, to.y) - SLACK,
    x1: Math.max(from.x, to.x) + SLACK, y1: Math.max(from.y, to.y) + SLACK,
  };
  return overlaps(route, cells);
}
