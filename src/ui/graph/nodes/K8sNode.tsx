// One Kubernetes object in the graph. The data-* attributes and aria-label live on React Flow's node element.
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { K8sFlowNode } from '../graphModel';

const KIND_SHORT: Record<string, string> = {
  StatefulSet: 'sts', Deployment: 'deploy', ReplicaSet: 'rs', Pod: 'pod', PersistentVolumeClaim: 'pvc',
  PersistentVolume: 'pv', StorageClass: 'sc', Service: 'svc', Node: 'node',
};

function K8sNodeView({ data }: NodeProps<K8sFlowNode>) {
  return (
    <div className={`k8s-node tone-${data.tone} kind-${data.kind}`} title={`${data.kind} ${data.namespace ? data.namespace + '/' : ''}${data.name}`}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <div className="k8s-node-head">
        <span className="k8s-node-kind" aria-hidden="true">{KIND_SHORT[data.kind] ?? data.kind}</span>
        <span className="k8s-node-name">{data.name}</span>
      </div>
      <div className="k8s-node-foot">
        <span className="k8s-node-status">{data.status}</span>
        {data.detail && <span className="k8s-node-detail">{data.detail}</span>}
      </div>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}

export const K8sNode = memo(K8sNodeView);
