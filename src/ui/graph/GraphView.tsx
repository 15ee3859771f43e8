// The cluster graph region: React Flow over the snapshot at the playhead.
import { useEffect } from 'react';
import { ReactFlow, ReactFlowProvider, Background, Controls, useReactFlow, type NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { appStore } from '../../store/useAppStore';
import { t } from '../i18n';
import { K8sNode } from './nodes/K8sNode';
import { Legend } from './Legend';
import { Inspector } from './Inspector';
import { useFlow } from './useFlow';

const nodeTypes = { k8s: K8sNode };
const onNodeClick: NodeMouseHandler = (_e, node) => appStore.getState().select(node.id);
const onPaneClick = () => appStore.getState().select(null);

function Flow() {
  const { nodes, edges, positions } = useFlow();
  const { fitView } = useReactFlow();
  useEffect(() => {
    const id = requestAnimationFrame(() => void fitView({ padding: 0.15, maxZoom: 1.1, duration: 250 }));
    return () => cancelAnimationFrame(id);
  }, [positions, fitView]);
  return (
    <>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodeClick={onNodeClick}
        onPaneClick={onPaneClick}
        nodesDraggable={false}
        nodesConnectable={false}
        deleteKeyCode={null}
        fitView
        minZoom={0.2}
        maxZoom={2}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} />
      </ReactFlow>
      {nodes.every((n) => n.data.kind === 'Node' || n.data.kind === 'StorageClass' || n.data.kind === 'Service') && (
        <p className="graph-empty">{t('graphEmpty')}</p>
      )}
    </>
  );
}

export function GraphView() {
  return (
    <section className="graph" role="region" aria-label={t('graphLabel')}>
      <ReactFlowProvider>
        <Flow />
      </ReactFlowProvider>
      <Legend />
      <Inspector />
    </section>
  );
}
