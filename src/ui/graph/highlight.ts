// Hover highlighting (an object, its direct relations and their edges lit; the rest dimmed) and identity reuse
// of unchanged nodes/edges between frames. Pure.
import type { FlowNode, K8sFlowEdge } from './graphModel';

interface Flow { readonly nodes: FlowNode[]; readonly edges: K8sFlowEdge[] }

const withClass = (base: string | undefined, extra: string) => (base ? `${base} ${extra}` : extra);

/** The hovered object and its neighbours, or null when nothing (known) is hovered. */
export function relatedTo(edges: readonly K8sFlowEdge[], key: string | null): Set<string> | null {
  if (!key) return null;
  const out = new Set([key]);
  for (const e of edges) {
    if (e.source === key) out.add(e.target);
    if (e.target === key) out.add(e.source);
  }
  return out;
}

export function highlight(flow: Flow, hovered: string | null): Flow {
  const related = hovered && flow.nodes.some((n) => n.id === hovered) ? relatedTo(flow.edges, hovered) : null;
  if (!related) return flow;
  return {
    nodes: flow.nodes.map((n) => (n.type !== 'k8s' ? n
      : { ...n, className: withClass(n.className, related.has(n.id) ? (n.id === hovered ? 'lit hovered' : 'lit') : 'dimmed') })),
    edges: flow.edges.map((e) => ({
      ...e, className: withClass(e.className, e.source === hovered || e.target === hovered ? 'lit' : 'dimmed'),
      zIndex: e.source === hovered || e.target === hovered ? 1 : 0,
    })),
  };
}

export function sameNode(a: FlowNode, b: FlowNode): boolean {
  if (a === b) return true;
  if (a.type !== b.type || a.position.x !== b.position.x || a.position.y !== b.position.y) return false;
  if (a.className !== b.className || a.selected !== b.selected || a.width !== b.width) return false;
  if (a.type === 'lane' || b.type === 'lane') return a.data.label === b.data.label;
  if (a.data === b.data) return true;
  const x = a.data;
  const y = b.data as typeof x;
  return x.status === y.status && x.tone === y.tone && x.compact === y.compact && x.fields.join('\n') === y.fields.join('\n');
}

export function sameEdge(a: K8sFlowEdge, b: K8sFlowEdge): boolean {
  if (a === b) return true;
  return a.source === b.source && a.target === b.target && a.className === b.className && a.data?.label === b.data?.label && a.ariaLabel === b.ariaLabel;
}

/** `next`, with each element equal to its predecessor (same id) replaced by that predecessor; `prev` itself when
 * nothing changed. Elements are matched by position first (the order rarely changes between frames), by id else. */
export function reuse<T extends { id: string }>(prev: readonly T[], next: T[], same: (a: T, b: T) => boolean): T[] {
  if (prev.length === 0 || prev === next) return next;
  if (prev.length === next.length && prev.every((p, i) => p === next[i])) return prev as T[];
  let byId: Map<string, T> | null = null;
  let changed = prev.length !== next.length;
  const out = new Array<T>(next.length);
  for (let i = 0; i < next.length; i++) {
    const n = next[i]!;
    let p: T | undefined = prev[i];
    if (p?.id !== n.id) p = (byId ??= new Map(prev.map((x) => [x.id, x]))).get(n.id);
    if (p && same(p, n)) {
      if (prev[i] !== p) changed = true;
      out[i] = p;
    } else {
      changed = true;
      out[i] = n;
    }
  }
  return changed ? out : (prev as T[]);
}
