// When the canvas draws the graph (FarCanvas.tsx; farZoom.ts says when), every object still has an element: a transparent box over its
// card carrying the DESIGN contract (data-kind, data-name, data-namespace, data-status and the accessible label),
// the tooltip, hover highlighting, click and keyboard selection. Boxes are placed with left/top (no transform per
// box) and paint nothing, so they cost no paint or compositing; an unchanged object's box is not re-rendered.
// When thousands of boxes are new at once (a big Apply), they are mounted a few hundred per animation frame
// (hitChunks.ts) rather than in one long commit; the canvas draws every card meanwhile.
import { memo, useEffect, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { appStore } from '../../store/useAppStore';
import type { FlowNode, K8sFlowNode } from './graphModel';
import { cardHeight } from './farScene';
import { cardTooltip } from './nodes/cardText';
import { planHits } from './hitChunks';

const idOf = (e: { currentTarget: HTMLElement }) => e.currentTarget.dataset.id ?? null;
const onClick = (e: MouseEvent<HTMLElement>) => {
  e.stopPropagation(); // not a click on the empty pane (which clears the selection)
  appStore.getState().select(idOf(e));
};
const onEnter = (e: MouseEvent<HTMLElement>) => appStore.getState().setHovered(idOf(e));
const onLeave = () => appStore.getState().setHovered(null);
const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  e.preventDefault();
  appStore.getState().select(idOf(e));
};

const Hit = memo(function Hit({ node }: { node: K8sFlowNode }) {
  const { data } = node;
  const style = { left: node.position.x, top: node.position.y, width: node.width, height: cardHeight(node) };
  return (
    <div className="graph-hit" style={style} role="group" aria-roledescription="node" tabIndex={0}
      aria-label={node.ariaLabel} title={cardTooltip(data)} data-id={node.id} {...node.domAttributes}
      onClick={onClick} onMouseEnter={onEnter} onMouseLeave={onLeave} onKeyDown={onKeyDown} />
  );
});

const NONE: ReadonlySet<string> = new Set();

export const HitLayer = memo(function HitLayer({ nodes }: { nodes: readonly FlowNode[] }) {
  const ids = useMemo(() => nodes.flatMap((n) => (n.type === 'k8s' ? [n.id] : [])), [nodes]);
  const [mounted, setMounted] = useState<ReadonlySet<string>>(NONE);
  const plan = useMemo(() => planHits(ids, mounted), [ids, mounted]);
  const { show } = plan;
  useEffect(() => {
    if (plan.show === mounted) return undefined;
    // All in: remember it (the re-render returns the same children below, so React skips them). Some held back:
    // the next few hundred in the next frame.
    if (plan.complete) {
      setMounted(plan.show);
      return undefined;
    }
    const id = requestAnimationFrame(() => setMounted(plan.show));
    return () => cancelAnimationFrame(id);
  }, [plan, mounted]);
  // The same element while `nodes` and `show` are the same: the re-render that only remembers `show` costs nothing.
  return useMemo(() => (
    <ViewportPortal>
      <div className="graph-hits">
        {nodes.map((n) => (n.type === 'k8s' && show.has(n.id) ? <Hit key={n.id} node={n} /> : null))}
      </div>
    </ViewportPortal>
  ), [nodes, show]);
});
