// How the graph is drawn, by how much of it is in view:
//  - 'overview': below FAR_ZOOM a card's small print is unreadable (its 12 px text under 5.4 px on screen). The graph
//    is drawn on one canvas (FarCanvas.tsx): where it takes over, the cards exactly as the DOM draws them (same
//    places, sizes, colours, lines: no jump); zooming further out, each card's small lines fade and its name grows
//    (farDraw.ts drawCard), so a far card reads as its name on its status colour; edges as plain lines.
//  - 'crowded': above FAR_ZOOM but with more than CROWDED cards in view (a big rollout zoomed in part way), the
//    canvas draws full cards and edges with their labels, without the animations: a hundred DOM cards and their
//    edges cost more than a frame to restyle, lay out and rasterize on every playback step.
//  - 'cards': React Flow's DOM cards with their animations. The default demo and the seed experiment at 1280×720
//    fit at about 1.0 (148 × 74 cards), so they are always drawn this way.
// Between CALM and CROWDED cards in view, the mode stays as it was (no flicker at the edge).
import { useCallback, useState } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { fitViewport } from './useFitGraph';
import type { FlowNode } from './graphModel';
import { overlaps, viewBoxOf, type Viewed } from './viewBox';

/** Where the canvas takes over: 12 px card text at 5.4 px on screen (148 × 74 cards; it was 0.35 for smaller ones). */
export const FAR_ZOOM = 0.45;
/** Above this many relations, the long dashed ones (a Service selecting every pod, a StorageClass that provisioned
 * every volume) are drawn solid and faint, on the canvas and as DOM edges (graph.css `.many-edges`): rasterizing
 * thousands of dash segments each frame held a 200-object graph zoomed in on a few full cards to 35 fps. */
export const MANY_EDGES = 60;
export const CROWDED = 40;
export const CALM = 30;

export type GraphMode = 'cards' | 'crowded' | 'overview';

export const selectFar = (s: Viewed) => s.transform[2] < FAR_ZOOM;

/** How many cards (not lanes) overlap the view. */
export function cardsInView(nodes: readonly FlowNode[], s: Viewed): number {
  const view = viewBoxOf(s);
  let count = 0;
  for (const n of nodes) {
    if (n.type !== 'k8s') continue;
    const { x, y } = n.position;
    if (overlaps({ x0: x, y0: y, x1: x + (n.width ?? 0), y1: y + (n.height ?? 0) }, view)) count++;
  }
  return count;
}

/** Where the view stands: zoomed far out, or how crowded it is. */
export type Band = 'far' | 'many' | 'between' | 'few';
export function bandOf(nodes: readonly FlowNode[], s: Viewed): Band {
  if (selectFar(s)) return 'far';
  const n = cardsInView(nodes, s);
  return n > CROWDED ? 'many' : n < CALM ? 'few' : 'between';
}

/** The next mode, from where the view stands and the mode so far. */
export function nextMode(band: Band, was: GraphMode): GraphMode {
  switch (band) {
    case 'far': return 'overview';
    case 'many': return 'crowded';
    case 'few': return 'cards';
    default: return was === 'overview' ? 'crowded' : was;
  }
}

/** Where the view will stand once `nodes` are fitted into the pane (the view as it is for an empty graph). */
function fittedView(nodes: readonly FlowNode[], s: Viewed & { readonly minZoom: number }): Viewed {
  const v = fitViewport(nodes, s.width, s.height, s.minZoom);
  return v ? { transform: [v.x, v.y, v.zoom], width: s.width, height: s.height } : s;
}

/**
 * The graph's mode; re-renders only when it changes. `fitPending`: the layout changed and the view is about to be
 * fitted to it (GraphView.tsx), so the mode is the one of the fitted view: a thousand new cards are not handed to
 * React Flow as DOM cards for the one render before the fit zooms out to the overview.
 */
export function useGraphMode(nodes: readonly FlowNode[], fitPending = false): GraphMode {
  const band = useStore(useCallback((s: ReactFlowState) => bandOf(nodes, fitPending ? fittedView(nodes, s) : s), [nodes, fitPending]));
  const [mode, setMode] = useState<GraphMode>('cards');
  const next = nextMode(band, mode);
  if (next !== mode) setMode(next); // derived from the previous render's mode: React re-renders at once
  return next;
}
