// Mirrors kubernetes/kubernetes pkg/controller/history/controller_history.go (ControllerRevisionName,
// HashControllerRevision, NewControllerRevision, EqualRevision, FindEqualRevisions, SortControllerRevisions) and the
// revision helpers of pkg/controller/statefulset/stateful_set_utils.go (getPatch, newRevision, ApplyRevision,
// nextRevision). Deviations: the hash is FNV-32 (FNV-1, like Go's fnv.New32) over our canonical JSON of the patch
// rather than over Go's serialization, so values differ from a real cluster but keep the alphabet and length.
import { identityCache, cacheTable, type RunCache } from '../../engine/runCache';
import { canonicalJson, fnv32, safeEncodeString } from '../../util/hash';
import type { ControllerRevision, OwnerReference, PodTemplateSpec, StatefulSet } from './k8sTypes';

/** Label on each ControllerRevision with its hash (ControllerRevisionHashLabel). */
export const CONTROLLER_REVISION_HASH_LABEL = 'controller.kubernetes.io/hash';
export { SAFE_ALPHABET, canonicalJson, fnv32, safeEncodeString } from '../../util/hash';

/** Hash of a revision's data plus the collision count: digits of a uint32, safe-encoded (HashControllerRevision). */
export function hashControllerRevision(data: unknown, collisionCount: number): string {
  const h = fnv32(String(collisionCount), fnv32(canonicalJson(data)));
  return safeEncodeString(String(h));
}

/** `<prefix>-<hash>`, the prefix cut to 223 characters (ControllerRevisionName). */
export function controllerRevisionName(prefix: string, hash: string): string {
  return `${prefix.length > 223 ? prefix.slice(0, 223) : prefix}-${hash}`;
}

/** The revision payload: only the pod template, marked for replacement (getPatch). */
export function getPatch(set: StatefulSet): { spec: { template: unknown } } {
  return { spec: { template: { ...(set.spec?.template ?? {}), $patch: 'replace' } } };
}

/** Controller owner reference to the set (metav1.NewControllerRef). */
export function controllerRefTo(set: StatefulSet): OwnerReference {
  return {
    apiVersion: 'apps/v1', kind: 'StatefulSet', name: set.metadata.name ?? '', uid: set.metadata.uid ?? '',
    controller: true, blockOwnerDeletion: true,
  };
}

/** canonicalJson of revision data objects (stored objects are never mutated), remembered in the run's store. */
const dataJsonMemo = (memo: RunCache | undefined) => identityCache<object, string>(memo, 'sts-revision-data-json');
/** canonicalJson of getPatch by template object, remembered in the run's store. */
const patchJsonMemo = (memo: RunCache | undefined) => identityCache<object, string>(memo, 'sts-revision-patch-json');

function dataJsonOf(data: unknown, memo: RunCache | undefined): string {
  if (data === null || typeof data !== 'object') return canonicalJson(data);
  const dataJson = dataJsonMemo(memo);
  let json = dataJson.get(data);
  if (json === undefined) dataJson.set(data, (json = canonicalJson(data)));
  return json;
}

/** The canonical JSON of getPatch(set), computed once per template object (`data`: the patch, when already built). */
function patchJsonOf(set: StatefulSet, memo: RunCache | undefined, data?: { spec: { template: unknown } }): string {
  const patchJson = patchJsonMemo(memo);
  const template = set.spec?.template;
  let json = template ? patchJson.get(template) : undefined;
  if (json === undefined) {
    json = canonicalJson(data ?? getPatch(set));
    if (template) patchJson.set(template, json);
  }
  return json;
}

/** getPatch(set) and its canonical JSON, computed once per template object. */
function patchOf(set: StatefulSet, memo: RunCache | undefined): { data: { spec: { template: unknown } }; json: string } {
  const data = getPatch(set);
  const json = patchJsonOf(set, memo, data);
  dataJsonMemo(memo).set(data, json);
  return { data, json };
}

/** True when `rev` holds the set's current template: equalRevision(rev, newRevision(set, …)) without building the candidate. */
export function holdsTemplateOf(rev: ControllerRevision, set: StatefulSet, memo?: RunCache): boolean {
  return dataJsonOf(rev.data, memo) === patchJsonOf(set, memo);
}

/**
 * The revision hash of a patch (fnv32 of the collision count over fnv32 of the patch JSON), remembered in the run's
 * store by patch text (the same string object sync after sync, so the lookup does not hash it again) and count.
 */
function revisionHash(json: string, collisionCount: number, memo: RunCache | undefined): string {
  const hashes = cacheTable(memo, 'sts-revision-hash', () => new Map<string, Map<number, string>>());
  let byCount = hashes.get(json);
  if (!byCount) hashes.set(json, (byCount = new Map()));
  let hash = byCount.get(collisionCount);
  if (hash === undefined) byCount.set(collisionCount, (hash = safeEncodeString(String(fnv32(String(collisionCount), fnv32(json))))));
  return hash;
}

/** A new ControllerRevision for the set's current template (newRevision / NewControllerRevision). */
export function newRevision(set: StatefulSet, revision: number, collisionCount: number, memo?: RunCache): ControllerRevision {
  const { data, json } = patchOf(set, memo);
  const hash = revisionHash(json, collisionCount, memo);
  const annotations = set.metadata.annotations ? { ...set.metadata.annotations } : undefined;
  return {
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: {
      name: controllerRevisionName(set.metadata.name ?? '', hash),
      namespace: set.metadata.namespace,
      labels: { ...(set.spec?.template?.metadata?.labels ?? {}), [CONTROLLER_REVISION_HASH_LABEL]: hash },
      ...(annotations ? { annotations } : {}),
      ownerReferences: [controllerRefTo(set)],
    },
    data,
    revision,
  };
}

/** The template stored in a revision (strategic-merge `$patch: replace` applied to spec.template). */
export function revisionTemplate(rev: ControllerRevision): PodTemplateSpec {
  const t = ((rev.data as { spec?: { template?: Record<string, unknown> } } | undefined)?.spec?.template ?? {});
  const { $patch: _drop, ...template } = t;
  return template as PodTemplateSpec;
}

/** The set with the revision's template restored (ApplyRevision). */
export function applyRevision(set: StatefulSet, rev: ControllerRevision): StatefulSet {
  return { ...set, spec: { ...set.spec!, template: revisionTemplate(rev) } };
}

/** Same data (EqualRevision compares the raw patch bytes). */
export function equalRevision(a: ControllerRevision | undefined, b: ControllerRevision | undefined, memo?: RunCache): boolean {
  if (!a || !b) return a === b;
  return dataJsonOf(a.data, memo) === dataJsonOf(b.data, memo);
}

/** Revisions whose data equals `needle`, in the given (sorted) order (FindEqualRevisions). */
export function findEqualRevisions(revisions: readonly ControllerRevision[], needle: ControllerRevision, memo?: RunCache): ControllerRevision[] {
  return revisions.filter((r) => equalRevision(r, needle, memo));
}

/** Sorted by .revision, then by name (SortControllerRevisions). */
export function sortControllerRevisions(revisions: readonly ControllerRevision[]): ControllerRevision[] {
  return [...revisions].sort((a, b) =>
    a.revision !== b.revision ? a.revision - b.revision : (a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1);
}

/** One more than the highest revision, or 1 (nextRevision). Expects sorted input. */
export function nextRevision(revisions: readonly ControllerRevision[]): number {
  return revisions.length === 0 ? 1 : revisions[revisions.length - 1]!.revision + 1;
}
