// Node filters of the default scheduler, one tiny predicate each.
// Mirrors kubernetes/kubernetes pkg/scheduler/framework/plugins: nodeunschedulable, tainttoleration,
// nodeaffinity (required terms only), and the node-affinity check of volumebinding.
// and interpodaffinity (required anti-affinity of the incoming pod only).
// Deviations: no resources, ports, topology spread, inter-pod affinity, or existing pods' anti-affinity.
import { selectorMatches } from '../../api/labels';
import type { Node, NodeSelectorRequirement, NodeSelectorTerm, PersistentVolume, Pod, Taint, Toleration } from 'kubernetes-types/core/v1';

/** True unless the node's Ready condition exists and is not True (nodes without conditions count as Ready). */
export function isNodeReady(node: Node): boolean {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  return !ready || ready.status === 'True';
}

/** True when a toleration matches a taint (key/operator/value/effect; an empty key with Exists matches all). */
export function tolerates(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (!t.key) return t.operator === 'Exists';
  if (t.key !== taint.key) return false;
  return t.operator === 'Exists' || (t.value ?? '') === (taint.value ?? '');
}

/** The first NoSchedule/NoExecute taint the pod does not tolerate. */
export function untoleratedTaint(node: Node, pod: Pod): Taint | undefined {
  const tols = pod.spec?.tolerations ?? [];
  return (node.spec?.taints ?? []).find((taint) =>
    (taint.effect === 'NoSchedule' || taint.effect === 'NoExecute') && !tols.some((t) => tolerates(t, taint)));
}

function requirementMatches(r: NodeSelectorRequirement, value: string | undefined): boolean {
  switch (r.operator) {
    case 'In': return value !== undefined && (r.values ?? []).includes(value);
    case 'NotIn': return value === undefined || !(r.values ?? []).includes(value);
    case 'Exists': return value !== undefined;
    case 'DoesNotExist': return value === undefined;
    case 'Gt': return value !== undefined && Number(value) > Number(r.values?.[0]);
    case 'Lt': return value !== undefined && Number(value) < Number(r.values?.[0]);
    default: return false;
  }
}

/** The node's labels, with kubernetes.io/hostname defaulted to its name. */
const labelsOf = (node: Node): Record<string, string> =>
  ({ 'kubernetes.io/hostname': node.metadata?.name ?? '', ...(node.metadata?.labels ?? {}) });

/** A node selector term matches when all its expressions and fields match. */
export function termMatches(term: NodeSelectorTerm, node: Node): boolean {
  const labels = labelsOf(node);
  return (term.matchExpressions ?? []).every((r) => requirementMatches(r, labels[r.key]))
    && (term.matchFields ?? []).every((r) => requirementMatches(r, r.key === 'metadata.name' ? node.metadata?.name : undefined));
}

/** Terms are ORed; no terms means no restriction. */
export const termsMatch = (terms: readonly NodeSelectorTerm[] | undefined, node: Node): boolean =>
  !terms || terms.length === 0 || terms.some((t) => termMatches(t, node));

/** spec.nodeSelector and required node affinity of the pod. */
export function podMatchesNode(pod: Pod, node: Node): boolean {
  const labels = labelsOf(node);
  const selectorOk = Object.entries(pod.spec?.nodeSelector ?? {}).every(([k, v]) => labels[k] === v);
  return selectorOk && termsMatch(pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms, node);
}

/** A bound PV's nodeAffinity admits the node. */
export const volumeAllowsNode = (pv: PersistentVolume, node: Node): boolean =>
  termsMatch(pv.spec?.nodeAffinity?.required?.nodeSelectorTerms, node);

/**
 * Why a node cannot take the pod, in the scheduler's words (the first failing filter, in plugin order),
 * or undefined if it fits.
 */
export function nodeMisfit(node: Node, pod: Pod, volumes: readonly PersistentVolume[]): string | undefined {
  if (node.spec?.unschedulable && !(pod.spec?.tolerations ?? []).some((t) => tolerates(t, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }))) {
    return 'node(s) were unschedulable';
  }
  const taint = untoleratedTaint(node, pod);
  if (taint) return `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
  if (!isNodeReady(node)) return 'node(s) had untolerated taint {node.kubernetes.io/not-ready: }';
  if (!podMatchesNode(pod, node)) return "node(s) didn't match Pod's node affinity/selector";
  if (volumes.some((pv) => !volumeAllowsNode(pv, node))) return 'node(s) had volume node affinity conflict';
  return undefined;
}

/**
 * The scheduler's FitError message: reasons counted and sorted, then the preemption verdict.
 * @example fitErrorMessage(3, ['node(s) were unschedulable', …]) ===
 *   '0/3 nodes are available: 3 node(s) were unschedulable. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.'
 */
export function fitErrorMessage(nodeCount: number, reasons: readonly string[]): string {
  if (nodeCount === 0) return 'no nodes available to schedule pods';
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  const parts = [...counts.entries()].map(([r, n]) => `${n} ${r}`).sort();
  const head = `0/${nodeCount} nodes are available`;
  return `${head}${parts.length ? `: ${parts.join(', ')}` : ''}. ${preemptionMessage(nodeCount)}`;
}

/** Every reason we model is unresolvable by preemption. */
export const preemptionMessage = (nodeCount: number): string =>
  `preemption: 0/${nodeCount} nodes are available: ${nodeCount} Preemption is not helpful for scheduling.`;

/**
 * Required pod anti-affinity of the incoming pod (interpodaffinity Filter): a node whose topology domain
 * (the value of each term's topologyKey) already runs a pod the term selects does not fit.
 */
export function antiAffinityMisfit(node: Node, pod: Pod, nodes: readonly Node[], running: readonly Pod[]): string | undefined {
  const terms = pod.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
  if (!terms.length) return undefined;
  const byName = new Map(nodes.map((n) => [n.metadata?.name ?? '', n]));
  for (const term of terms) {
    const domain = labelsOf(node)[term.topologyKey];
    if (domain === undefined) continue;
    const namespaces = term.namespaces?.length ? term.namespaces : [pod.metadata?.namespace ?? 'default'];
    const clash = running.some((p) => {
      const other = byName.get(p.spec?.nodeName ?? '');
      return other !== undefined && labelsOf(other)[term.topologyKey] === domain && namespaces.includes(p.metadata?.namespace ?? 'default')
        && selectorMatches(term.labelSelector, p.metadata?.labels ?? {});
    });
    if (clash) return "node(s) didn't match pod anti-affinity rules";
  }
  return undefined;
}
