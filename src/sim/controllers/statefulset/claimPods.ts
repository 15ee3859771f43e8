// Mirrors kubernetes/kubernetes pkg/controller/statefulset/stateful_set.go (getPodsForStatefulSet) and
// pkg/controller/controller_ref_manager.go (PodControllerRefManager.ClaimPods, AdoptPod, ReleasePod).
// A pod belongs to the set when its labels match the selector AND its name parses to the set's name:
// matching orphans are adopted, owned pods that stop matching are released.
import type { Pod, StatefulSet } from './k8sTypes';
import { typed, untyped } from './k8sTypes';
import type { SyncContext } from './syncContext';
import { note, updateObject } from './syncContext';
import { selectorMatches } from '../../api/labels';
import { controllerRefTo } from './history';
import { isMemberOf } from './statefulSetUtils';
import type { KObject } from '../../api/types';
import { CHUNK, chunked } from '../../util/chunkMemo';
import { identityMemo } from '../../util/memoStore';
import { reason } from '../../reasons';

const controllerOf = (pod: Pod) => (pod.metadata.ownerReferences ?? []).find((r) => r.controller);

/** The set's pods, after adopting matching orphans and releasing owned pods that no longer match. */
export function getPodsForStatefulSet(ctx: SyncContext): Pod[] {
  const { set } = ctx;
  const out: Pod[] = [];
  const list = ctx.view.list('Pod', ctx.namespace);
  const id = `relations\u0000${ctx.namespace}\u0000${set.metadata.name ?? ''}\u0000${set.metadata.uid ?? ''}`;
  const params = `${set.metadata.name ?? ''}\u0000${set.metadata.uid ?? ''}`;
  const memo = identityMemo<Pod, RelationMemo>(ctx.view.memo, 'sts-pod-relations');
  const chunks = chunked(ctx.view.memo, id, params, list, (from, to) => relationsOf(memo, set, list, from, to), set.spec?.selector);
  for (let i = 0; i < list.length; i++) {
    const pod = typed<Pod>(list[i]!);
    const rel = chunks[(i / CHUNK) | 0]![i % CHUNK] as Relation;
    if (rel === OTHER) continue;
    if (rel === OWNED) { out.push(pod); continue; }
    if (rel === OWNED_MISMATCH) {
      if (!pod.metadata.deletionTimestamp) releasePod(ctx, pod);
      continue;
    }
    if (rel === ORPHAN_MISMATCH || pod.metadata.deletionTimestamp || set.metadata.deletionTimestamp) continue;
    out.push(adoptPod(ctx, pod));
  }
  return out;
}

const OTHER = 0;
const OWNED = 1;
const OWNED_MISMATCH = 2;
const ORPHAN_MATCH = 3;
const ORPHAN_MISMATCH = 4;
type Relation = typeof OTHER | typeof OWNED | typeof OWNED_MISMATCH | typeof ORPHAN_MATCH | typeof ORPHAN_MISMATCH;

/** A pod's relation to a set, remembered by pod object in the run's store, valid for the same selector, name and uid. */
interface RelationMemo {
  readonly selector: unknown;
  readonly name?: string;
  readonly uid?: string;
  readonly rel: Relation;
}

/** relationOf for list[from, to). */
function relationsOf(memo: WeakMap<Pod, RelationMemo>, set: StatefulSet, list: readonly KObject[], from: number, to: number): Uint8Array {
  const out = new Uint8Array(to - from);
  for (let i = from; i < to; i++) out[i - from] = relationOf(memo, set, typed<Pod>(list[i]!));
  return out;
}

/** How the pod relates to the set: controlled by another owner, owned (matching or not), or an orphan. */
function relationOf(memo: WeakMap<Pod, RelationMemo>, set: StatefulSet, pod: Pod): Relation {
  const selector = set.spec?.selector;
  const m = memo.get(pod);
  if (m && m.selector === selector && m.name === set.metadata.name && m.uid === set.metadata.uid) return m.rel;
  const matches = selectorMatches(selector, pod.metadata.labels) && isMemberOf(set, pod);
  const ref = controllerOf(pod);
  const rel: Relation = ref ? (ref.uid !== set.metadata.uid ? OTHER : matches ? OWNED : OWNED_MISMATCH)
    : matches ? ORPHAN_MATCH : ORPHAN_MISMATCH;
  memo.set(pod, { selector, name: set.metadata.name, uid: set.metadata.uid, rel });
  return rel;
}

function adoptPod(ctx: SyncContext, pod: Pod): Pod {
  const adopted: Pod = {
    ...pod,
    metadata: { ...pod.metadata, ownerReferences: [...(pod.metadata.ownerReferences ?? []), controllerRefTo(ctx.set)] },
  };
  updateObject(ctx, untyped(adopted));
  note(ctx, 'update', reason('sts.adoptedPod', { pod: pod.metadata.name ?? '', set: ctx.set.metadata.name ?? '' }));
  return adopted;
}

function releasePod(ctx: SyncContext, pod: Pod): void {
  const refs = (pod.metadata.ownerReferences ?? []).filter((r) => r.uid !== ctx.set.metadata.uid);
  const { ownerReferences: _old, ...meta } = pod.metadata;
  updateObject(ctx, untyped({ ...pod, metadata: refs.length ? { ...meta, ownerReferences: refs } : meta }));
  note(ctx, 'update', reason('sts.releasedPod', { pod: pod.metadata.name ?? '', set: ctx.set.metadata.name ?? '' }));
}
