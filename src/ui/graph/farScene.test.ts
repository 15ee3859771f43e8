import { describe, expect, it } from 'vitest';
import { Position } from '@xyflow/react';
import type { FlowNode, K8sFlowEdge, K8sFlowNode, K8sNodeData } from './graphModel';
import { cardBox, cardHeight, farScene, sceneDiff } from './farScene';
import { graphBounds } from './useFitGraph';
import { edgeRoute } from './edgeGeometry';

const handles = (h: number) => [
  { id: 't', type: 'target' as const, position: Position.Top, x: 92, y: 0, width: 0, height: 0 },
  { id: 'b', type: 'source' as const, position: Position.Bottom, x: 92, y: h, width: 0, height: 0 },
];
function card(id: string, kind: string, name: string, x: number, y: number, extra: Partial<K8sFlowNode> = {}, data: Partial<K8sNodeData> = {}): K8sFlowNode {
  return {
    id, type: 'k8s', position: { x, y }, width: 184, height: 72, handles: handles(72),
    data: { kind, name, namespace: 'default', status: 'Running', tone: 'running', fields: [], compact: false, ...data }, ...extra,
  };
}
const lane: FlowNode = { id: 'lane:node-1', type: 'lane', position: { x: -20, y: 300 }, width: 600, height: 400, data: { label: '' } };
const edge = (source: string, target: string, className?: string): K8sFlowEdge => ({
  id: `owner:${source}->${target}`, type: 'k8s', source, target, sourceHandle: 'b', targetHandle: 't',
  data: { relation: 'owner' }, ...(className ? { className } : {}),
});

describe('farScene', () => {
  const sts = card('sts', 'StatefulSet', 'web', 0, 100);
  const pod = card('pod', 'Pod', 'web-0', 0, 320, {}, { tone: 'terminating', status: 'Terminating' });
  const dns = card('dns', 'DNSRecord', 'web-0.nginx.default.svc.cluster.local', 200, 0);
  const kubeDns = card('kdns', 'Service', 'kube-dns', 400, 0, { className: 'system' });

  it('draws lanes, then edges, then cards, in flow coordinates, as graph.css draws a far card', () => {
    const scene = farScene([lane, sts, pod, dns, kubeDns], [edge('sts', 'pod')]);
    expect(scene.lanes).toEqual([{ x: -20, y: 300, width: 600, height: 400, label: '' }]);
    expect(scene.cards.map((c) => [c.id, c.shape, c.text])).toEqual([
      ['sts', 'controller', 'web'], ['pod', 'box', 'web-0'], ['dns', 'dns', 'web-0.nginx'], ['kdns', 'service', 'kube-dns'],
    ]);
    expect(scene.cards[1]).toMatchObject({ alpha: 0.4, dashed: true, ring: null }); // Terminating fades, dashed
    expect(scene.cards[3]!.height).toBe(kubeDns.height); // system cards as the layout sizes them
    expect(scene.edges).toHaveLength(1);
    expect(scene.edges[0]).toMatchObject({ relation: 'owner', lit: false, dimmed: false, label: '' });
    expect(scene.edges[0]!.boxes).toEqual([ // from (92, 172) down to its turn at 188, then on down to (92, 320)
      { x0: 78, y0: 158, x1: 106, y1: 202 }, { x0: 78, y0: 174, x1: 106, y1: 202 }, { x0: 78, y0: 174, x1: 106, y1: 334 },
    ]);
    expect(scene.edges[0]!.path).toBe(edgeRoute({ x: 92, y: 172, position: Position.Bottom }, { x: 92, y: 320, position: Position.Top }, 'owner').path);
  });

  it('shows hover and selection: rings on the lit and selected, the rest faded, lit edges drawn last', () => {
    const scene = farScene(
      [{ ...sts, className: 'lit hovered' }, { ...pod, className: 'dimmed' }, { ...dns, selected: true }],
      [edge('sts', 'pod', 'edge-owner lit'), edge('pod', 'sts', 'edge-owner dimmed')],
    );
    expect(scene.cards.map((c) => [c.ring, c.alpha])).toEqual([['lit', 1], [null, 0.4 * 0.18], ['selected', 1]]);
    expect(scene.edges.map((e) => [e.lit, e.dimmed])).toEqual([[false, true], [true, false]]);
  });

  it('covers a route down the bands with its three segments, not the box of its ends', () => {
    const far = card('far', 'Pod', 'web-9', 1000, 400);
    const [e] = farScene([sts, far], [edge('sts', 'far')]).edges;
    // From (92, 172) down to the turn at 188, across to x 1092, down to (1092, 400).
    expect(e!.boxes).toEqual([
      { x0: 78, y0: 158, x1: 106, y1: 202 }, { x0: 78, y0: 174, x1: 1106, y1: 202 }, { x0: 1078, y0: 174, x1: 1106, y1: 414 },
    ]);
  });

  it('skips an edge whose card is not in the frame', () => {
    expect(farScene([sts], [edge('sts', 'gone')]).edges).toEqual([]);
  });

  it('keeps an edge route while its ends stay put, and recomputes it when they move', () => {
    const first = farScene([sts, pod], [edge('sts', 'pod')]).edges[0]!.path;
    expect(farScene([sts, pod], [edge('sts', 'pod')]).edges[0]!.path).toBe(first);
    const moved = farScene([sts, { ...pod, position: { x: 300, y: 320 } }], [edge('sts', 'pod')]).edges[0]!.path;
    expect(moved).not.toBe(first);
    expect(moved).toBe(edgeRoute({ x: 92, y: 172, position: Position.Bottom }, { x: 392, y: 320, position: Position.Top }, 'owner').path);
  });

  it('gives hit boxes the drawn card height', () => {
    expect(cardHeight(sts)).toBe(72);
    expect(cardHeight(kubeDns)).toBe(kubeDns.height);
  });
});

