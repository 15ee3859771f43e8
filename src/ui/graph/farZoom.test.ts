import { describe, expect, it } from 'vitest';
import type { FlowNode } from './graphModel';
import { bandOf, CALM, cardsInView, CROWDED, FAR_ZOOM, nextMode } from './farZoom';

const card = (i: number, x: number, y: number): FlowNode => ({
  id: `c${i}`, type: 'k8s', position: { x, y }, width: 184, height: 72,
  data: { kind: 'Pod', name: `p${i}`, namespace: 'default', status: 'Running', tone: 'running', fields: [], compact: false },
});
const lane: FlowNode = { id: 'lane', type: 'lane', position: { x: 0, y: 0 }, width: 5000, height: 5000, data: { label: '' } };
// A row of cards 200 apart; a 1000 × 500 pane.
const row = (n: number) => [lane, ...Array.from({ length: n }, (_, i) => card(i, i * 200, 100))];
const at = (zoom: number, tx = 0) => ({ transform: [tx, 0, zoom] as [number, number, number], width: 1000, height: 500 });

describe('graph mode', () => {
  it('counts the cards overlapping the view, not lanes', () => {
    expect(cardsInView(row(20), at(1))).toBe(6); // x 0…1000: cards at 0, 200, …, 1000 (its left edge touches)
    expect(cardsInView(row(20), at(1, -1100))).toBe(6); // x 1100…2100: the card at 1000 reaches 1184
    expect(cardsInView(row(20), at(0.5))).toBe(11);
  });

  it('bands: far below 45 % zoom (12 px card text under 5.4 px), then by the cards in view', () => {
    const grid = [lane, ...Array.from({ length: 200 }, (_, i) => card(i, (i % 20) * 200, Math.floor(i / 20) * 100))];
    expect(FAR_ZOOM * 12).toBeCloseTo(5.4);
    expect(bandOf(grid, at(0.44))).toBe('far');
    expect(cardsInView(grid, at(0.46))).toBeGreaterThan(CROWDED); // 2174 × 1087: 11 columns × 11 rows
    expect(bandOf(grid, at(0.46))).toBe('many');
    expect(cardsInView(grid, at(2))).toBeLessThan(CALM);
    expect(bandOf(grid, at(2))).toBe('few');
  });

  it('switches to the canvas above CROWDED cards and back below CALM, holding in between', () => {
    expect(CALM).toBeLessThan(CROWDED);
    expect(nextMode('many', 'cards')).toBe('crowded');
    expect(nextMode('between', 'crowded')).toBe('crowded');
    expect(nextMode('between', 'cards')).toBe('cards');
    expect(nextMode('few', 'crowded')).toBe('cards');
    expect(nextMode('far', 'cards')).toBe('overview');
    expect(nextMode('between', 'overview')).toBe('crowded'); // zooming in from the overview: no DOM cards yet
  });
});
