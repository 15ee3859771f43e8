// Boxes in flow coordinates, and the one that React Flow's pane shows. Shared by the canvas (what to draw and
// redraw), the graph mode (how many cards are in view) and the edge culling (which edges to keep in the DOM).
export interface Box { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number }

/** What React Flow's store says about the view: its transform [x, y, zoom] and the pane's size in pixels. */
export type Viewed = { readonly transform: readonly [number, number, number]; readonly width: number; readonly height: number };

/** The part of the flow the pane shows. */
export function viewBoxOf({ transform: [tx, ty, zoom], width, height }: Viewed): Box {
  const x0 = -tx / zoom;
  const y0 = -ty / zoom;
  return { x0, y0, x1: x0 + width / zoom, y1: y0 + height / zoom };
}

/** Do two boxes overlap (touching counts)? */
export const overlaps = (a: Box, b: Box) => a.x1 >= b.x0 && a.x0 <= b.x1 && a.y1 >= b.y0 && a.y0 <= b.y1;
