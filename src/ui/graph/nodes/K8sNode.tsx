// One Kubernetes object in the graph. The data-* attributes and aria-label live on React Flow's node element.
// No <Handle> elements: edges are drawn by EdgeLayer.tsx from the node's `handles` (graphModel.ts), not by React Flow.
// A card: the name (one or two lines, cut in the middle if longer), the kind badge and STATUS, one detail line
// (pods: a revision swatch, the image and the node badge), and a second detail line when the name takes one line.
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { K8sFlowNode, LaneFlowNode } from '../graphModel';
import { revColour } from '../revisions';
import { nodeColour } from '../nodeColours';
import { t } from '../../i18n';
import { cardTitle, cardTooltip, KIND_SHORT, NAME_LINE_PX, shortImage, splitName } from './cardText';

function K8sNodeView({ data }: NodeProps<K8sFlowNode>) {
  const [head, zone] = cardTitle(data.kind, data.name);
  const lines = splitName(head, NAME_LINE_PX, data.compact ? 1 : 2);
  const className = `k8s-node tone-${data.tone} kind-${data.kind}${data.compact ? ' compact' : ''}`;
  const title = cardTooltip(data);
  const isPod = data.kind === 'Pod';
  const oneLine = lines.length === 1 && !zone;
  return (
    <div className={className} title={title}>
      <div className="k8s-node-name">
        {lines.map((l, i) => <span key={i} className="k8s-name-line">{l}{i === lines.length - 1 && zone && <span className="k8s-node-zone">{zone}</span>}</span>)}
      </div>
      {data.compact ? (
        data.fields[0] && <div className="k8s-node-detail">{data.fields[0]}</div>
      ) : (
        <>
          <div className="k8s-node-foot">
            <span className="k8s-node-kind" aria-hidden="true">{KIND_SHORT[data.kind] ?? data.kind}</span>
            <span className="k8s-node-status">{data.status}</span>
          </div>
          <div className="k8s-node-detail">
            <span className={`k8s-node-detail-text${data.rev !== undefined ? ' rev' : ''}`}
              style={data.rev !== undefined ? { borderLeftColor: revColour(data.rev) } : undefined}
              title={data.rev !== undefined ? t('graphRevision', { rev: data.rev }) : undefined}>
              {isPod || data.kind.endsWith('Set') || data.kind === 'Deployment' ? shortImage(data.fields[0] ?? '', isPod && data.node ? 10 : 17) : data.fields[0]}
            </span>
            {isPod && data.node && <span className="k8s-node-on" style={{ borderColor: nodeColour(data.node) }}>{data.node}</span>}
          </div>
          {oneLine && data.fields[1] && <div className="k8s-node-extra">{data.fields[1]}</div>}
        </>
      )}
    </div>
  );
}

export const K8sNode = memo(K8sNodeView);

function LaneNodeView({ data }: NodeProps<LaneFlowNode>) {
  return <div className="graph-lane">{data.label && <span className="graph-lane-label">{data.label}</span>}</div>;
}

export const LaneNode = memo(LaneNodeView);
