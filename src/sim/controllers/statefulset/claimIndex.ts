// The set's claims by claim template and ordinal: what upstream's PVC lister answers for
// `getPersistentVolumeClaimName(set, template, ordinal)` (stateful_pod_control.go's objectMgr.GetClaim), without
// building a name per pod on every sync. Like an informer's indexer, it is kept current from what changed: built
// once from the namespace's claims, then patched with the claims the working copy wrote since (its write log,
// IndexSource.writesSince). It lives in the run's store (view.memo), one per set; a view without a store or a write
// log builds it afresh every sync. Either way it holds exactly the claims the view holds. A sync's own claim writes
// go to a per-sync overlay (syncContext.ts), never into the shared index: they are intents the API server may refuse.
import type { KObject } from '../../api/types';
import type { ClusterView } from '../../controllers/types';
import type { StatefulSet } from './k8sTypes';
import { getEndOrdinal, getStartOrdinal } from './statefulSetUtils';
import { cacheTable } from '../../engine/runCache';
import { followWrites } from '../../engine/followWrites';

const MAX_INT32 = 2147483647;

export interface ClaimIndex {
  /** The namespace, set name and templates array it was built for (a lookup for another set falls back to a name). */
  readonly namespace: string;
  readonly setName: string;
  readonly templates: readonly unknown[];
  /** Per template, `${template}-${set}-` (the claim names' common head). */
  readonly heads: readonly string[];
  /** getStartOrdinal and getEndOrdinal of the set: claims of in-range ordinals are kept by ordinal - start. */
  readonly start: number;
  readonly end: number;
  /** Per template, the claims of in-range ordinals (index ordinal - start). */
  readonly inRange: readonly (KObject | undefined)[][];
  /** Per template and in-range ordinal, true when the claim is there and has no owner references (read without reaching the claim). */
  readonly bare: readonly boolean[][];
  /** Per template, the claims of other ordinals, by ordinal. */
  readonly others: readonly Map<number, KObject>[];
  /** The working copy's PersistentVolumeClaim write mark the index is current at (undefined: no write log). */
  mark: number | undefined;
  /** The in-range slots (ordinal - start) whose claim changed since the slot table (slotTable.ts) last looked. */
  readonly changedSlots: Set<number>;
}

/** The ordinal when `name` is `${head}${ordinal}` in canonical decimal (no leading zero), else -1. */
function ordinalAfter(name: string, head: string): number {
  const digits = name.length - head.length;
  if (digits < 1 || !name.startsWith(head) || (digits > 1 && name.charCodeAt(head.length) === 48)) return -1;
  let value = 0;
  for (let i = head.length; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value <= MAX_INT32 ? value : -1;
}

/** Put `claim` (or, undefined, nothing) under every template whose claim name `name` is. */
export function indexClaim(index: ClaimIndex, name: string, claim: KObject | undefined): void {
  for (let j = 0; j < index.heads.length; j++) {
    const ordinal = ordinalAfter(name, index.heads[j]!);
    if (ordinal < 0) continue;
    if (ordinal >= index.start && ordinal <= index.end) {
      index.changedSlots.add(ordinal - index.start);
      index.inRange[j]![ordinal - index.start] = claim;
      index.bare[j]![ordinal - index.start] = claim !== undefined && !claim.metadata.ownerReferences?.length;
    } else if (claim) index.others[j]!.set(ordinal, claim);
    else index.others[j]!.delete(ordinal);
  }
}

/** An empty index for the set's claim templates (`sparse`: every ordinal in the maps, for a few claims). */
export function newClaimIndex(set: StatefulSet, namespace: string, sparse = false): ClaimIndex {
  const templates = set.spec?.volumeClaimTemplates ?? [];
  const start = sparse ? 0 : getStartOrdinal(set);
  const end = sparse ? -1 : getEndOrdinal(set);
  return {
    namespace,
    setName: `${set.metadata.name}`,
    templates,
    heads: templates.map((t) => `${t.metadata?.name ?? ''}-${set.metadata.name}-`),
    start,
    end,
    inRange: templates.map(() => new Array<KObject | undefined>(Math.max(0, end - start + 1)).fill(undefined)),
    bare: templates.map(() => new Array<boolean>(Math.max(0, end - start + 1)).fill(false)),
    others: templates.map(() => new Map<number, KObject>()),
    mark: undefined,
    changedSlots: new Set(),
  };
}

/** The index of `claims` (one namespace's) for the set's claim templates. */
export function buildClaimIndex(set: StatefulSet, namespace: string, claims: readonly KObject[]): ClaimIndex {
  const index = newClaimIndex(set, namespace);
  if (index.heads.length) for (const claim of claims) indexClaim(index, claim.metadata.name ?? '', claim);
  return index;
}

/** True when the index answers for this set's template list (same set name, templates array and ordinal range). */
export function indexCovers(index: ClaimIndex, set: StatefulSet): boolean {
  return index.templates === set.spec?.volumeClaimTemplates && index.setName === `${set.metadata.name}` &&
    index.start === getStartOrdinal(set) && index.end === getEndOrdinal(set);
}

/** The claim of template j for `ordinal`, if any. */
export function claimAt(index: ClaimIndex, j: number, ordinal: number): KObject | undefined {
  return ordinal >= index.start && ordinal <= index.end ? index.inRange[j]![ordinal - index.start] : index.others[j]!.get(ordinal);
}

/** True when the claim of template j for `ordinal` is in range and has no owner references. */
export function bareAt(index: ClaimIndex, j: number, ordinal: number): boolean {
  return ordinal >= index.start && ordinal <= index.end && index.bare[j]![ordinal - index.start] === true;
}

/**
 * The set's claim index as the view holds the claims now: the run's index for the set brought up to date with the
 * claims written since it was last used, or (a different template list, a lost write log, no store) built afresh.
 */
export function currentClaimIndex(view: ClusterView, set: StatefulSet, namespace: string): ClaimIndex {
  return followWrites(view, cacheTable(view.memo, 'sts-claim-index', () => new Map<string, ClaimIndex>()), {
    kind: 'PersistentVolumeClaim',
    namespace,
    id: `${namespace}/${set.metadata.name}`,
    covers: (index) => indexCovers(index, set),
    patch: indexClaim,
    build: (claims) => buildClaimIndex(set, namespace, claims),
  });
}
