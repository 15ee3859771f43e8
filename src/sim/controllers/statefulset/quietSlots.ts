// Podium-specific speed-up of stateful_set_control.go's processReplica (no upstream counterpart): a slot whose
// processReplica returned "continue" without writing, noting or recording anything gives the same answer again as
// long as its inputs are the same: the pod object, its claim objects (as this sync sees them) and the set fields
// processReplica reads. Stored objects are never mutated (a write makes a new object), so identity is enough.
// Big sets sync often and most slots are quiet; this skips their work. A pure cache: disposable, and every hit is
// what a fresh processReplica would have returned.
import type { ObjectKey } from '../../api/types';
import type { Pod, StatefulSet } from './k8sTypes';
import type { SyncContext } from './syncContext';
import { getObjectByKey } from './syncContext';
import { minReadySecondsOf, replicasOf, startOrdinalOf } from './statefulSetSpec';
import { allowsBurst } from './statefulSetUtils';
import { memoTable } from '../../util/memoStore';

/** Everything of the set (besides claim templates, compared by identity) that processReplica reads. */
export interface QuietKey {
  readonly sig: string;
  readonly templates: unknown;
}

interface QuietSlot {
  readonly sig: string;
  readonly templates: unknown;
  readonly claimKeys: readonly ObjectKey[];
  readonly claims: readonly unknown[];
}

/** The run's remembered quiet slots, by pod object (in the run's MemoStore; none without one). */
const quietOf = (ctx: SyncContext): WeakMap<Pod, QuietSlot> => memoTable(ctx.view.memo, 'quietSlots', () => new WeakMap<Pod, QuietSlot>());

/**
 * The key for this sync's slots, or undefined when quiet answers depend on the clock (OrderedReady with
 * minReadySeconds waits for availability) and must not be remembered.
 */
export function quietKeyOf(ctx: SyncContext, set: StatefulSet): QuietKey | undefined {
  const monotonic = !allowsBurst(set);
  if (monotonic && minReadySecondsOf(set) > 0) return undefined;
  const policy = set.spec?.persistentVolumeClaimRetentionPolicy;
  const sig = [
    set.metadata.name ?? '', ctx.namespace, set.metadata.namespace ?? '', set.metadata.uid ?? '', startOrdinalOf(set),
    replicasOf(set), monotonic ? 1 : 0, policy?.whenScaled ?? '', policy?.whenDeleted ?? '',
  ].join('\u0000');
  return { sig, templates: set.spec?.volumeClaimTemplates };
}

/** True when processReplica is known to continue without side effects for these inputs (claims read through ctx). */
export function isQuiet(ctx: SyncContext, pod: Pod, key: QuietKey): boolean {
  const m = quietOf(ctx).get(pod);
  if (m === undefined || m.sig !== key.sig || m.templates !== key.templates) return false;
  for (let i = 0; i < m.claimKeys.length; i++) if (getObjectByKey(ctx, m.claimKeys[i]!) !== m.claims[i]) return false;
  return true;
}

/** Remember that processReplica continued without side effects for these inputs. */
export function rememberQuiet(ctx: SyncContext, pod: Pod, key: QuietKey, claimKeys: readonly ObjectKey[], claims: readonly unknown[]): void {
  quietOf(ctx).set(pod, { sig: key.sig, templates: key.templates, claimKeys, claims });
}

/** The claim keys remembered for a pod known quiet under `key`, or undefined. */
export function quietClaimKeys(ctx: SyncContext, pod: Pod, key: QuietKey): readonly ObjectKey[] | undefined {
  const m = quietOf(ctx).get(pod);
  return m !== undefined && m.sig === key.sig && m.templates === key.templates ? m.claimKeys : undefined;
}
