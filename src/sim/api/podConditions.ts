// Pod condition predicates shared by controllers (mirrors k8s.io/kubernetes/pkg/api/v1/pod util: IsPodReady,
// IsPodAvailable).
import type { Pod } from './types';
import { msOfIso } from '../engine/time';

/** The pod's Ready condition is True. */
export const isPodReady = (p: Pod): boolean => (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');

/** Ready for at least minReadySeconds. */
export function isPodAvailable(p: Pod, minReadySeconds: number, nowMs: number): boolean {
  const ready = (p.status?.conditions ?? []).find((c) => c.type === 'Ready' && c.status === 'True');
  if (!ready) return false;
  if (!minReadySeconds) return true;
  return msOfIso(ready.lastTransitionTime ?? '') + minReadySeconds * 1000 <= nowMs;
}
