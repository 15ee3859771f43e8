import { describe, expect, it } from 'vitest';
import type { FlowNode } from './graphModel';
import {
  MINIMAP_SIZE, minimapGeometry, toFlowPoint, toMapRect, viewportCentredOn, viewRect, zoomedViewport, type Transform,
} from './GraphMinimap';

const card = (x: number, y: number, width = 184, height = 72): FlowNode => ({
  id: `c${x},${y}`, type: 'k8s', position: { x, y }, width, height,
  data: { kind: 'Pod', name: 'p', namespace: 'default', status: 'Running', tone: 'running', fields: [], compact: false },
});
const lane = (x: number, y: number, width: number, height: number): FlowNode =>
  ({ id: `l${x}`, type: 'lane', position: { x, y }, width, height, data: { label: '' } });

const MAP = MINIMAP_SIZE; // 150 × 96
const INSET = 5;
const PANE = { width: 800, height: 600 };
/** A view far from the nodes: flow [-10000, -10000] at zoom 1 shows -10000..-9200 × -10000..-9400. */
const FAR: Transform = [10000, 10000, 1];

describe('viewRect', () => {
  it('is the pane in flow coordinates: translation undone, divided by the zoom', () => {
    expect(viewRect([-200, 100, 2], PANE)).toEqual({ x: 100, y: -50, width: 400, height: 300 });
  });
});

describe('minimapGeometry', () => {
  it('fits the union of the nodes and the view, keeping the aspect ratio, centred', () => {
    // Nodes span 0..1000 × 0..200; the view spans -10000..-9200 × -10000..-9400: bounds are 11000 × 10200.
    const g = minimapGeometry([card(0, 0, 1000, 200)], FAR, PANE, MAP);
    const scale = Math.min((MAP.width - 2 * INSET) / 11000, (MAP.height - 2 * INSET) / 10200);
    expect(g.scale).toBeCloseTo(scale, 12);
    // Height limits the scale: the bounds touch the inset top and bottom and are centred across.
    expect(-10000 * g.scale + g.offsetY).toBeCloseTo(INSET, 9);
    expect(200 * g.scale + g.offsetY).toBeCloseTo(MAP.height - INSET, 9);
    expect((-10000 * g.scale + g.offsetX) + (1000 * g.scale + g.offsetX)).toBeCloseTo(MAP.width, 9);
  });

  it('counts lanes as well as cards, and leaves out a pane not measured yet', () => {
    const withLane = minimapGeometry([card(0, 0), lane(-500, -100, 3000, 900)], [0, 0, 1], { width: 0, height: 0 }, MAP);
    // Pane not measured yet: only the nodes count. The lane (3000 × 900) sets the width: 140 / 3000.
    expect(withLane.scale).toBeCloseTo((MAP.width - 2 * INSET) / 3000, 12);
    expect(-500 * withLane.scale + withLane.offsetX).toBeCloseTo(INSET, 9);
  });

  it('places the view rectangle where the view is, in minimap pixels', () => {
    const nodes = [card(0, 0, 1400, 800)];
    // Zoom 2, translated by (-400, -200): the view shows flow 200..600 × 100..400, inside the nodes.
    const g = minimapGeometry(nodes, [-400, -200, 2], PANE, MAP);
    expect(g.scale).toBeCloseTo(Math.min(140 / 1400, 86 / 800), 12);
    expect(g.view.x).toBeCloseTo(200 * g.scale + g.offsetX, 9);
    expect(g.view.y).toBeCloseTo(100 * g.scale + g.offsetY, 9);
    expect(g.view.width).toBeCloseTo(400 * g.scale, 9);
    expect(g.view.height).toBeCloseTo(300 * g.scale, 9);
    // The width limits (140/1400 < 86/800): the nodes touch the inset left and are centred down.
    expect(0 * g.scale + g.offsetX).toBeCloseTo(INSET, 9);
    expect(0 * g.scale + g.offsetY + 800 * g.scale / 2).toBeCloseTo(MAP.height / 2, 9);
  });

  it('is finite with no nodes and no pane', () => {
    const g = minimapGeometry([], [0, 0, 1], { width: 0, height: 0 }, MAP);
    expect(Number.isFinite(g.scale) && Number.isFinite(g.offsetX) && Number.isFinite(g.offsetY)).toBe(true);
  });
});

describe('toFlowPoint', () => {
  it('undoes the fit: flow → minimap → flow is the identity', () => {
    const g = minimapGeometry([card(-300, 40), card(2000, 1500)], [120, -80, 0.5], PANE, MAP);
    for (const p of [{ x: -300, y: 40 }, { x: 2184, y: 1572 }, { x: 777, y: -123 }]) {
      const m = toMapRect(g, { ...p, width: 0, height: 0 });
      const back = toFlowPoint(g, m.x, m.y);
      expect(back.x).toBeCloseTo(p.x, 9);
      expect(back.y).toBeCloseTo(p.y, 9);
    }
  });

  it('maps the view rectangle centre to the flow point at the pane centre', () => {
    const transform: Transform = [-250, 130, 0.8];
    const g = minimapGeometry([card(0, 0, 3000, 2000)], transform, PANE, MAP);
    const c = toFlowPoint(g, g.view.x + g.view.width / 2, g.view.y + g.view.height / 2);
    expect(c.x).toBeCloseTo((PANE.width / 2 - transform[0]) / transform[2], 9);
    expect(c.y).toBeCloseTo((PANE.height / 2 - transform[1]) / transform[2], 9);
  });
});

describe('viewport helpers', () => {
  it('viewportCentredOn puts the flow point at the pane centre', () => {
    const v = viewportCentredOn({ x: 1000, y: 500 }, 0.5, PANE);
    expect(viewRect([v.x, v.y, v.zoom], PANE)).toEqual({ x: 200, y: -100, width: 1600, height: 1200 });
  });

  it('zoomedViewport zooms around the pane centre and clamps to the zoom range', () => {
    const transform: Transform = [-100, 50, 1];
    const centre = (t: Transform) => ({ x: (PANE.width / 2 - t[0]) / t[2], y: (PANE.height / 2 - t[1]) / t[2] });
    const v = zoomedViewport(transform, PANE, 1.5, 0.1, 2);
    expect(v.zoom).toBe(1.5);
    expect(centre([v.x, v.y, v.zoom])).toEqual(centre(transform));
    expect(zoomedViewport(transform, PANE, 10, 0.1, 2).zoom).toBe(2);
    expect(zoomedViewport(transform, PANE, 0.001, 0.1, 2).zoom).toBe(0.1);
  });
});
