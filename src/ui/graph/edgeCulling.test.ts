import { describe, expect, it } from 'vitest';
import { Position } from '@xyflow/react';
import { cellsBox, CULL_CELL, inCells, selectCells } from './edgeCulling';

const at = (x: number, y: number) => ({ x, y, position: Position.Bottom });

describe('edge culling', () => {
  // A 1000 × 500 pane at zoom 0.5 showing flow x 0…2000, y 0…1000.
  const view = { transform: [0, 0, 0.5] as [number, number, number], width: 1000, height: 500 };

  it('rounds the view out to whole cells plus one cell around it', () => {
    expect(selectCells(view)).toBe(`-1,-1,${Math.ceil(2000 / CULL_CELL) + 1},${Math.ceil(1000 / CULL_CELL) + 1}`);
  });

  it('keeps the same cells while a pan stays inside them (no re-render)', () => {
    expect(selectCells({ ...view, transform: [-100, -50, 0.5] })).toBe(selectCells(view));
    expect(selectCells({ ...view, transform: [-400, 0, 0.5] })).not.toBe(selectCells(view));
  });

  it('keeps edges in or across the cells and drops those far away', () => {
    const cells = cellsBox(selectCells(view));
    expect(inCells(cells, at(100, 100), at(100, 400))).toBe(true);
    expect(inCells(cells, at(-5000, 100), at(5000, 100))).toBe(true); // crosses the view
    expect(inCells(cells, at(9000, 100), at(9000, 400))).toBe(false);
    expect(inCells(cells, at(100, -9000), at(200, -8000))).toBe(false);
  });
});
