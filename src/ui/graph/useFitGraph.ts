// Fit: the whole graph in view. Computed from our own node list (lanes and cards), not React Flow's store, which
// holds no cards at far zoom (FarCanvas.tsx draws them).
import { useCallback, useRef } from 'react';
import { getViewportForBounds, useReactFlow, useStoreApi, type Rect, type Viewport } from '@xyflow/react';
import type { FlowNode } from './graphModel';
import { presenterStore } from '../present/presenter';

/** Little padding and room to grow: a small lesson graph fills the pane, so its cards read from the back row. */
export const FIT = { padding: 0.03, maxZoom: 1.5, duration: 250 } as const;
/** Above this many nodes the fit jumps instead of animating: each step of the animation redraws the whole canvas of a
 * big graph, a long frame each. */
const ANIMATE_UP_TO = 400;

/** Presenter mode may zoom in further: on a projector, a few large cards beat many small ones. */
const PRESENTER_MAX_ZOOM = 1.9;

/** The box around every node, or null for an empty graph. */
export function graphBounds(nodes: readonly FlowNode[]): Rect | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.position.x);
    y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + (n.width ?? 0));
    y1 = Math.max(y1, n.position.y + (n.height ?? 0));
  }
  return Number.isFinite(x0) ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

/** The viewport that fits `nodes` into a pane of this size, or null for an empty graph or pane. */
export function fitViewport(nodes: readonly FlowNode[], width: number, height: number, minZoom: number): Viewport | null {
  const bounds = graphBounds(nodes);
  if (!bounds || width <= 0 || height <= 0) return null;
  return getViewportForBounds(bounds, width, height, minZoom, presenterStore.getState().on ? PRESENTER_MAX_ZOOM : FIT.maxZoom, FIT.padding);
}

/** A stable function fitting the latest `nodes` into the pane (animated unless `instant`). */
export function useFitGraph(nodes: readonly FlowNode[]): (instant?: boolean) => void {
  const latest = useRef(nodes);
  latest.current = nodes;
  const store = useStoreApi();
  const { setViewport } = useReactFlow();
  return useCallback((instant?: boolean) => {
    const { width, height, minZoom } = store.getState();
    const viewport = fitViewport(latest.current, width, height, minZoom);
    if (!viewport) return;
    const [x, y, zoom] = store.getState().transform;
    // Already there (the layout grew without moving its bounds): nothing to redraw.
    if (Math.abs(x - viewport.x) < 0.5 && Math.abs(y - viewport.y) < 0.5 && Math.abs(zoom - viewport.zoom) < 1e-4) return;
    void setViewport(viewport, instant || latest.current.length > ANIMATE_UP_TO ? undefined : { duration: FIT.duration });
  }, [store, setViewport]);
}
