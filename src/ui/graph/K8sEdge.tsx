// A relation edge: a smooth step path whose length is normalised (pathLength=1) so CSS can "draw" it on appear,
// plus an optional label (the IP a DNS name resolves to).
import { memo } from 'react';
import { BaseEdge, getSmoothStepPath, Position, useStore, type EdgeProps } from '@xyflow/react';
import type { K8sFlowEdge } from './graphModel';
import { selectFar } from './nodes/K8sNode';

/** Solid relations that draw themselves when they appear (dashed ones keep their pixel dash pattern). */
const DRAWN = new Set(['bound', 'resolves-to']);
/** Label metrics (graph.css: 10.5px monospace). The label is sized from its length, not measured: React Flow's
 * own label measures itself with getBBox, a forced layout per label every time an edge re-renders (at 200
 * objects that was about 45 ms of every scrub). */
const LABEL_CHAR_WIDTH = 6.4;
const LABEL_HEIGHT = 16;
const LABEL_PAD_X = 4;

function EdgeLabel({ x, y, text }: { x: number; y: number; text: string }) {
  const width = text.length * LABEL_CHAR_WIDTH + 2 * LABEL_PAD_X;
  return (
    <g className="react-flow__edge-textwrapper" transform={`translate(${x} ${y})`}>
      <rect className="react-flow__edge-textbg" x={-width / 2} y={-LABEL_HEIGHT / 2} width={width} height={LABEL_HEIGHT} rx={4} ry={4} />
      <text className="react-flow__edge-text" textAnchor="middle" dominantBaseline="central">{text}</text>
    </g>
  );
}

function K8sEdgeView({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, style }: EdgeProps<K8sFlowEdge>) {
  // Edges that run down several bands turn right under their source, so the horizontal run stays in the gap
  // below it instead of crossing the cards of the bands in between.
  const far = useStore(selectFar);
  const down = sourcePosition === Position.Bottom && targetY > sourceY + 40;
  const [path, midX, midY] = getSmoothStepPath({
    sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 10, ...(down ? { centerY: sourceY + 16 } : {}),
  });
  // The IP sits just under the DNS name card, clear of the controller and node cards the line passes.
  const [labelX, labelY] = data?.relation === 'resolves-to' ? [sourceX, sourceY + 13] : [midX, midY];
  return (
    <>
      <BaseEdge path={path} {...(data && DRAWN.has(data.relation) ? { pathLength: 1 } : {})} {...(style ? { style } : {})} />
      {data?.label && !far && <EdgeLabel x={labelX} y={labelY} text={data.label} />}
    </>
  );
}

export const K8sEdge = memo(K8sEdgeView);
