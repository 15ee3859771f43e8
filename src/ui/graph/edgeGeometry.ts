// Where an edge runs: from its source card's handle to its target card's handle (graphModel.ts cardHandles), as a
// smooth-step path in flow coordinates. Shared by the SVG edges (EdgeLayer.tsx) and the far-zoom canvas.
import { getSmoothStepPath, Position, type NodeHandle } from '@xyflow/react';
import type { FlowNode, K8sFlowEdge } from './graphModel';

export interface End { readonly x: number; readonly y: number; readonly position: Position }

/** Where an edge meets a card: its zero-size handle, in flow coordinates. */
export function endOf(node: FlowNode | undefined, handleId: string | null | undefined): End | undefined {
  const h: NodeHandle | undefined = node?.handles?.find((x) => x.id === handleId);
  return node && h ? { x: node.position.x + h.x, y: node.position.y + h.y, position: h.position } : undefined;
}

export interface EdgeRoute { readonly path: string; readonly labelX: number; readonly labelY: number }

export function edgeRoute(from: End, to: End, relation: string | undefined): EdgeRoute {
  // Edges that run down several rows turn right under their source, so the horizontal run stays in the 8-unit gap
  // below it (layout.ts GAP_Y) instead of crossing the cards of the rows in between.
  const down = from.position === Position.Bottom && to.y > from.y + 40;
  const [path, midX, midY] = getSmoothStepPath({
    sourceX: from.x, sourceY: from.y, targetX: to.x, targetY: to.y, sourcePosition: from.position, targetPosition: to.position,
    borderRadius: 4, offset: 4, ...(down ? { centerY: from.y + 4 } : {}),
  });
  // The IP sits just under the DNS name card, clear of the controller and node cards the line passes.
  return relation === 'resolves-to' ? { path, labelX: from.x, labelY: from.y + 13 } : { path, labelX: midX, labelY: midY };
}

/** The nodes of a flow by id, for finding an edge's ends. */
export const nodesById = (nodes: readonly FlowNode[]) => new Map(nodes.map((n) => [n.id, n]));

/** An edge's two ends, or undefined when a card is missing from the frame. */
export function edgeEnds(edge: K8sFlowEdge, byId: ReadonlyMap<string, FlowNode>): [End, End] | undefined {
  const from = endOf(byId.get(edge.source), edge.sourceHandle);
  const to = endOf(byId.get(edge.target), edge.targetHandle);
  return from && to ? [from, to] : undefined;
}
