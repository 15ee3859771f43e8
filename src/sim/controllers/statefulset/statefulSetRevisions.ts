// Mirrors kubernetes/kubernetes pkg/controller/statefulset/stateful_set_control.go (ListRevisions,
// AdoptOrphanRevisions, getStatefulSetRevisions, truncateHistory), stateful_set.go (adoptOrphanRevisions) and
// pkg/controller/history/controller_history.go (ListControllerRevisions, CreateControllerRevision,
// UpdateControllerRevision, AdoptControllerRevision). Writes are intents in the SyncContext.
import type { ControllerRevision, Pod } from './k8sTypes';
import { typed, untyped } from './k8sTypes';
import type { SyncContext } from './syncContext';
import { createObject, deleteObject, getObject, note, updateObject } from './syncContext';
import { selectorMatches } from '../../api/labels';
import {
  controllerRefTo, equalRevision, findEqualRevisions, holdsTemplateOf, newRevision, nextRevision, sortControllerRevisions,
} from './history';
import { getPodRevision } from './statefulSetUtils';
import { revisionHistoryLimitOf } from './statefulSetSpec';
import { reason } from '../../reasons';

export interface Revisions {
  readonly current: ControllerRevision;
  readonly update: ControllerRevision;
  readonly collisionCount: number;
}

const controllerOf = (rev: ControllerRevision) => (rev.metadata.ownerReferences ?? []).find((r) => r.controller);

/** Revisions in the namespace matching the selector that the set controls or nobody controls, sorted. */
export function listRevisions(ctx: SyncContext): ControllerRevision[] {
  const uid = ctx.set.metadata.uid;
  const revs = ctx.view.list('ControllerRevision', ctx.namespace).map((o) => typed<ControllerRevision>(o))
    .filter((r) => selectorMatches(ctx.set.spec?.selector, r.metadata.labels))
    .filter((r) => { const c = controllerOf(r); return !c || c.uid === uid; });
  return sortControllerRevisions(revs);
}

/** Give orphan revisions that match the selector a controller ref to the set; returns the adopted list. */
export function adoptOrphanRevisions(ctx: SyncContext, revisions: readonly ControllerRevision[]): ControllerRevision[] {
  if (ctx.set.metadata.deletionTimestamp) return [...revisions];
  return revisions.map((r) => {
    if (controllerOf(r)) return r;
    const adopted: ControllerRevision = {
      ...r, metadata: { ...r.metadata, ownerReferences: [...(r.metadata.ownerReferences ?? []), controllerRefTo(ctx.set)] },
    };
    updateObject(ctx, untyped(adopted));
    note(ctx, 'update', reason('sts.adoptedRevision', { revision: r.metadata.name ?? '', set: ctx.set.metadata.name ?? '' }));
    return adopted;
  });
}

/** Create the candidate revision, bumping collisionCount while its name is taken by different data. */
function createControllerRevision(ctx: SyncContext, revisionNumber: number, collisionCount: number): [ControllerRevision, number] {
  let count = collisionCount;
  for (;;) {
    const candidate = newRevision(ctx.set, revisionNumber, count, ctx.view.memo);
    const existing = getObject(ctx, 'ControllerRevision', candidate.metadata.name ?? '');
    if (!existing) {
      createObject(ctx, untyped(candidate));
      return [candidate, count];
    }
    const found = typed<ControllerRevision>(existing);
    if (equalRevision(found, candidate, ctx.view.memo)) return [found, count];
    count++;
  }
}

/**
 * The current and update revisions (getStatefulSetRevisions). The update revision is the latest revision if the
 * template is unchanged; an older equal revision renumbered to max+1 (rollback reuses its name); or a new one.
 */
export function getStatefulSetRevisions(ctx: SyncContext, revisions: readonly ControllerRevision[]): Revisions {
  let collisionCount = ctx.set.status?.collisionCount ?? 0;
  // The common sync: the latest revision already holds the template. The candidate below would then equal it, and
  // so would the last of the equal revisions, making it the update revision: the same answer without building one.
  const latest = revisions[revisions.length - 1];
  if (latest && holdsTemplateOf(latest, ctx.set, ctx.view.memo)) {
    return { current: revisions.find((r) => r.metadata.name === ctx.set.status?.currentRevision) ?? latest, update: latest, collisionCount };
  }
  const next = nextRevision(revisions);
  const candidate = newRevision(ctx.set, next, collisionCount, ctx.view.memo);
  const equal = findEqualRevisions(revisions, candidate, ctx.view.memo);
  let update: ControllerRevision;
  if (equal.length > 0 && equalRevision(revisions[revisions.length - 1], equal[equal.length - 1], ctx.view.memo)) {
    update = revisions[revisions.length - 1]!;
  } else if (equal.length > 0) {
    const old = equal[equal.length - 1]!;
    update = { ...old, revision: next };
    updateObject(ctx, untyped(update));
    note(ctx, 'revision', reason('sts.reusedRevision', { revision: old.metadata.name ?? '', next, old: old.revision }));
  } else if (ctx.set.metadata.deletionTimestamp) {
    // A set being deleted gets no new history: the garbage collector is removing its revisions, and
    // re-creating them would keep a foreground deletion waiting forever.
    update = candidate;
  } else {
    [update, collisionCount] = createControllerRevision(ctx, next, collisionCount);
    if (revisions.length > 0) {
      note(ctx, 'revision', reason('sts.createdRevision', { revision: update.metadata.name ?? '', next }));
    }
  }
  const current = revisions.find((r) => r.metadata.name === ctx.set.status?.currentRevision) ?? update;
  return { current, update, collisionCount };
}

/** Delete the oldest non-live revisions beyond revisionHistoryLimit (truncateHistory). */
export function truncateHistory(ctx: SyncContext, pods: readonly Pod[], revisions: readonly ControllerRevision[], revs: Revisions): void {
  if (ctx.set.metadata.deletionTimestamp) return;
  const limit = revisionHistoryLimitOf(ctx.set);
  // History is a subset of revisions: when revisions fit the limit, so does history (skip the walk over pods).
  if (limit < 0 || revisions.length <= limit) return;
  const live = new Set([revs.current.metadata.name, revs.update.metadata.name, ...pods.map(getPodRevision)]);
  const history = revisions.filter((r) => !live.has(r.metadata.name));
  if (history.length <= limit) return;
  for (const r of history.slice(0, history.length - limit)) deleteObject(ctx, untyped(r));
}
