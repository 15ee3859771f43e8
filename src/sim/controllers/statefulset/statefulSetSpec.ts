// StatefulSet spec accessors with apps/v1 defaults applied. Mirrors kubernetes/kubernetes
// pkg/apis/apps/v1/defaults.go (SetDefaults_StatefulSet) and stateful_set_utils.go
// (getPersistentVolumeClaimRetentionPolicy, getStatefulSetMaxUnavailable). The API server defaults objects on
// write; these accessors make the controller safe on objects that skipped defaulting (hand-built test fixtures).
import type { StatefulSet } from '../../api/types';

export type RetentionType = 'Retain' | 'Delete';

export interface RetentionPolicy {
  readonly whenDeleted: RetentionType;
  readonly whenScaled: RetentionType;
}

/** spec.replicas, default 1. */
export const replicasOf = (set: StatefulSet): number => set.spec?.replicas ?? 1;

/** spec.ordinals.start, default 0. */
export const startOrdinalOf = (set: StatefulSet): number => set.spec?.ordinals?.start ?? 0;

/** spec.minReadySeconds, default 0. */
export const minReadySecondsOf = (set: StatefulSet): number => set.spec?.minReadySeconds ?? 0;

/** spec.revisionHistoryLimit, default 10. */
export const revisionHistoryLimitOf = (set: StatefulSet): number => set.spec?.revisionHistoryLimit ?? 10;

/** spec.updateStrategy.type, default RollingUpdate. */
export const updateStrategyTypeOf = (set: StatefulSet): string => set.spec?.updateStrategy?.type ?? 'RollingUpdate';

/** spec.podManagementPolicy, default OrderedReady. */
export const podManagementPolicyOf = (set: StatefulSet): string => set.spec?.podManagementPolicy ?? 'OrderedReady';

/** The RollingUpdate partition (slots below it keep the current revision); 0 for OnDelete or unset. */
export function partitionOf(set: StatefulSet): number {
  if (updateStrategyTypeOf(set) !== 'RollingUpdate') return 0;
  return set.spec?.updateStrategy?.rollingUpdate?.partition ?? 0;
}

/** The PVC retention policy, Retain/Retain when unset (like getPersistentVolumeClaimRetentionPolicy). */
export function retentionPolicyOf(set: StatefulSet): RetentionPolicy {
  const p = set.spec?.persistentVolumeClaimRetentionPolicy;
  const norm = (v: string | undefined): RetentionType => (v === 'Delete' ? 'Delete' : 'Retain');
  return { whenDeleted: norm(p?.whenDeleted), whenScaled: norm(p?.whenScaled) };
}

/**
 * maxUnavailable scaled against replicas, rounded down, at least 1 (getStatefulSetMaxUnavailable).
 * @example getStatefulSetMaxUnavailable('50%', 5) // 2
 */
export function getStatefulSetMaxUnavailable(value: number | string | undefined, replicas: number): number {
  let n = 1;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const m = /^(\d+)%$/.exec(value.trim());
    n = m ? Math.floor((Number(m[1]) * replicas) / 100) : Number.parseInt(value, 10) || 1;
  }
  return n < 1 ? 1 : n;
}
