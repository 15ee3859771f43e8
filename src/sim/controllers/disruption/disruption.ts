// The disruption controller: PodDisruptionBudget status. Mirrors kubernetes/kubernetes
// pkg/controller/disruption/disruption.go (getExpectedPodCount, countHealthyPods, updatePdbStatus): pods are
// matched by the budget's selector in its namespace; expected pods come from the scale of their controllers
// (StatefulSet, ReplicaSet, Deployment, ReplicationController) for maxUnavailable and percentages, or are the matched pods for an
// integer minAvailable; healthy = Ready and not being deleted; allowed = max(0, healthy − desired).
// Deviations: disruptedPods entries expire after 2 minutes upstream; here they go when the pod is deleted.
import type { KObject, ObjectKey } from '../../api/types';
import { keyOf, objectKey } from '../../api/keys';
import { isPodReady } from '../../api/podConditions';
import { selectorMatches } from '../../api/labels';
import type { ObjectChange } from '../../engine/types';
import { isoOf } from '../../engine/time';
import type { ClusterView, Controller, ReconcileResult } from '../types';
import { reason } from '../../reasons';

export interface PdbSpec {
  minAvailable?: number | string;
  maxUnavailable?: number | string;
  selector?: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] };
}
export interface PdbStatus {
  observedGeneration?: number;
  disruptedPods?: Record<string, string>;
  disruptionsAllowed: number;
  currentHealthy: number;
  desiredHealthy: number;
  expectedPods: number;
  conditions?: { type: string; status: string; reason: string; message: string; lastTransitionTime?: string; observedGeneration?: number }[];
}
export type Pdb = KObject & { spec?: PdbSpec; status?: PdbStatus };

/** The pods a budget selects (policy/v1: an empty selector selects every pod of the namespace). */
export function podsOfBudget(pdb: Pdb, view: Pick<ClusterView, 'list'>): KObject[] {
  const sel = pdb.spec?.selector;
  if (!sel) return [];
  return view.list('Pod', pdb.metadata.namespace ?? 'default').filter((p) => selectorMatches(sel as never, p.metadata.labels ?? {}));
}

/** The budgets that select a pod. */
export function budgetsOfPod(pod: KObject, view: Pick<ClusterView, 'list'>): Pdb[] {
  return (view.list('PodDisruptionBudget', pod.metadata.namespace ?? 'default') as Pdb[])
    .filter((b) => b.spec?.selector && selectorMatches(b.spec.selector as never, pod.metadata.labels ?? {}));
}

/** Scale of a pod's controller (a ReplicaSet owned by a Deployment counts the Deployment's replicas). */
function controllerScale(pod: KObject, view: Pick<ClusterView, 'get'>): { key: string; replicas: number } | undefined {
  const ref = pod.metadata.ownerReferences?.find((r) => r.controller);
  if (!ref) return undefined;
  const ns = pod.metadata.namespace ?? 'default';
  if (ref.kind === 'StatefulSet' || ref.kind === 'ReplicaSet' || ref.kind === 'ReplicationController') {
    const owner = view.get(objectKey(ref.kind, ns, ref.name));
    if (!owner) return undefined;
    const dep = ref.kind === 'ReplicaSet' ? owner.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'Deployment') : undefined;
    if (dep) {
      const d = view.get(objectKey('Deployment', ns, dep.name));
      if (d) return { key: `Deployment/${dep.name}`, replicas: (d.spec as { replicas?: number }).replicas ?? 1 };
    }
    return { key: `${ref.kind}/${ref.name}`, replicas: (owner.spec as { replicas?: number }).replicas ?? 1 };
  }
  return undefined;
}

const percent = (v: number | string | undefined): number | undefined => (typeof v === 'string' && v.endsWith('%') ? Number(v.slice(0, -1)) : undefined);

