// Timestamps for the kubelet: the engine's pure converters (src/sim/engine/time.ts), plus the convention
// that a stored second-precision stamp denotes "some time within that second".
import type { SimTimeMs } from '../../api/types';
import { isoOf as engineIsoOf, msOfIso as engineMsOfIso } from '../../engine/time';

/** RFC 3339, second precision (metav1.Time). Sim time 0 is 2026-01-01T00:00:00Z. */
export const isoOf = (ms: SimTimeMs): string => engineIsoOf(ms);

/** Sim ms of a stamp (start of its second), or undefined if absent or unparsable. */
export function msOfIso(iso: string | undefined): SimTimeMs | undefined {
  if (iso === undefined) return undefined;
  const ms = engineMsOfIso(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The latest sim time a stored stamp can stand for (end of its second). Timers that start at a stamped
 * moment count from here, so a truncated stamp never makes a phase look shorter than it was; e.g. a pod
 * first seen at 1.99s (startTime …:01Z) still shows ContainerCreating for the whole pull.
 */
export function stampedMs(iso: string | undefined): SimTimeMs | undefined {
  const ms = msOfIso(iso);
  return ms === undefined ? undefined : ms + 999;
}
