// Every relation edge in one SVG inside the flow's viewport (React Flow's ViewportPortal), drawn from the layout
// positions and the cards' handles (graphModel.ts). React Flow itself gets no edges: its edges are one <svg> each,
// and at 200 objects those ~300 stacked elements, their store subscriptions and the connection lookup rebuilt on
// every change were a third of each playback frame. One SVG is one paint chunk. At far zoom FarCanvas.tsx draws
// the edges instead.
import { memo, useMemo } from 'react';
import { ViewportPortal, useStore, type Position } from '@xyflow/react';
import type { FlowNode, K8sFlowEdge } from './graphModel';
import { edgeEnds, edgeRoute, nodesById } from './edgeGeometry';
import { cellsBox, inCells, selectCells } from './edgeCulling';
import { t } from '../i18n';

/** Solid relations that draw themselves when they appear (dashed ones keep their pixel dash pattern). */
const DRAWN = new Set(['bound', 'resolves-to']);
/** Label metrics (graph.css: 10.5px monospace). Sized from the text, not measured (a forced layout per label). */
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

interface EdgeViewProps { readonly edge: K8sFlowEdge; readonly sx: number; readonly sy: number; readonly sp: Position; readonly tx: number; readonly ty: number; readonly tp: Position }

const EdgeView = memo(function EdgeView({ edge, sx, sy, sp, tx, ty, tp }: EdgeViewProps) {
  const relation = edge.data?.relation;
  const { path, labelX, labelY } = edgeRoute({ x: sx, y: sy, position: sp }, { x: tx, y: ty, position: tp }, relation);
  return (
    <g className={`react-flow__edge ${edge.className ?? ''}`} role="img" aria-roledescription="edge" aria-label={edge.ariaLabel ?? undefined}
      {...edge.domAttributes}>
      <path className="react-flow__edge-path" d={path} fill="none" {...(relation && DRAWN.has(relation) ? { pathLength: 1 } : {})} />
      {edge.data?.label && <EdgeLabel x={labelX} y={labelY} text={edge.data.label} />}
    </g>
  );
});

interface EdgeLayerProps { readonly nodes: readonly FlowNode[]; readonly edges: readonly K8sFlowEdge[] }

export const EdgeLayer = memo(function EdgeLayer({ nodes, edges }: EdgeLayerProps) {
  const byId = useMemo(() => nodesById(nodes), [nodes]);
  // Lit edges last, so they are drawn over the dimmed ones.
  const ordered = useMemo(() => [...edges].sort((a, b) => (a.zIndex ?? 0) - (b.zIndex ?? 0)), [edges]);
  const cellKey = useStore(selectCells);
  const cells = useMemo(() => cellsBox(cellKey), [cellKey]);
  return (
    <ViewportPortal>
      <svg className="edge-layer" role="group" aria-label={t('graphRelations')}>
        {ordered.map((e) => {
          const ends = edgeEnds(e, byId);
          if (!ends || !inCells(cells, ...ends)) return null;
          const [from, to] = ends;
          return <EdgeView key={e.id} edge={e} sx={from.x} sy={from.y} sp={from.position} tx={to.x} ty={to.y} tp={to.position} />;
        })}
      </svg>
    </ViewportPortal>
  );
});
