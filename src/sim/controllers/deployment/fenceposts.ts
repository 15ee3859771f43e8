// Mirrors kubernetes/kubernetes pkg/controller/deployment/util/deployment_util.go (ResolveFenceposts, MaxSurge,
// MaxUnavailable, IsRollingUpdate) and apimachinery intstr.GetScaledValueFromIntOrPercent.
import type { Deployment } from './types';
import { replicasOf } from './types';

type IntOrString = number | string | undefined | null;

/** An int, or a percentage of `total` rounded up (surge) or down (unavailable). Invalid strings count as 0. */
export function scaledValue(v: IntOrString, total: number, roundUp: boolean): number {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  if (!m) return 0;
  const exact = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

export const isRollingUpdate = (d: Deployment): boolean => (d.spec?.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate';

/** The rolling-update knobs as written (defaults 25%/25% if the API server did not fill them in). */
function knobs(d: Deployment): { surge: IntOrString; unavailable: IntOrString } {
  const ru = d.spec?.strategy?.rollingUpdate;
  return { surge: ru ? ru.maxSurge : '25%', unavailable: ru ? ru.maxUnavailable : '25%' };
}

/**
 * maxSurge rounds up, maxUnavailable rounds down; if both come out 0, maxUnavailable is 1 so that the
 * rollout can make progress. replicas 1 → 1/0, 3 → 1/0, 4 → 1/1, 10 → 3/2 with the 25% defaults.
 */
export function resolveFenceposts(maxSurge: IntOrString, maxUnavailable: IntOrString, desired: number): { surge: number; unavailable: number } {
  const surge = scaledValue(maxSurge, desired, true);
  const unavailable = scaledValue(maxUnavailable, desired, false);
  return surge === 0 && unavailable === 0 ? { surge, unavailable: 1 } : { surge, unavailable };
}

/** Resolved maxSurge; 0 for Recreate. */
export function maxSurge(d: Deployment): number {
  if (!isRollingUpdate(d)) return 0;
  const k = knobs(d);
  return resolveFenceposts(k.surge, k.unavailable, replicasOf(d)).surge;
}

/** Resolved maxUnavailable, at most spec.replicas; 0 for Recreate or zero replicas. */
export function maxUnavailable(d: Deployment): number {
  const replicas = replicasOf(d);
  if (!isRollingUpdate(d) || replicas === 0) return 0;
  const k = knobs(d);
  return Math.min(resolveFenceposts(k.surge, k.unavailable, replicas).unavailable, replicas);
}

/** maxSurge without the fence-post adjustment, as NewRSNewReplicas computes it. */
export function rawMaxSurge(d: Deployment): number {
  return scaledValue(knobs(d).surge, replicasOf(d), true);
}
