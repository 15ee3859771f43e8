// Tiny named predicates and helpers over Pod objects, shared by the kubelet, scheduler and node lifecycle.
// Mirrors the spirit of kubernetes/kubernetes pkg/api/v1/pod/util.go (GetPodCondition, IsPodReady, …).
import type { Container, ContainerStatus, Pod, PodCondition, PodStatus } from 'kubernetes-types/core/v1';
import type { KObject } from '../../api/types';

/** View a stored object as a Pod (the store only holds well-formed objects of each kind). */
export const asPod = (o: KObject): Pod => o as unknown as Pod;

/** The pod's status, never undefined. */
export const statusOf = (pod: Pod): PodStatus => pod.status ?? {};

/** The pod's containers, never undefined. */
export const containersOf = (pod: Pod): readonly Container[] => pod.spec?.containers ?? [];

/** The condition of a type, if present. */
export const getCondition = (status: PodStatus, type: string): PodCondition | undefined =>
  status.conditions?.find((c) => c.type === type);

/** True when the pod has reached Succeeded or Failed: nothing will run in it again. */
export const isTerminal = (pod: Pod): boolean => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';

/** True when a deletion was requested (graceful deletion in progress). */
export const isTerminating = (pod: Pod): boolean => pod.metadata?.deletionTimestamp !== undefined;

/** True when the pod's Ready condition is True. */
export { isPodReady } from '../../api/podConditions';

/** The container status of a named container. */
export const containerStatusOf = (pod: Pod, name: string): ContainerStatus | undefined =>
  pod.status?.containerStatuses?.find((s) => s.name === name);

/** Grace period of the pending deletion (metadata.deletionGracePeriodSeconds, else the spec, else 30). */
export const graceSecondsOf = (pod: Pod): number =>
  pod.metadata?.deletionGracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30;

/** `default/web-0`, as events and messages name a pod. */
export const podRef = (pod: Pod): string => `${pod.metadata?.namespace ?? 'default'}/${pod.metadata?.name ?? ''}`;

/** A deterministic number in [0, 1) from a string (FNV-1a), for per-pod jitter that a level-based reconcile can recompute. */
export function jitter01(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 0x1_0000_0000;
}

/** A stable per-pod seed: the uid when the applier assigned one, else namespace/name. */
export const seedOf = (pod: Pod): string => pod.metadata?.uid ?? podRef(pod);

/** JSON with sorted keys, to compare statuses regardless of key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Go's time.Duration.String() for whole milliseconds, as kubelet messages print durations.
 * @example goDuration(2100) === '2.1s'; goDuration(800) === '800ms'; goDuration(61_000) === '1m1s'
 */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const sMs = ms % 60_000;
  const s = `${Math.floor(sMs / 1000)}${sMs % 1000 ? `.${String(sMs % 1000).padStart(3, '0').replace(/0+$/, '')}` : ''}s`;
  return h ? `${h}h${m}m${s}` : m ? `${m}m${s}` : s;
}
