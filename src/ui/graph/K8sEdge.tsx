// A relation edge: a smooth step path whose length is normalised (pathLength=1) so CSS can "draw" it on appear,
// plus an optional label (the IP a DNS name resolves to).
import { memo } from 'react';
import { BaseEdge, getSmoothStepPath, Position, type EdgeProps } from '@xyflow/react';
import type { K8sFlowEdge } from './graphModel';

/** Solid relations that draw themselves when they appear (dashed ones keep their pixel dash pattern). */
const DRAWN = new Set(['bound', 'resolves-to']);

function K8sEdgeView({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, style }: EdgeProps<K8sFlowEdge>) {
  // Edges that run down several bands turn right under their source, so the horizontal run stays in the gap
  // below it instead of crossing the cards of the bands in between.
  const down = sourcePosition === Position.Bottom && targetY > sourceY + 40;
  const [path, midX, midY] = getSmoothStepPath({
    sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 10, ...(down ? { centerY: sourceY + 16 } : {}),
  });
  // The IP sits just under the DNS name card, clear of the controller and node cards the line passes.
  const [labelX, labelY] = data?.relation === 'resolves-to' ? [sourceX, sourceY + 13] : [midX, midY];
  return (
    <BaseEdge
      path={path}
      {...(data && DRAWN.has(data.relation) ? { pathLength: 1 } : {})}
      {...(style ? { style } : {})}
      {...(data?.label ? { label: data.label, labelX, labelY, labelBgPadding: [4, 2] as [number, number], labelBgBorderRadius: 4 } : {})}
    />
  );
}

export const K8sEdge = memo(K8sEdgeView);
