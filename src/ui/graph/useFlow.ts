// Hook: the React Flow nodes/edges for the playhead (a big graph: a task behind the store), from narrow store selectors and memoized pure functions.
// Positions change only when the set of objects ever seen changes; a frame that only changes statuses rebuilds
// data, and unchanged nodes/edges keep their identity so React Flow skips them.
import { useMemo, useRef } from 'react';
import { useAppStore, snapshotReader, selectSnapshot } from '../../store/useAppStore';
import { selectSelectedKey, selectTimeline } from '../../store/selectors';
import type { ClusterSnapshot } from '../../sim';
import { useGraphState } from './useGraphSnapshot';
import { everObjects, stableLayout, type FlowNode, type K8sFlowEdge } from './graphModel';
import { FlowModel } from './flowModel';
import { highlight, reuse, sameEdge, sameNode } from './highlight';

const selectHovered = (s: { hoveredKey: string | null }) => s.hoveredKey;
const selectShowSystem = (s: { showSystem: boolean }) => s.showSystem;
/** Graphs of more objects than this follow the store a task behind. */
const DEFER_ABOVE_NODES = 300;

/** How many objects a snapshot holds (all kinds). */
function objectCount(snapshot: ClusterSnapshot | null): number {
  let n = 0;
  if (snapshot) for (const byKey of Object.values(snapshot.objects)) n += Object.keys(byKey).length;
  return n;
}
const EMPTY = { nodes: [] as FlowNode[], edges: [] as K8sFlowEdge[] };

export function useFlow() {
  // A big graph follows the store a task behind (useGraphSnapshot.ts), so it never lengthens an input's task; a
  // small one (cheap to draw) in the same commit as the rest of the page.
  const deferred = useGraphState();
  const direct = { timeline: useAppStore(selectTimeline), snapshot: useAppStore(selectSnapshot), index: useAppStore(snapshotReader.frameIndex) };
  // Decided from the store's own snapshot, never from what this hook drew: deciding from the output flipped between
  // the two sources while the deferred one lagged (few nodes → direct → many nodes → deferred → …), and with the
  // graph mode derived during render (farZoom.ts) that was an endless re-render (React error 301).
  const big = useMemo(() => objectCount(direct.snapshot) > DEFER_ABOVE_NODES, [direct.snapshot]);
  const { timeline, snapshot, index } = big ? deferred : direct;
  const selectedKey = useAppStore(selectSelectedKey);
  const hovered = useAppStore(selectHovered);
  const showSystem = useAppStore(selectShowSystem);
  const layout = useMemo(
    () => stableLayout(timeline ? everObjects(snapshotReader.initial(timeline), timeline.frames) : new Map(), showSystem),
    [timeline, showSystem],
  );
  // Kept up to date frame by frame: a frame rebuilds the cards and edges of the objects that changed (flowModel.ts).
  const model = useRef<FlowModel | null>(null);
  const flow = useMemo(() => (snapshot ? (model.current ??= new FlowModel()).update(snapshot, layout, selectedKey) : EMPTY), [snapshot, layout, selectedKey]);
  const lit = useMemo(() => highlight(flow, hovered), [flow, hovered]);
  const prev = useRef(EMPTY);
  const out = useMemo(() => {
    const next = { nodes: reuse(prev.current.nodes, lit.nodes, sameNode), edges: reuse(prev.current.edges, lit.edges, sameEdge) };
    prev.current = next;
    return next;
  }, [lit]);
  return { ...out, positions: layout.positions, frameIndex: index };
}
