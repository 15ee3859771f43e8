// The set's claims by claim template and ordinal, as one sync sees them: what upstream's PVC lister answers for
// `getPersistentVolumeClaimName(set, template, ordinal)` (stateful_pod_control.go's objectMgr.GetClaim), without
// building a name per pod on every sync. Built once per sync (on first use) from the namespace's claims, kept
// current by the sync's own claim writes (syncContext.ts), and dropped with the sync: derived from the view alone,
// so the same inputs give the same answers.
import type { KObject } from '../../api/types';
import type { StatefulSet } from './k8sTypes';
import { getEndOrdinal, getStartOrdinal } from './statefulSetUtils';

const MAX_INT32 = 2147483647;

export interface ClaimIndex {
  /** The set name and templates array it was built for (a lookup for another set falls back to a name). */
  readonly setName: string;
  readonly templates: readonly unknown[];
  /** Per template, `${template}-${set}-` (the claim names' common head). */
  readonly heads: readonly string[];
  /** getStartOrdinal(set): claims of in-range ordinals are kept by ordinal - start in `inRange`. */
  readonly start: number;
  readonly end: number;
  /** Per template, the claims of in-range ordinals (index ordinal - start). */
  readonly inRange: readonly (KObject | undefined)[][];
  /** Per template, the claims of other ordinals, by ordinal. */
  readonly others: readonly Map<number, KObject>[];
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

/** Put a claim in the index under every template whose name it carries (a new or updated claim replaces the old). */
export function indexClaim(index: ClaimIndex, claim: KObject): void {
  const name = claim.metadata.name ?? '';
  for (let j = 0; j < index.heads.length; j++) {
    const ordinal = ordinalAfter(name, index.heads[j]!);
    if (ordinal >= index.start && ordinal <= index.end) index.inRange[j]![ordinal - index.start] = claim;
    else if (ordinal >= 0) index.others[j]!.set(ordinal, claim);
  }
}

/** The index of `claims` (one namespace's) for the set's claim templates. */
export function buildClaimIndex(set: StatefulSet, claims: readonly KObject[]): ClaimIndex {
  const templates = set.spec?.volumeClaimTemplates ?? [];
  const index: ClaimIndex = {
    setName: `${set.metadata.name}`,
    templates,
    heads: templates.map((t) => `${t.metadata?.name ?? ''}-${set.metadata.name}-`),
    start: getStartOrdinal(set),
    end: getEndOrdinal(set),
    inRange: templates.map(() => new Array<KObject | undefined>(Math.max(0, getEndOrdinal(set) - getStartOrdinal(set) + 1)).fill(undefined)),
    others: templates.map(() => new Map<number, KObject>()),
  };
  if (templates.length) for (const claim of claims) indexClaim(index, claim);
  return index;
}

/** The claim of template j for `ordinal`, if any. */
export function claimAt(index: ClaimIndex, j: number, ordinal: number): KObject | undefined {
  return ordinal >= index.start && ordinal <= index.end ? index.inRange[j]![ordinal - index.start] : index.others[j]!.get(ordinal);
}

/** True when the index answers for this set's template list (same set name, same templates array). */
export function indexCovers(index: ClaimIndex, set: StatefulSet): boolean {
  return index.templates === set.spec?.volumeClaimTemplates && index.setName === `${set.metadata.name}`;
}
