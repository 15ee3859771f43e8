// The compare view's paired actions: the same thing done to both workloads at the same simulated moment. kubectl
// actions are commands (the console shows them, as in class); stopping a node is a fault (no kubectl equivalent).
import type { ClusterSnapshot, Fault, KObject } from '../../sim';
import { DEPLOYMENT, IMAGES, STATEFULSET, type Side } from './compareManifest';
import { sideOfPod, templateImage } from './history';

export type PairedAction =
  | { readonly type: 'kubectl'; readonly commands: readonly string[] }
  | { readonly type: 'fault'; readonly fault: Fault };

const byName = new Intl.Collator('en', { numeric: true }).compare;
const workload = (snap: ClusterSnapshot, kind: 'Deployment' | 'StatefulSet', name: string): KObject | undefined =>
  Object.values(snap.objects[kind] ?? {}).find((o) => o.metadata.name === name && o.metadata.namespace === 'default');

export function workloadsExist(snap: ClusterSnapshot): { deploy: boolean; sts: boolean } {
  return { deploy: !!workload(snap, 'Deployment', DEPLOYMENT), sts: !!workload(snap, 'StatefulSet', STATEFULSET) };
}

export function scaleBoth(replicas: number): PairedAction {
  return { type: 'kubectl', commands: [`kubectl scale deployment/${DEPLOYMENT} --replicas=${replicas}`, `kubectl scale statefulset/${STATEFULSET} --replicas=${replicas}`] };
}

/** Running pods (not terminating) of one side, by name. */
export function livePodsOf(snap: ClusterSnapshot, side: Side): KObject[] {
  return Object.values(snap.objects.Pod ?? {})
    .filter((p) => sideOfPod(p) === side && !p.metadata.deletionTimestamp)
    .sort((a, b) => byName(a.metadata.name ?? '', b.metadata.name ?? ''));
}

/** The first pod of each (by name: web-sts-0 and the Deployment's first), or undefined when a side has none. */
export function deleteOnePodEach(snap: ClusterSnapshot): PairedAction | undefined {
  const d = livePodsOf(snap, 'deploy')[0];
  const s = livePodsOf(snap, 'sts')[0];
  if (!d || !s) return undefined;
  return { type: 'kubectl', commands: [`kubectl delete pod ${d.metadata.name}`, `kubectl delete pod ${s.metadata.name}`] };
}

/** Switch both templates to the other image (both go to the same one). */
export function changeImageBoth(snap: ClusterSnapshot): PairedAction {
  const current = templateImage(workload(snap, 'StatefulSet', STATEFULSET) ?? workload(snap, 'Deployment', DEPLOYMENT) ?? ({} as KObject));
  const next = current === IMAGES[1] ? IMAGES[0] : IMAGES[1];
  return { type: 'kubectl', commands: [`kubectl set image deployment/${DEPLOYMENT} nginx=${next}`, `kubectl set image statefulset/${STATEFULSET} nginx=${next}`] };
}

export function deleteBoth(): PairedAction {
  return { type: 'kubectl', commands: [`kubectl delete deployment ${DEPLOYMENT}`, `kubectl delete statefulset ${STATEFULSET}`] };
}

/**
 * The node they run on: the one with the most of their pods, preferring a node that runs pods of both
 * (then the lower name). Undefined when no pod is scheduled.
 */
export function busiestNode(snap: ClusterSnapshot): string | undefined {
  const count = new Map<string, { total: number; sides: Set<Side> }>();
  for (const side of ['deploy', 'sts'] as const) {
    for (const p of livePodsOf(snap, side)) {
      const node = (p.spec as { nodeName?: string } | undefined)?.nodeName;
      if (!node) continue;
      const c = count.get(node) ?? { total: 0, sides: new Set<Side>() };
      c.total++;
      c.sides.add(side);
      count.set(node, c);
    }
  }
  const ranked = [...count].sort((a, b) => b[1].sides.size - a[1].sides.size || b[1].total - a[1].total || byName(a[0], b[0]));
  return ranked[0]?.[0];
}

/** A stopped node to start again, else the busiest node to stop. */
export function nodeAction(snap: ClusterSnapshot): { action: PairedAction; node: string; down: boolean } | undefined {
  const down = Object.keys(snap.sim.nodesDown).sort(byName)[0];
  if (down) return { action: { type: 'fault', fault: { type: 'node-up', node: down } }, node: down, down: true };
  const node = busiestNode(snap);
  return node ? { action: { type: 'fault', fault: { type: 'node-down', node } }, node, down: false } : undefined;
}
