// The cluster graph region: React Flow over the snapshot at the playhead. Few cards in view: React Flow's cards and
// EdgeLayer's SVG edges. Zoomed far out or many cards in view (farZoom.ts): one canvas (FarCanvas.tsx) and a
// transparent box per object (HitLayer.tsx).
import { useEffect, useMemo, useRef, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';
import {
  ReactFlow, ReactFlowProvider, Background, type Node, type NodeMouseHandler,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './graph.css';
import { appStore } from '../../store/useAppStore';
import { t } from '../i18n';
import { K8sNode, LaneNode } from './nodes/K8sNode';
import { MANY_EDGES, useGraphMode } from './farZoom';
import { EdgeLayer } from './EdgeLayer';
import { FarCanvas } from './FarCanvas';
import { HitLayer } from './HitLayer';
import { farScene } from './farScene';
import { Inspector } from './inspector/Inspector';
import { GraphToolbar } from './GraphToolbar';
import { FIT, useFitGraph } from './useFitGraph';
import { usePresenter } from '../present/presenter';
import { GraphMinimap } from './GraphMinimap';
import { useFlow } from './useFlow';
import { LimitNotice } from './LimitNotice';
import { MAKE_ROOM_MS, useMakingRoom } from '../stage/makeRoom';
import type { FlowNode } from './graphModel';

const nodeTypes = { k8s: K8sNode, lane: LaneNode };
/** React Flow draws no edges: EdgeLayer draws them all in one SVG. */
const NO_EDGES: never[] = [];
/** When the canvas draws the graph (farZoom.ts), React Flow gets no cards either. */
const NO_NODES: never[] = [];
const isObject = (n: Node) => n.type === 'k8s';
const onNodeClick: NodeMouseHandler = (_e, node) => { if (isObject(node)) appStore.getState().select(node.id); };
/** Until then, a card coming under a still pointer is not "hovered": the panes just moved the graph under it. */
let hoverBlockedUntil = 0;
const onNodeEnter: NodeMouseHandler = (_e, node) => {
  if (performance.now() < hoverBlockedUntil) return;
  appStore.getState().setHovered(isObject(node) ? node.id : null);
};
const onNodeLeave: NodeMouseHandler = () => appStore.getState().setHovered(null);
const onPaneClick = () => appStore.getState().select(null);
/** Enter on a focused card opens it in the inspector (as a click does). */
const onCardKey = (e: ReactKeyboardEvent<HTMLDivElement>) => {
  if (e.key !== 'Enter') return;
  const card = (e.target as Element).closest<HTMLElement>('.react-flow__node[data-kind]');
  const id = card?.dataset.id;
  if (id) { e.preventDefault(); appStore.getState().select(id); }
};
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

function Flow({ container }: { container: RefObject<HTMLDivElement | null> }) {
  const { nodes, edges, positions, frameIndex } = useFlow();
  const fit = useFitGraph(nodes);
  // The layout the view was last fitted to: a new one is fitted in the next animation frame (below).
  const fittedTo = useRef<unknown>(positions);
  const mode = useGraphMode(nodes, fittedTo.current !== positions);
  const scene = useMemo(() => (mode !== 'cards' ? farScene(nodes, edges, positions) : null), [mode, nodes, edges, positions]);
  const presenter = usePresenter();
  const makingRoom = useMakingRoom();
  const roomBefore = useRef(makingRoom);
  useEffect(() => {
    // The panes made room (or took it back): refit once they have moved.
    if (roomBefore.current === makingRoom) return undefined;
    roomBefore.current = makingRoom;
    // The Play button was clicked where the graph now is: do not light up whatever slid under the pointer.
    hoverBlockedUntil = performance.now() + MAKE_ROOM_MS + 400;
    appStore.getState().setHovered(null);
    const id = setTimeout(() => fit(), MAKE_ROOM_MS + 30);
    return () => clearTimeout(id);
  }, [makingRoom, fit]);
  useEffect(() => {
    // Twice: now, and after the page has laid out again (presenter mode folds the editor away).
    const id = requestAnimationFrame(() => {
      fit();
      fittedTo.current = positions;
    });
    const later = setTimeout(() => fit(), 300);
    return () => {
      cancelAnimationFrame(id);
      clearTimeout(later);
    };
  }, [positions, fit, presenter]);
  useEffect(() => {
    // On a projector the window size changes under the presenter (mirroring, a new resolution): keep it fitted.
    if (!presenter) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      clearTimeout(timer);
      timer = setTimeout(() => fit(), 150);
    };
    window.addEventListener('resize', onResize);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    };
  }, [presenter, fit]);
  return (
    <>
      <GraphToolbar container={container} onFit={fit} mode={mode} />
      <div className={`graph-canvas${manyWaiting(nodes) ? ' many-waiting' : ''}${edges.length > MANY_EDGES ? ' many-edges' : ''}`} onKeyDown={onCardKey}
        data-graph-frame={frameIndex}>
        <ReactFlow
          nodes={scene ? NO_NODES : nodes}
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
          fitViewOptions={FIT}
          minZoom={0.05}
          maxZoom={2}
          onlyRenderVisibleElements={nodes.length > 150}
          proOptions={{ hideAttribution: true }}
        >
          {scene ? <><FarCanvas scene={scene} detail={mode === 'crowded'} /><HitLayer nodes={nodes} /></> : <EdgeLayer nodes={nodes} edges={edges} />}
          <Background gap={24} size={1} />
          <GraphMinimap nodes={nodes} />
        </ReactFlow>
        {nodes.every((n) => n.type !== 'k8s' || SYSTEMISH.has(n.data.kind)) && <p className="graph-empty">{t('graphEmpty')}</p>}
        <LimitNotice />
      </div>
    </>
  );
}

export function GraphView() {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <section className="graph" role="region" aria-label={t('graphLabel')} ref={ref}>
      <ReactFlowProvider>
        <Flow container={ref} />
      </ReactFlowProvider>
      <Inspector />
    </section>
  );
}
