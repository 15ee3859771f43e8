// One sync's scratch pad: the intents it returns (actions, events) and the notes its `why` is built from.
// Stands in for the clientset + event recorder that stateful_set.go hands to stateful_set_control.go; here every
// write is an intent for the engine's applier. Later reads in the same sync see earlier writes (like a client
// reading its own writes), through `get`.
import type { KObject, ObjectKey } from '../../api/types';
import type { ApiAction, ClusterView, EventIntent } from '../../controllers/types';
import { keyOf, objectKey } from '../../api/keys';
import type { StatefulSet } from './k8sTypes';
import { untyped } from './k8sTypes';
import type { Reason } from '../../reasons';
import { bareAt, claimAt, currentClaimIndex, indexClaim, newClaimIndex, type ClaimIndex } from './claimIndex';
import { podFactsStore, type PodFacts, type PodFactsStore } from './podFacts';
import type { PodIndex } from './podIndex';

export type NoteKind = 'create' | 'delete' | 'update' | 'fail' | 'wait' | 'info' | 'revision';

export interface Note {
  readonly kind: NoteKind;
  readonly why: Reason;
}

export interface SyncContext {
  readonly set: StatefulSet;
  readonly setKey: ObjectKey;
  readonly namespace: string;
  readonly view: ClusterView;
  readonly nowMs: number;
  readonly actions: ApiAction[];
  readonly events: EventIntent[];
  readonly notes: Note[];
  /** Errors this sync returns (a refused create, a claim being deleted): the controller retries with back-off. */
  readonly errors: string[];
  /** Objects written in this sync (null = deleted), by key. */
  readonly written: Map<ObjectKey, KObject | null>;
  /** How many writes this sync asked for (a replaced update counts too): lets callers see that a step wrote. */
  writes: number;
  /** Creates this sync queued and the store does not hold yet: they count against Podium's limits. */
  readonly pending: { pods: number; objects: number };
  /** The set's claims by template and ordinal (claimIndex.ts) as the view holds them, fetched on first use. */
  claimIndex: ClaimIndex | undefined;
  /** The claims this sync wrote, by template and ordinal (read before claimIndex; never shared). */
  claimWrites: ClaimIndex | undefined;
  /** The run's pod facts (podFacts.ts). */
  readonly facts: PodFactsStore;
  /** The facts of the pods getPodsForStatefulSet returned, in its order (sortPods reads them instead of the store). */
  listed: readonly PodFacts[];
  /** The pod index whose pods getPodsForStatefulSet returned as they are (ClaimPods kept them all), if it did. */
  listedIndex: PodIndex | undefined;
  /** The last set the claim index was found to answer for (claimIndex.ts indexCovers), by identity. */
  coveredSet: StatefulSet | undefined;
}

export function newSyncContext(set: StatefulSet, view: ClusterView): SyncContext {
  const namespace = set.metadata.namespace ?? 'default';
  return {
    set, namespace, view, nowMs: view.nowMs,
    setKey: keyOf(untyped(set)),
    actions: [], events: [], notes: [], errors: [], written: new Map(), writes: 0, pending: { pods: 0, objects: 0 }, claimIndex: undefined, claimWrites: undefined, facts: podFactsStore(view.memo), listed: [], listedIndex: undefined, coveredSet: undefined,
  };
}

/** The object as this sync last saw or wrote it. Deleted-in-this-sync objects keep their view state. */
export function getObject(ctx: SyncContext, kind: 'Pod' | 'PersistentVolumeClaim' | 'ControllerRevision', name: string): KObject | undefined {
  return getObjectByKey(ctx, objectKey(kind, ctx.namespace, name));
}

/** getObject by store key. */
export function getObjectByKey(ctx: SyncContext, key: ObjectKey): KObject | undefined {
  const w = ctx.written.get(key);
  return w ?? ctx.view.get(key);
}

/** The set's claim index (claimIndex.ts) as the view holds the claims, fetched once per sync. */
export function claimIndexOf(ctx: SyncContext): ClaimIndex {
  return (ctx.claimIndex ??= currentClaimIndex(ctx.view, ctx.set, ctx.namespace));
}

/** The claim of template j of ctx.set for `ordinal` as this sync last saw or wrote it (getObject by index). */
export function indexedClaim(ctx: SyncContext, j: number, ordinal: number): KObject | undefined {
  return (ctx.claimWrites && claimAt(ctx.claimWrites, j, ordinal)) ?? claimAt(claimIndexOf(ctx), j, ordinal);
}

/** True when the claim indexedClaim(ctx, j, ordinal) returns is the view's and has no owner references. */
export function indexedClaimIsBare(ctx: SyncContext, j: number, ordinal: number): boolean {
  return !(ctx.claimWrites && claimAt(ctx.claimWrites, j, ordinal)) && bareAt(claimIndexOf(ctx), j, ordinal);
}

/** A claim this sync writes is seen by its later reads (deleting one keeps the view's, like getObject). */
function noteClaimWrite(ctx: SyncContext, object: KObject): void {
  if (object.kind !== 'PersistentVolumeClaim' || (object.metadata.namespace ?? '') !== ctx.namespace) return;
  indexClaim((ctx.claimWrites ??= newClaimIndex(ctx.set, ctx.namespace, true)), object.metadata.name ?? '', object);
}

export function createObject(ctx: SyncContext, object: KObject): void {
  noteClaimWrite(ctx, object);
  ctx.actions.push({ type: 'create', object });
  ctx.written.set(keyOf(object), object);
  ctx.writes++;
  ctx.pending.objects++;
  if (object.kind === 'Pod') ctx.pending.pods++;
}

/** Queue an update; a second update of the same object in one sync replaces the first (no self-conflict). */
export function updateObject(ctx: SyncContext, object: KObject): void {
  noteClaimWrite(ctx, object);
  const key = keyOf(object);
  const idx = ctx.actions.findIndex((a) => a.type === 'update' && keyOf(a.object) === key);
  if (idx >= 0) ctx.actions[idx] = { type: 'update', object };
  else ctx.actions.push({ type: 'update', object });
  ctx.written.set(key, object);
  ctx.writes++;
}

export function deleteObject(ctx: SyncContext, object: KObject): void {
  const key = keyOf(object);
  ctx.actions.push({ type: 'delete', key, ...(object.metadata.uid ? { uid: object.metadata.uid } : {}) });
  ctx.written.set(key, null);
  ctx.writes++;
}

/** True if this sync already asked to delete the object. */
export function deletedInSync(ctx: SyncContext, key: ObjectKey): boolean {
  return ctx.written.get(key) === null;
}

export function recordEvent(ctx: SyncContext, type: 'Normal' | 'Warning', reason: string, message: string): void {
  ctx.events.push({ type, reason, message, key: ctx.setKey });
}

export function note(ctx: SyncContext, kind: NoteKind, why: Reason): void {
  ctx.notes.push({ kind, why });
}
