// Mirrors kubernetes/kubernetes pkg/controller/deployment/util/deployment_util.go (Revision, MaxRevision,
// SetNewReplicaSetAnnotations, copyDeploymentAnnotationsToReplicaSet, SetDeploymentRevision,
// SetReplicasAnnotations, ReplicasAnnotationsNeedUpdate).
import type { ReplicaSet } from './types';

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY_ANNOTATION = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/max-replicas';
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const ROLLBACK_TO = 'deprecated.deployment.rollback.to';
/** Longest revision-history annotation kept (maxRevHistoryLengthInChars). */
const MAX_REV_HISTORY_CHARS = 2000;

export type Annotations = Record<string, string>;

const SKIP_COPY: ReadonlySet<string> = new Set([LAST_APPLIED, REVISION_ANNOTATION, REVISION_HISTORY_ANNOTATION, DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION, ROLLBACK_TO]);

/** An RS's revision number; 0 when missing or not a number. */
export function revisionOf(rs: ReplicaSet): number {
  const v = rs.metadata.annotations?.[REVISION_ANNOTATION];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : 0;
}

export function maxRevision(rss: readonly ReplicaSet[]): number {
  return rss.reduce((m, rs) => Math.max(m, revisionOf(rs)), 0);
}

/** Copy the Deployment's own annotations (not the controller's bookkeeping) onto the RS. */
function copyDeploymentAnnotations(from: Readonly<Annotations>, to: Annotations): boolean {
  let changed = false;
  for (const k of Object.keys(from).sort()) {
    if (SKIP_COPY.has(k) || to[k] === from[k]) continue;
    to[k] = from[k]!;
    changed = true;
  }
  return changed;
}

/** Append `old` to a revision-history list, dropping the oldest entries beyond the length limit. */
function appendHistory(history: string | undefined, old: string): string | undefined {
  if (!history) return old;
  const parts = history.split(',');
  let total = history.length + old.length + 1;
  let start = 0;
  while (total > MAX_REV_HISTORY_CHARS && start < parts.length) total -= parts[start++]!.length + 1;
  return total <= MAX_REV_HISTORY_CHARS ? [...parts.slice(start), old].join(',') : history;
}

/** Set desired-replicas and max-replicas; true if either changed. */
export function setReplicasAnnotations(a: Annotations, desired: number, max: number): boolean {
  const changed = a[DESIRED_REPLICAS_ANNOTATION] !== String(desired) || a[MAX_REPLICAS_ANNOTATION] !== String(max);
  a[DESIRED_REPLICAS_ANNOTATION] = String(desired);
  a[MAX_REPLICAS_ANNOTATION] = String(max);
  return changed;
}

export function replicasAnnotationsNeedUpdate(rs: ReplicaSet, desired: number, max: number): boolean {
  const a = rs.metadata.annotations ?? {};
  return a[DESIRED_REPLICAS_ANNOTATION] !== String(desired) || a[MAX_REPLICAS_ANNOTATION] !== String(max);
}

/**
 * Annotations of the new RS: the Deployment's own, the revision raised to `newRevision` (a reused RS — a
 * rollback — remembers its old number in revision-history), and for a new RS the replica annotations.
 * Returns the new map and whether anything changed.
 */
export function newReplicaSetAnnotations(
  deploymentAnnotations: Readonly<Annotations>, rs: ReplicaSet, newRevision: number, exists: boolean, desired: number, max: number,
): { annotations: Annotations; changed: boolean } {
  const a: Annotations = { ...(rs.metadata.annotations ?? {}) };
  let changed = copyDeploymentAnnotations(deploymentAnnotations, a);
  const old = a[REVISION_ANNOTATION];
  if (old !== undefined && !/^\d+$/.test(old)) return { annotations: a, changed: false };
  const oldNum = old === undefined ? 0 : Number(old);
  if (oldNum < newRevision) {
    a[REVISION_ANNOTATION] = String(newRevision);
    changed = true;
    if (old !== undefined) {
      const h = appendHistory(a[REVISION_HISTORY_ANNOTATION], old);
      if (h !== undefined) a[REVISION_HISTORY_ANNOTATION] = h;
    }
  }
  if (!exists && setReplicasAnnotations(a, desired, max)) changed = true;
  return { annotations: a, changed };
}

/** desired-replicas of an RS, if it is a number. */
export function desiredReplicasOf(rs: ReplicaSet): number | undefined {
  const v = rs.metadata.annotations?.[DESIRED_REPLICAS_ANNOTATION];
  return v !== undefined && /^-?\d+$/.test(v) ? Number(v) : undefined;
}

/** max-replicas of an RS, if it is a number. */
export function maxReplicasOf(rs: ReplicaSet): number | undefined {
  const v = rs.metadata.annotations?.[MAX_REPLICAS_ANNOTATION];
  return v !== undefined && /^-?\d+$/.test(v) ? Number(v) : undefined;
}
