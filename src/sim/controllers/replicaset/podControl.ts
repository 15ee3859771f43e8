// Pods of a ReplicaSet: building them from the template (controller_utils.go RealPodControl, GetPodFromTemplate)
// with generated names, and choosing which to delete first (ActivePodsWithRanks.Less).
import type { KObject, Pod, ReplicaSet } from '../../api/types';
import type { ReconcileContext } from '../types';
import { generateName } from '../../util/names';
import { isPodReady } from '../../api/podConditions';

/** Characters of generated name suffixes (apimachinery util/rand: no vowels, no 0/1/3). */
export { SAFE_ALPHABET as NAME_ALPHABET } from '../../util/hash';
export { isPodAvailable, isPodReady } from '../../api/podConditions';

/** A pod from the ReplicaSet's (or ReplicationController's) template: `generateName: <rs>-` plus 5 random characters. */
export function podFromTemplate(rs: ReplicaSet & KObject, ctx: ReconcileContext, taken: ReadonlySet<string>, owner = { apiVersion: 'apps/v1', kind: 'ReplicaSet' }): KObject {
  const base = `${rs.metadata.name ?? ''}-`;
  let name = generateName(base, ctx.random);
  while (taken.has(name)) name = generateName(base, ctx.random);
  const tmpl = rs.spec?.template;
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name, generateName: base, namespace: rs.metadata.namespace,
      labels: { ...(tmpl?.metadata?.labels ?? {}) },
      ...(tmpl?.metadata?.annotations ? { annotations: { ...tmpl.metadata.annotations } } : {}),
      ownerReferences: [{ ...owner, name: rs.metadata.name ?? '', uid: rs.metadata.uid ?? '', controller: true, blockOwnerDeletion: true }],
    },
    spec: tmpl?.spec ?? {},
  };
}

export const isActive = (p: Pod & KObject) => !p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';


const phaseRank = (p: Pod) => (p.status?.phase === 'Pending' ? 0 : p.status?.phase === 'Running' ? 2 : 1);
const restarts = (p: Pod) => (p.status?.containerStatuses ?? []).reduce((n, c) => n + (c.restartCount ?? 0), 0);

/** Deletion preference: unscheduled, then Pending < Unknown < Running, not ready, more restarts, newer first. */
export function compareForDeletion(a: Pod & KObject, b: Pod & KObject): number {
  const sa = a.spec?.nodeName ? 1 : 0;
  const sb = b.spec?.nodeName ? 1 : 0;
  if (sa !== sb) return sa - sb;
  if (phaseRank(a) !== phaseRank(b)) return phaseRank(a) - phaseRank(b);
  if (isPodReady(a) !== isPodReady(b)) return isPodReady(a) ? 1 : -1;
  if (restarts(a) !== restarts(b)) return restarts(b) - restarts(a);
  const ca = a.metadata.creationTimestamp ?? '';
  const cb = b.metadata.creationTimestamp ?? '';
  if (ca !== cb) return ca < cb ? 1 : -1;
  return (a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1;
}
