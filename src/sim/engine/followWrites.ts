// An index over one kind's objects in one namespace that the run keeps current from what changed, like an informer's
// indexer: built from the namespace's list once, then patched with the objects the working copy wrote since (its
// write log, IndexSource.writesSince). It lives in a table of the run's cache; a view without a cache or a write log,
// an index that no longer answers for its owner (`covers`), or a write log that lost the mark builds it afresh.
import type { KindName, KObject } from '../api/types';
import type { ClusterView } from '../controllers/types';

/** What a followed index keeps: where in the kind's write log it stands (undefined: not followed). */
export interface Followed {
  mark: number | undefined;
}

export interface FollowSpec<T extends Followed> {
  readonly kind: KindName;
  readonly namespace: string;
  /** The index's entry in its table (e.g. `namespace/set`). */
  readonly id: string;
  /** True when a known index still answers for its owner (same uid, selector, templates…). */
  covers(index: T): boolean;
  /** Bring `index` up to date with the object named `name` (undefined: deleted). */
  patch(index: T, name: string, obj: KObject | undefined): void;
  /** A fresh index from the namespace's objects (view.list order). */
  build(objs: readonly KObject[]): T;
}

/** The index for `spec.id` in `table`, patched with the namespace's writes since it was last used, or built afresh. */
export function followWrites<T extends Followed>(view: ClusterView, table: Map<string, T>, spec: FollowSpec<T>): T {
  const source = view.index;
  const known = table.get(spec.id);
  if (known && source && known.mark !== undefined && spec.covers(known)) {
    const written = source.writesSince(spec.kind, known.mark);
    if (written) {
      const prefix = `${spec.namespace}/`;
      for (const sub of written) {
        if (sub.startsWith(prefix)) spec.patch(known, sub.slice(prefix.length), view.get(`${spec.kind}/${sub}`));
      }
      known.mark = source.writeMark(spec.kind);
      return known;
    }
  }
  const mark = source?.writeMark(spec.kind);
  const index = spec.build(view.list(spec.kind, spec.namespace));
  index.mark = mark;
  table.set(spec.id, index);
  return index;
}
