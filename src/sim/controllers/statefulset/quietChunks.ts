// Podium-specific speed-up on top of quietSlots.ts (no upstream counterpart): whole chunks of slots that were all
// quiet in an earlier sync are skipped in one check, as long as the chunk holds the very same pod objects, the quiet
// key is the same and none of the chunk's claims changed. Claims are compared by diffing the namespace's claim list
// against the list the chunk was recorded with (lists hold the stored objects, which are never mutated), so a sync
// costs a pointer comparison per slot instead of a claim lookup. A pure cache: every skipped slot is one isQuiet
// would have accepted.
import type { KObject, ObjectKey } from '../../api/types';
import { objectKey } from '../../api/keys';
import type { Pod } from './k8sTypes';
import type { SyncContext } from './syncContext';
import { quietClaimKeys, type QuietKey } from './quietSlots';
import { CHUNK } from '../../util/chunkMemo';
import { memoTable } from '../../util/memoStore';
import { isCreated } from './statefulSetUtils';

interface QuietChunk {
  readonly sig: string;
  readonly templates: unknown;
  readonly pods: readonly Pod[];
  readonly claimKeys: ReadonlySet<ObjectKey>;
  readonly claimList: readonly KObject[];
}


const UNKNOWN = 0;
const QUIET = 1;
const NOT_QUIET = 2;

/** One sync's view of the chunks: which are known quiet, and which slots of the current chunk turned out quiet. */
export class QuietChunks {
  private readonly table: QuietChunk[];
  private readonly state: Uint8Array;
  private readonly quietSlots: Uint8Array;
  private claimList: readonly KObject[] | undefined;
  private readonly diffs = new Map<readonly KObject[], Set<ObjectKey>>();

  constructor(private readonly ctx: SyncContext, private readonly replicas: readonly Pod[], private readonly key: QuietKey) {
    const id = `${ctx.namespace}\u0000${ctx.set.metadata.name ?? ''}\u0000${ctx.set.metadata.uid ?? ''}`;
    // The set's chunks live in the run's store (util/memoStore.ts).
    this.table = memoTable<QuietChunk[]>(ctx.view.memo, `quietChunks\u0000${id}`, () => []);
    this.state = new Uint8Array(Math.ceil(replicas.length / CHUNK));
    this.quietSlots = new Uint8Array(replicas.length);
  }

  /** True when slot i lies in a chunk known quiet as a whole (asked first at the chunk's first slot). */
  skip(i: number): boolean {
    const c = (i / CHUNK) | 0;
    if (this.state[c] === UNKNOWN) this.state[c] = this.validate(c) ? QUIET : NOT_QUIET;
    return this.state[c] === QUIET;
  }

  /** Slot i was processed: quiet or not. At a chunk's last slot, a chunk quiet throughout is recorded. */
  done(i: number, quiet: boolean): void {
    this.quietSlots[i] = quiet ? 1 : 0;
    const c = (i / CHUNK) | 0;
    const from = c * CHUNK;
    const to = Math.min(this.replicas.length, from + CHUNK);
    if (i !== to - 1) return;
    const claimKeys = new Set<ObjectKey>();
    for (let j = from; j < to; j++) {
      const pod = this.replicas[j]!;
      const keys = this.quietSlots[j] && isCreated(pod) ? quietClaimKeys(this.ctx, pod, this.key) : undefined;
      if (!keys) return;
      for (const k of keys) if (this.ctx.written.has(k)) return;
      for (const k of keys) claimKeys.add(k);
    }
    this.table[c] = { sig: this.key.sig, templates: this.key.templates, pods: this.replicas.slice(from, to), claimKeys, claimList: this.claims() };
  }

  private claims(): readonly KObject[] {
    return (this.claimList ??= this.ctx.view.list('PersistentVolumeClaim', this.ctx.namespace));
  }

  private validate(c: number): boolean {
    const e = this.table[c];
    if (!e || e.sig !== this.key.sig || e.templates !== this.key.templates) return false;
    const from = c * CHUNK;
    const to = Math.min(this.replicas.length, from + CHUNK);
    if (e.pods.length !== to - from) return false;
    for (let j = from; j < to; j++) if (e.pods[j - from] !== this.replicas[j]) return false;
    const written = this.ctx.written.size > 0;
    const now = this.claims();
    const changed = e.claimList === now ? undefined : this.changedSince(e.claimList, now);
    if (!written && !changed?.size) return true;
    if (changed) for (const k of changed) if (e.claimKeys.has(k)) return false;
    if (written && overlaps(this.ctx.written, e.claimKeys)) return false;
    // The stored claims are the same in both lists: later syncs diff against the newer one.
    if (changed) this.table[c] = { ...e, claimList: now };
    return true;
  }

  /** Keys of claims added, removed or replaced between two lists of this namespace's claims. */
  private changedSince(before: readonly KObject[], now: readonly KObject[]): Set<ObjectKey> {
    let out = this.diffs.get(before);
    if (!out) this.diffs.set(before, (out = diffLists(before, now, this.ctx.namespace)));
    return out;
  }
}

/** True when the two key collections share a key (walks the smaller one). */
function overlaps(a: ReadonlyMap<ObjectKey, unknown>, b: ReadonlySet<ObjectKey>): boolean {
  if (a.size <= b.size) {
    for (const k of a.keys()) if (b.has(k)) return true;
  } else {
    for (const k of b) if (a.has(k)) return true;
  }
  return false;
}

function diffLists(a: readonly KObject[], b: readonly KObject[], namespace: string): Set<ObjectKey> {
  return mergeDiff(a, b, namespace) ?? mapDiff(a, b, namespace);
}

const nameOf = (o: KObject): string => o.metadata.name ?? '';

/** The diff of two lists of one namespace sorted by name, walked side by side; undefined if they are not sorted. */
function mergeDiff(a: readonly KObject[], b: readonly KObject[], namespace: string): Set<ObjectKey> | undefined {
  const out = new Set<ObjectKey>();
  const key = (o: KObject) => objectKey('PersistentVolumeClaim', namespace, nameOf(o));
  let i = 0;
  let j = 0;
  let last = '';
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x !== undefined && x === y) { i++; j++; continue; }
    const nx = x === undefined ? undefined : nameOf(x);
    const ny = y === undefined ? undefined : nameOf(y);
    if ((x !== undefined && x.metadata.namespace !== namespace) || (y !== undefined && y.metadata.namespace !== namespace)) return undefined;
    const next = ny === undefined || (nx !== undefined && nx < ny) ? nx! : ny;
    if (next <= last && (i > 0 || j > 0)) return undefined;
    last = next;
    if (nx === next) i++;
    if (ny === next) j++;
    out.add(key((nx === next ? x : y)!));
  }
  return out;
}

function mapDiff(a: readonly KObject[], b: readonly KObject[], namespace: string): Set<ObjectKey> {
  const out = new Set<ObjectKey>();
  const key = (o: KObject) => objectKey('PersistentVolumeClaim', namespace, nameOf(o));
  const byName = new Map<string, KObject>();
  for (const o of a) byName.set(`${o.metadata.namespace ?? ''}/${nameOf(o)}`, o);
  for (const o of b) {
    const name = `${o.metadata.namespace ?? ''}/${nameOf(o)}`;
    if (byName.get(name) !== o) out.add(key(o));
    byName.delete(name);
  }
  for (const o of byName.values()) out.add(key(o));
  return out;
}
