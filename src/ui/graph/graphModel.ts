// Snapshot → React Flow nodes and edges. Positions come from the stable layout of every object the timeline held.
import type { Edge, Node } from '@xyflow/react';
import type { ClusterSnapshot, Frame, KObject } from '../../sim';
import { t } from '../i18n';
import { computeLayout, type Point } from './layout';
import { GRAPH_KINDS, graphObjects, keyFor, relationsOf, type RelationKind } from './relations';
import { objectDetail, objectStatus, toneOf, type Tone } from './status';

export interface K8sNodeData extends Record<string, unknown> {
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly status: string;
  readonly tone: Tone;
  readonly detail: string;
}
export type K8sFlowNode = Node<K8sNodeData, 'k8s'>;

const graphKinds = new Set<string>(GRAPH_KINDS);

/** Every graph object the timeline ever held (latest version of each), in a stable order. */
export function everObjects(initial: ClusterSnapshot, frames: readonly Frame[]): Map<string, KObject> {
  const out = graphObjects(initial.objects as never);
  for (const f of frames) {
    for (const c of f.changes) {
      const o = c.object;
      if (graphKinds.has(o.kind)) out.set(keyFor(o.kind, o.metadata.namespace ?? '', o.metadata.name ?? ''), o);
    }
  }
  return out;
}

let lastSignature = '';
let lastLayout = new Map<string, Point>();
/** Layout of all objects ever seen; recomputed only when that set of keys changes. */
export function stableLayout(all: ReadonlyMap<string, KObject>): Map<string, Point> {
  const signature = [...all.keys()].join('|');
  if (signature !== lastSignature) {
    lastLayout = computeLayout(all, relationsOf(all));
    lastSignature = signature;
  }
  return lastLayout;
}

const RELATION_TEXT: Record<RelationKind, string> = {
  owner: 'owns', claim: 'uses claim', bound: 'is bound to', 'provisioned-by': 'provisioned', selects: 'selects',
};

export function buildFlow(snapshot: ClusterSnapshot, positions: ReadonlyMap<string, Point>, selectedKey: string | null) {
  const objects = graphObjects(snapshot.objects as never);
  const nodes: K8sFlowNode[] = [];
  for (const [key, obj] of objects) {
    const kind = obj.kind;
    const name = obj.metadata.name ?? '';
    const namespace = obj.metadata.namespace ?? '';
    const status = objectStatus(obj, snapshot.nowMs);
    nodes.push({
      id: key,
      type: 'k8s',
      position: positions.get(key) ?? { x: 0, y: 0 },
      data: { kind, name, namespace, status, tone: toneOf(kind, status), detail: objectDetail(obj) },
      selected: key === selectedKey,
      draggable: false,
      connectable: false,
      deletable: false,
      ariaLabel: t('nodeLabel', { kind, name, status }),
      domAttributes: { 'data-kind': kind, 'data-name': name, 'data-namespace': namespace, 'data-status': status } as K8sFlowNode['domAttributes'],
    });
  }
  const name = (key: string) => `${objects.get(key)!.kind} ${objects.get(key)!.metadata.name}`;
  const edges: Edge[] = relationsOf(objects).map((r) => ({
    id: r.id,
    source: r.source,
    target: r.target,
    className: `edge-${r.kind}`,
    selectable: false,
    deletable: false,
    ariaLabel: `${name(r.source)} ${RELATION_TEXT[r.kind]} ${name(r.target)}`,
    domAttributes: { 'data-relation': r.kind } as Edge['domAttributes'],
  }));
  return { nodes, edges };
}