/** The status the controller computes for a budget. */
export function budgetStatus(pdb: Pdb, view: Pick<ClusterView, 'list' | 'get'>): Omit<PdbStatus, 'conditions' | 'observedGeneration' | 'disruptedPods'> {
  const pods = podsOfBudget(pdb, view);
  const spec = pdb.spec ?? {};
  const healthy = pods.filter((p) => !p.metadata.deletionTimestamp && isPodReady(p as never)).length;
  let expected = pods.length;
  let desired = 0;
  const scaleTotal = (): number => {
    const seen = new Map<string, number>();
    for (const p of pods) { const s = controllerScale(p, view); if (s) seen.set(s.key, s.replicas); }
    return [...seen.values()].reduce((a, b) => a + b, 0);
  };
  if (spec.maxUnavailable !== undefined) {
    expected = scaleTotal();
    const p = percent(spec.maxUnavailable);
    const max = p !== undefined ? Math.ceil((p * expected) / 100) : Number(spec.maxUnavailable);
    desired = Math.max(0, expected - max);
  } else if (spec.minAvailable !== undefined) {
    const p = percent(spec.minAvailable);
    if (p !== undefined) { expected = scaleTotal(); desired = Math.ceil((p * expected) / 100); } else desired = Number(spec.minAvailable);
  }
  return { disruptionsAllowed: Math.max(0, healthy - desired), currentHealthy: healthy, desiredHealthy: desired, expectedPods: expected };
}

function reconcile(key: ObjectKey, view: ClusterView): ReconcileResult {
  const pdb = view.get(key) as Pdb | undefined;
  if (!pdb || pdb.metadata.deletionTimestamp) return { actions: [] };
  const name = pdb.metadata.name ?? '';
  const counts = budgetStatus(pdb, view);
  const podNames = new Set(podsOfBudget(pdb, view).filter((p) => !p.metadata.deletionTimestamp).map((p) => p.metadata.name ?? ''));
  // A pod evicted a moment ago still counts against the budget until it is gone (disruptedPods).
  const disrupted = Object.fromEntries(Object.entries(pdb.status?.disruptedPods ?? {}).filter(([n]) => view.get(objectKey('Pod', pdb.metadata.namespace ?? 'default', n)) && !podNames.has(n)));
  const allowed = Math.max(0, counts.disruptionsAllowed - Object.keys(disrupted).length);
  const ok = allowed > 0;
  const prevCond = pdb.status?.conditions?.find((c) => c.type === 'DisruptionAllowed');
  const status: PdbStatus = {
    ...counts,
    disruptionsAllowed: allowed,
    ...(Object.keys(disrupted).length ? { disruptedPods: disrupted } : {}),
    observedGeneration: pdb.metadata.generation ?? 1,
    conditions: [{
      lastTransitionTime: prevCond && prevCond.status === (ok ? 'True' : 'False') ? prevCond.lastTransitionTime : isoOf(view.nowMs),
      message: '', observedGeneration: pdb.metadata.generation ?? 1,
      reason: ok ? 'SufficientPods' : 'InsufficientPods', status: ok ? 'True' : 'False', type: 'DisruptionAllowed',
    }],
  };
  const same = JSON.stringify(status) === JSON.stringify(pdb.status);
  return {
    actions: same ? [] : [{ type: 'updateStatus', key, status }],
    why: reason('pdb.status', { pdb: name, healthy: counts.currentHealthy, expected: counts.expectedPods, desired: counts.desiredHealthy, allowed }),
  };
}

export const disruptionController: Controller = {
  name: 'disruption-controller',
  latencyMs: 40,
  kinds: new Set(['PodDisruptionBudget', 'Pod', 'StatefulSet', 'ReplicaSet', 'Deployment', 'ReplicationController']),
  keysFor(change: ObjectChange, view: ClusterView): readonly ObjectKey[] {
    const o = change.object;
    if (o.kind === 'PodDisruptionBudget') return change.type === 'DELETED' ? [] : [change.key];
    if (o.kind === 'Pod') {
      const before = change.previous ? budgetsOfPod(change.previous, view) : [];
      return [...new Set([...budgetsOfPod(o, view), ...before].map(keyOf))];
    }
    if (o.kind === 'StatefulSet' || o.kind === 'ReplicaSet' || o.kind === 'Deployment' || o.kind === 'ReplicationController') {
      return (view.list('PodDisruptionBudget', o.metadata.namespace ?? 'default')).map(keyOf);
    }
    return [];
  },
  reconcile: (key, view) => reconcile(key, view),
};
