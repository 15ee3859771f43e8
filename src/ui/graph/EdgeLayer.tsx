// Every relation edge in one SVG inside the flow's viewport (React Flow's ViewportPortal), drawn from the layout
// positions and the cards' handles (graphModel.ts). React Flow itself gets no edges: its edges are one <svg> each,
// and at 200 objects those ~300 stacked elements, their store subscriptions and the connection lookup rebuilt on
// every change were a third of each playback frame. One SVG is one paint chunk.
import { memo, useMemo } from 'react';
import { getSmoothStepPath, Position, ViewportPortal, type NodeHandle } from '@xyflow/react';
import type { FlowNode, K8sFlowEdge } from './graphModel';
import { t } from '../i18n';

/** Solid relations that draw themselves when they appear (dashed ones keep their pixel dash pattern). */
const DRAWN = new Set(['bound', 'resolves-to']);
/** Label metrics (graph.css: 10.5px monospace). Sized from the text, not measured (a forced layout per label). */
const LABEL_CHAR_WIDTH = 6.4;
const LABEL_HEIGHT = 16;
const LABEL_PAD_X = 4;

interface End { readonly x: number; readonly y: number; readonly position: Position }

/** Where an edge meets a card: its zero-size handle (graphModel.ts cardHandles), in flow coordinates. */
function endOf(node: FlowNode | undefined, handleId: string | null | undefined): End | undefined {
  const h: NodeHandle | undefined = node?.handles?.find((x) => x.id === handleId);
  return node && h ? { x: node.position.x + h.x, y: node.position.y + h.y, position: h.position } : undefined;
}

function EdgeLabel({ x, y, text }: { x: number; y: number; text: string }) {
  const width = text.length * LABEL_CHAR_WIDTH + 2 * LABEL_PAD_X;
  return (
    <g className="react-flow__edge-textwrapper" transform={`translate(${x} ${y})`}>
      <rect className="react-flow__edge-textbg" x={-width / 2} y={-LABEL_HEIGHT / 2} width={width} height={LABEL_HEIGHT} rx={4} ry={4} />
      <text className="react-flow__edge-text" textAnchor="middle" dominantBaseline="central">{text}</text>
    </g>
  );
}

interface EdgeViewProps { readonly edge: K8sFlowEdge; readonly sx: number; readonly sy: number; readonly sp: Position; readonly tx: number; readonly ty: number; readonly tp: Position; readonly far: boolean }

const EdgeView = memo(function EdgeView({ edge, sx, sy, sp, tx, ty, tp, far }: EdgeViewProps) {
  // Edges that run down several bands turn right under their source, so the horizontal run stays in the gap
  // below it instead of crossing the cards of the bands in between.
  const down = sp === Position.Bottom && ty > sy + 40;
  const [path, midX, midY] = getSmoothStepPath({
    sourceX: sx, sourceY: sy, targetX: tx, targetY: ty, sourcePosition: sp, targetPosition: tp, borderRadius: 10,
    ...(down ? { centerY: sy + 16 } : {}),
  });
  const relation = edge.data?.relation;
  // The IP sits just under the DNS name card, clear of the controller and node cards the line passes.
  const [labelX, labelY] = relation === 'resolves-to' ? [sx, sy + 13] : [midX, midY];
  return (
    <g className={`react-flow__edge ${edge.className ?? ''}`} role="img" aria-roledescription="edge" aria-label={edge.ariaLabel ?? undefined}
      {...edge.domAttributes}>
      <path className="react-flow__edge-path" d={path} fill="none" {...(relation && DRAWN.has(relation) ? { pathLength: 1 } : {})} />
      {edge.data?.label && !far && <EdgeLabel x={labelX} y={labelY} text={edge.data.label} />}
    </g>
  );
});

interface EdgeLayerProps { readonly nodes: readonly FlowNode[]; readonly edges: readonly K8sFlowEdge[]; readonly far: boolean }

export const EdgeLayer = memo(function EdgeLayer({ nodes, edges, far }: EdgeLayerProps) {
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  // Lit edges last, so they are drawn over the dimmed ones.
  const ordered = useMemo(() => [...edges].sort((a, b) => (a.zIndex ?? 0) - (b.zIndex ?? 0)), [edges]);
  return (
    <ViewportPortal>
      <svg className="edge-layer" role="group" aria-label={t('graphRelations')}>
        {ordered.map((e) => {
          const from = endOf(byId.get(e.source), e.sourceHandle);
          const to = endOf(byId.get(e.target), e.targetHandle);
          if (!from || !to) return null;
          return <EdgeView key={e.id} edge={e} sx={from.x} sy={from.y} sp={from.position} tx={to.x} ty={to.y} tp={to.position} far={far} />;
        })}
      </svg>
    </ViewportPortal>
  );
});