describe('graphBounds', () => {
  it('is the box around every lane and card', () => {
    expect(graphBounds([lane, card('a', 'Pod', 'a', 700, -50)])).toEqual({ x: -20, y: -50, width: 904, height: 750 });
  });
  it('is null for an empty graph', () => {
    expect(graphBounds([])).toBeNull();
  });
});

describe('sceneDiff: where a new frame must be redrawn', () => {
  const a = card('a', 'Pod', 'web-0', 0, 300);
  const b = card('b', 'Pod', 'web-1', 300, 300);
  const sts = card('sts', 'StatefulSet', 'web', 150, 100);
  const base = farScene([lane, sts, a, b], [edge('sts', 'a'), edge('sts', 'b')]);

  it('nothing, when nothing changed (unchanged nodes keep their scene cards)', () => {
    expect(sceneDiff(base, base)).toEqual([]);
    expect(sceneDiff(base, farScene([lane, sts, a, b], [edge('sts', 'a'), edge('sts', 'b')]))).toEqual([]);
  });

  it('the old and new place of a card that changed, and nothing else', () => {
    const b2 = { ...b, data: { ...b.data, tone: 'terminating' as const, status: 'Terminating' } };
    const next = farScene([lane, sts, a, b2], [edge('sts', 'a'), edge('sts', 'b')]);
    expect(sceneDiff(base, next)).toEqual([cardBox(base.cards[2]!), cardBox(next.cards[2]!)]);
  });

  it('a card and its edge that went away', () => {
    const next = farScene([lane, sts, a], [edge('sts', 'a')]);
    expect(sceneDiff(base, next)).toEqual([cardBox(base.cards[2]!), ...base.edges[1]!.boxes]);
  });

  it('everything, when the lanes changed or too much did', () => {
    expect(sceneDiff(base, farScene([{ ...lane, width: 900 }, sts, a, b], [edge('sts', 'a'), edge('sts', 'b')]))).toBe('all');
    const many = Array.from({ length: 100 }, (_, i) => card(`p${i}`, 'Pod', `p${i}`, i * 200, 300));
    expect(sceneDiff(base, farScene([lane, sts, a, b, ...many], [edge('sts', 'a'), edge('sts', 'b')]))).toBe('all');
  });
});
