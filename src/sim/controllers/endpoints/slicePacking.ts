// How a Service's endpoints are spread over its EndpointSlices.
// Mirrors kubernetes/kubernetes pkg/controller/endpointslice/reconciler.go (reconcileByPortMapping, finalize) and
// staging/src/k8s.io/endpointslice/utils.go (getSliceToFill): at most maxEndpointsPerSlice (default 100,
// kube-controller-manager --max-endpoints-per-slice) endpoints per slice; existing slices keep the endpoints
// they hold, new endpoints fill slices already being updated, then the unchanged slice closest to full that fits
// them all, then new slices; a slice left empty is deleted, and its name is reused by a slice to create.
// Deviation: new endpoints are placed in pod order (upstream pops them from a set in map order).
import { deepEqual } from '../../util/equal';

/** kube-controller-manager's default --max-endpoints-per-slice. */
export const MAX_ENDPOINTS_PER_SLICE = 100;

export interface SliceEndpoint {
  readonly addresses: readonly string[];
  readonly hostname?: string;
  readonly targetRef?: { readonly namespace?: string; readonly name?: string };
}

/** One existing slice: its name and endpoints. */
export interface ExistingSlice<E extends SliceEndpoint> { readonly name: string; readonly endpoints: readonly E[] }

export interface SlicePlan<E extends SliceEndpoint> {
  /** Slices whose endpoints change (name kept; a recycled name may come from a slice that would be deleted). */
  readonly update: readonly ExistingSlice<E>[];
  /** Endpoint lists of slices to create (each gets a generated name). */
  readonly create: readonly (readonly E[])[];
  readonly delete: readonly string[];
}

/** The identity of an endpoint (endpointset.go hashEndpoint: addresses, hostname, target namespace and name). */
function endpointId(e: SliceEndpoint): string {
  return `${[...e.addresses].sort().join(',')}|${e.hostname ?? ''}|${e.targetRef?.namespace ?? ''}/${e.targetRef?.name ?? ''}`;
}

/** True when the slices already hold exactly the desired endpoint objects (the common case: nothing to write). */
function alreadyPacked(existing: readonly ExistingSlice<SliceEndpoint>[], desired: readonly SliceEndpoint[]): boolean {
  if (existing.some((s) => s.endpoints.length === 0) && desired.length) return false;
  const sets = existing.map((s) => new Set(s.endpoints));
  let total = 0;
  for (const s of sets) total += s.size;
  return total === desired.length && desired.every((e) => sets.some((s) => s.has(e)));
}

/** The unchanged slice that will be closest to full once `n` endpoints are added, if one can take them all. */
function sliceToFill<E extends SliceEndpoint>(slices: ExistingSlice<E>[], n: number, max: number): number {
  let closestDiff = max;
  let closest = -1;
  slices.forEach((s, i) => {
    const diff = max - (n + s.endpoints.length);
    if (diff >= 0 && diff < closestDiff) {
      closestDiff = diff;
      closest = i;
    }
  });
  return closest;
}

/** Step 1's outcome: slices updated (with what they keep), unchanged, left empty, and the endpoints still to place. */
interface Kept<E extends SliceEndpoint> {
  readonly toUpdate: { name: string; endpoints: E[] }[];
  readonly unchanged: ExistingSlice<E>[];
  readonly toDelete: string[];
  readonly rest: E[];
}

/**
 * 1. Existing slices keep the endpoints still desired (updated in place) and drop the others. `identical`: the desired
 * endpoint objects; `remaining`: the desired ones in no slice (in desired order), consumed as stored ones are matched
 * by endpoint identity; `touched(slice)`: false for a slice known to hold only desired objects (skipped: unchanged).
 */
