// Podium's own limits: not Kubernetes' (a real cluster's limits are its nodes' capacity and its quotas), but what
// this simulator holds while the page stays responsive. A create beyond them is refused like an admission
// plugin's refusal (403 Forbidden), with a message that says whose limit it is, so a controller's create shows
// up as its FailedCreate event, a kubectl create as an error, and nothing is dropped without a word.
// Stated in README.md and docs/fidelity.md ("Podium's limits"); the page shows a notice when one is reached.
import type { ApiError } from '../../api/errors';
import type { KObject, KindName } from '../../api/types';
import { RESOURCES, qualifiedResource } from '../../api/resources';
import type { ClusterView } from '../../controllers/types';

export const PODIUM_LIMITS = {
  /** Pods in the cluster (all namespaces, terminating ones included: they still hold their place). */
  pods: 1000,
  /** API objects of every kind in the cluster (Events excluded: the newest 1,000 are kept). */
  objects: 5000,
} as const;

export type PodiumLimit = keyof typeof PODIUM_LIMITS;

type Counted = Pick<ClusterView, 'list'> & Partial<Pick<ClusterView, 'index'>>;

/** Objects of one kind: the working copy's count when there is one (O(1)), else the list's length. */
const countOf = (view: Counted, kind: KindName): number => view.index ? view.index.count(kind) : view.list(kind).length;

/** Objects of every kind in the cluster now. */
function objectCount(view: Counted): number {
  let n = 0;
  for (const r of RESOURCES) n += countOf(view, r.kind);
  return n;
}

/** Creates a controller has queued in this sync and the store does not hold yet (they count too). */
export interface PendingCreates { readonly pods: number; readonly objects: number }
export const NONE_PENDING: PendingCreates = { pods: 0, objects: 0 };

/**
 * The refusal of a create that would go beyond a limit, or undefined.
 * @example `pods "web-1000" is forbidden: exceeds Podium's limit of 1000 pods in the cluster (a limit of this simulator, not of Kubernetes)`
 */
export function podiumLimitError(obj: KObject, view: Counted, pending: PendingCreates = NONE_PENDING): ApiError | undefined {
  const over = obj.kind === 'Pod' && countOf(view, 'Pod') + pending.pods >= PODIUM_LIMITS.pods ? 'pods'
    : objectCount(view) + pending.objects >= PODIUM_LIMITS.objects ? 'objects' : undefined;
  if (!over) return undefined;
  const what = over === 'pods' ? `${PODIUM_LIMITS.pods} pods` : `${PODIUM_LIMITS.objects} objects`;
  return {
    reason: 'Forbidden',
    message: `${qualifiedResource(obj.kind as KindName)} "${obj.metadata.name ?? ''}" is forbidden: exceeds Podium's limit of ${what} in the cluster (a limit of this simulator, not of Kubernetes)`,
  };
}

/** Which limit a stored state is at (for the page's notice), counting keys only. */
export function limitReachedIn(objects: Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>): PodiumLimit | undefined {
  if (Object.keys(objects['Pod'] ?? {}).length >= PODIUM_LIMITS.pods) return 'pods';
  let n = 0;
  for (const r of RESOURCES) n += Object.keys(objects[r.kind] ?? {}).length;
  return n >= PODIUM_LIMITS.objects ? 'objects' : undefined;
}
