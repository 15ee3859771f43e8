// The cluster graph region: React Flow over the snapshot at the playhead.
import { useEffect, useRef } from 'react';
import {
  ReactFlow, ReactFlowProvider, Background, Controls, MiniMap, useReactFlow, useStore, type Node, type NodeMouseHandler,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './graph.css';
import { appStore } from '../../store/useAppStore';
import { t } from '../i18n';
import { K8sNode, LaneNode } from './nodes/K8sNode';
import { FarContext, selectFar } from './farZoom';
import { EdgeLayer } from './EdgeLayer';
import { Legend } from './Legend';
import { Inspector } from './inspector/Inspector';
import { FIT_OPTIONS, GraphToolbar } from './GraphToolbar';
import { useFlow } from './useFlow';
import type { FlowNode } from './graphModel';

const nodeTypes = { k8s: K8sNode, lane: LaneNode };
/** React Flow draws no edges: EdgeLayer draws them all in one SVG. */
const NO_EDGES: never[] = [];
const isObject = (n: Node) => n.type === 'k8s';
const onNodeClick: NodeMouseHandler = (_e, node) => { if (isObject(node)) appStore.getState().select(node.id); };
const onNodeEnter: NodeMouseHandler = (_e, node) => appStore.getState().setHovered(isObject(node) ? node.id : null);
const onNodeLeave: NodeMouseHandler = () => appStore.getState().setHovered(null);
const onPaneClick = () => appStore.getState().select(null);
// React Flow paints minimap nodes with an inline `fill`: theme variables work there (a CSS class would lose).
const minimapColor = (n: FlowNode) => (n.type === 'k8s' ? `var(--${n.data.tone})` : 'transparent');
const MINIMAP_SIZE = { width: 150, height: 96 };
const SYSTEMISH = new Set(['Node', 'StorageClass', 'Service', 'DNSRecord']);
/** Above this many waiting (pulsing) cards the rings hold still: an endless compositor animation each costs
 * every frame (at 200 objects the pulses alone kept the compositor threads busy half the time). */
const PULSE_LIMIT = 12;
const pulses = (n: FlowNode) => n.type === 'k8s' && (n.data.kind === 'Pod' ? n.data.tone === 'pending' || n.data.tone === 'creating'
  : n.data.kind === 'PersistentVolumeClaim' && n.data.tone === 'pending');
function manyWaiting(nodes: readonly FlowNode[]): boolean {
  let count = 0;
  for (const n of nodes) if (pulses(n) && ++count > PULSE_LIMIT) return true;
  return false;
}

function Flow() {
  const { nodes, edges, positions } = useFlow();
  const { fitView } = useReactFlow();
  const far = useStore(selectFar);
  useEffect(() => {
    const id = requestAnimationFrame(() => void fitView(FIT_OPTIONS));
    return () => cancelAnimationFrame(id);
  }, [positions, fitView]);
  return (
    <div className={`graph-canvas${manyWaiting(nodes) ? ' many-waiting' : ''}${far ? ' far' : ''}`}>
      <FarContext.Provider value={far}>
        <ReactFlow
          nodes={nodes}
          edges={NO_EDGES}
          nodeTypes={nodeTypes}
          onNodeClick={onNodeClick}
          onNodeMouseEnter={onNodeEnter}
          onNodeMouseLeave={onNodeLeave}
          onPaneClick={onPaneClick}
          nodesDraggable={false}
          nodesConnectable={false}
          deleteKeyCode={null}
          fitView
          fitViewOptions={FIT_OPTIONS}
          minZoom={0.1}
          maxZoom={2}
          onlyRenderVisibleElements={nodes.length > 150}
          proOptions={{ hideAttribution: true }}
        >
          <EdgeLayer nodes={nodes} edges={edges} far={far} />
          <Background gap={24} size={1} />
          <Controls showInteractive={false} />
          <MiniMap<FlowNode> pannable zoomable nodeColor={minimapColor} nodeStrokeWidth={0} maskColor="rgba(128, 128, 128, 0.25)" ariaLabel={t('graphMinimap')} style={MINIMAP_SIZE} />
        </ReactFlow>
      </FarContext.Provider>
      {nodes.every((n) => n.type !== 'k8s' || SYSTEMISH.has(n.data.kind)) && <p className="graph-empty">{t('graphEmpty')}</p>}
    </div>
  );
}

export function GraphView() {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <section className="graph" role="region" aria-label={t('graphLabel')} ref={ref}>
      <ReactFlowProvider>
        <GraphToolbar container={ref} />
        <Flow />
      </ReactFlowProvider>
      <Legend />
      <Inspector />
    </section>
  );
}