function keepDesired<E extends SliceEndpoint>(existing: readonly ExistingSlice<E>[], identical: ReadonlySet<E>, remaining: Set<E>, touched: (s: ExistingSlice<E>) => boolean): Kept<E> {
  let byId: Map<string, E> | undefined;
  const toUpdate: { name: string; endpoints: E[] }[] = [];
  const unchanged: ExistingSlice<E>[] = [];
  const toDelete: string[] = [];
  for (const slice of existing) {
    if (!touched(slice)) {
      unchanged.push(slice);
      continue;
    }
    const kept: E[] = [];
    let changed = false;
    for (const e of slice.endpoints) {
      if (identical.has(e)) {
        kept.push(e);
        continue;
      }
      byId ??= new Map([...remaining].map((d) => [endpointId(d), d]));
      const id = endpointId(e);
      const got = byId.get(id);
      if (!got) continue;
      kept.push(got);
      if (!deepEqual(got, e)) changed = true;
      byId.delete(id);
      remaining.delete(got);
    }
    if (changed || kept.length !== slice.endpoints.length) {
      if (kept.length === 0) toDelete.push(slice.name);
      else toUpdate.push({ name: slice.name, endpoints: kept });
    } else unchanged.push(slice);
  }
  return { toUpdate, unchanged, toDelete, rest: [...remaining] };
}

/** Steps 2, 3 and finalize, from step 1's outcome. */
function place<E extends SliceEndpoint>({ toUpdate, unchanged, toDelete, rest }: Kept<E>, desiredCount: number, max: number): SlicePlan<E> {
  // 2. New endpoints first fill the slices being updated anyway, fullest first.
  toUpdate.sort((a, b) => b.endpoints.length - a.endpoints.length);
  for (const slice of toUpdate) while (rest.length && slice.endpoints.length < max) slice.endpoints.push(rest.shift()!);
  // 3. Then one unchanged slice that can take all that is left, else new slices.
  const toCreate: E[][] = [];
  while (rest.length) {
    const i = rest.length < max && unchanged.length ? sliceToFill(unchanged, rest.length, max) : -1;
    if (i >= 0) {
      const slice = unchanged.splice(i, 1)[0]!;
      toUpdate.push({ name: slice.name, endpoints: [...slice.endpoints, ...rest.splice(0)] });
    } else toCreate.push(rest.splice(0, max));
  }
  // A Service with no endpoints keeps one empty placeholder slice; next to real endpoints a placeholder goes.
  if (!desiredCount && !unchanged.length && !toUpdate.length && !toCreate.length) toCreate.push([]);
  if (desiredCount) for (const s of unchanged) if (s.endpoints.length === 0) toDelete.push(s.name);
  // finalize: a slice to create takes over the name of a slice to delete (an update instead of a delete + create).
  while (toCreate.length && toDelete.length) toUpdate.push({ name: toDelete.shift()!, endpoints: toCreate.shift()! });
  return { update: toUpdate, create: toCreate, delete: toDelete };
}

const NOTHING: SlicePlan<never> = { update: [], create: [], delete: [] };

/** Plan the writes that bring `existing` slices to hold exactly `desired` endpoints. */
export function planSlices<E extends SliceEndpoint>(existing: readonly ExistingSlice<E>[], desired: readonly E[], max = MAX_ENDPOINTS_PER_SLICE): SlicePlan<E> {
  if (existing.length && alreadyPacked(existing, desired)) return NOTHING;
  // Desired endpoints not placed yet; the very same objects as stored ones are matched by identity first (the
  // common case between two syncs), the others by endpoint identity (built only when needed).
  const identical = new Set<E>(desired);
  const remaining = new Set<E>(desired);
  for (const slice of existing) for (const e of slice.endpoints) if (identical.has(e)) remaining.delete(e);
  return place(keepDesired(existing, identical, remaining, () => true), desired.length, max);
}

/**
 * The same plan when the slices hold exactly the endpoint objects desired at the last sync, each once (`sliceOf`
 * names the slice of each), and only `removed` left and `added` (in desired order) came since: only the slices
 * holding a removed endpoint are looked at. `desired` is the new desired set.
 */
export function planSlicesDelta<E extends SliceEndpoint>(
  existing: readonly ExistingSlice<E>[], desired: ReadonlySet<E>, sliceOf: ReadonlyMap<E, string>, removed: readonly E[], added: readonly E[], max = MAX_ENDPOINTS_PER_SLICE,
): SlicePlan<E> {
  const touched = new Set<string>();
  for (const e of removed) {
    const name = sliceOf.get(e);
    if (name !== undefined) touched.add(name);
  }
  if (!touched.size && !added.length && !(existing.some((s) => s.endpoints.length === 0) && desired.size)) return NOTHING;
  return place(keepDesired(existing, desired, new Set(added), (s) => touched.has(s.name)), desired.size, max);
}
