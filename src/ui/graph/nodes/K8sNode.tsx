// One Kubernetes object in the graph. The data-* attributes and aria-label live on React Flow's node element.
// No <Handle> elements: edges are drawn by EdgeLayer.tsx from the node's `handles` (graphModel.ts), not by React Flow.
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { K8sFlowNode, LaneFlowNode } from '../graphModel';
import { KindIcon } from './icons';
import { cardTitle, cardTooltip, KIND_SHORT } from './cardText';


function K8sNodeView({ data }: NodeProps<K8sFlowNode>) {
  const [head, zone] = cardTitle(data.kind, data.name);
  const className = `k8s-node tone-${data.tone} kind-${data.kind}${data.compact ? ' compact' : ''}`;
  const title = cardTooltip(data);
  return (
    <div className={className} title={title}>
      <div className="k8s-node-head">
        <span className="k8s-node-kind" aria-hidden="true"><KindIcon kind={data.kind} />{KIND_SHORT[data.kind] ?? data.kind}</span>
        <span className="k8s-node-name">{head}{zone && <span className="k8s-node-zone">{zone}</span>}</span>
      </div>
      <div className="k8s-node-foot">
        <span className="k8s-node-status">{data.status}</span>
        {data.fields[0] && <span className="k8s-node-detail">{data.fields[0]}</span>}
      </div>
      {!data.compact && data.fields[1] && <div className="k8s-node-extra">{data.fields[1]}</div>}
    </div>
  );
}

export const K8sNode = memo(K8sNodeView);

function LaneNodeView({ data }: NodeProps<LaneFlowNode>) {
  return <div className="graph-lane">{data.label && <span className="graph-lane-label">{data.label}</span>}</div>;
}

export const LaneNode = memo(LaneNodeView);
