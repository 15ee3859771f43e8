// How a Service's endpoints are spread over its EndpointSlices.
// Mirrors kubernetes/kubernetes pkg/controller/endpointslice/reconciler.go (reconcileByPortMapping, finalize) and
// staging/src/k8s.io/endpointslice/utils.go (getSliceToFill): at most maxEndpointsPerSlice (default 100,
// kube-controller-manager --max-endpoints-per-slice) endpoints per slice; existing slices keep the endpoints
// they hold, new endpoints fill slices already being updated, then the unchanged slice closest to full that fits
// them all, then new slices; a slice left empty is deleted, and its name is reused by a slice to create.
// Deviation: new endpoints are placed in pod order (upstream pops them from a set in map order).
import { deepEqual } from '../../util/equal';
import { memoTable, type MemoStore } from '../../util/memoStore';

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

/** The run's memos: endpoint ids by endpoint, and member sets by stored endpoints array. */
interface Memos {
  readonly ids: WeakMap<SliceEndpoint, string>;
  readonly members: WeakMap<readonly SliceEndpoint[], ReadonlySet<SliceEndpoint>>;
}

/** The identity of an endpoint (endpointset.go hashEndpoint: addresses, hostname, target namespace and name). */
function endpointId({ ids }: Memos, e: SliceEndpoint): string {
  let id = ids.get(e);
  if (id === undefined) {
    id = `${[...e.addresses].sort().join(',')}|${e.hostname ?? ''}|${e.targetRef?.namespace ?? ''}/${e.targetRef?.name ?? ''}`;
    ids.set(e, id);
  }
  return id;
}

/** The endpoint objects of a stored slice, as a set (stored arrays are never mutated, so built once per array). */
function membersOf({ members }: Memos, endpoints: readonly SliceEndpoint[]): ReadonlySet<SliceEndpoint> {
  let set = members.get(endpoints);
  if (!set) members.set(endpoints, (set = new Set(endpoints)));
  return set;
}

/** True when the slices already hold exactly the desired endpoint objects (the common case: nothing to write). */
function alreadyPacked(memos: Memos, existing: readonly ExistingSlice<SliceEndpoint>[], desired: readonly SliceEndpoint[]): boolean {
  if (existing.some((s) => s.endpoints.length === 0) && desired.length) return false;
  const sets = existing.map((s) => membersOf(memos, s.endpoints));
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

/** Plan the writes that bring `existing` slices to hold exactly `desired` endpoints. */
export function planSlices<E extends SliceEndpoint>(existing: readonly ExistingSlice<E>[], desired: readonly E[], max = MAX_ENDPOINTS_PER_SLICE, memo?: MemoStore): SlicePlan<E> {
  const memos = memoTable<Memos>(memo, 'slice-packing', () => ({ ids: new WeakMap(), members: new WeakMap() }));
  if (existing.length && alreadyPacked(memos, existing, desired)) return { update: [], create: [], delete: [] };
  // Desired endpoints not placed yet; the very same objects as stored ones are matched by identity first (the
  // common case between two syncs), the others by endpoint identity (built only when needed).
  const identical = new Set<E>(desired);
  const remaining = new Set<E>(desired);
  let byId: Map<string, E> | undefined;
  const toUpdate: { name: string; endpoints: E[] }[] = [];
  const unchanged: ExistingSlice<E>[] = [];
  const toDelete: string[] = [];
  // 1. Existing slices keep the endpoints still desired (updated in place) and drop the others.
  for (const slice of existing) for (const e of slice.endpoints) if (identical.has(e)) remaining.delete(e);
  for (const slice of existing) {
    const kept: E[] = [];
    let changed = false;
    for (const e of slice.endpoints) {
      if (identical.has(e)) {
        kept.push(e);
        continue;
      }
      byId ??= new Map([...remaining].map((d) => [endpointId(memos, d), d]));
      const id = endpointId(memos, e);
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
  const rest = desired.filter((e) => remaining.has(e));
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
  if (!desired.length && !unchanged.length && !toUpdate.length && !toCreate.length) toCreate.push([]);
  if (desired.length) for (const s of unchanged) if (s.endpoints.length === 0) toDelete.push(s.name);
  // finalize: a slice to create takes over the name of a slice to delete (an update instead of a delete + create).
  while (toCreate.length && toDelete.length) toUpdate.push({ name: toDelete.shift()!, endpoints: toCreate.shift()! });
  return { update: toUpdate, create: toCreate, delete: toDelete };
}
