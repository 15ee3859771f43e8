// The working copy of ClusterState used inside one engine call. It is the only mutable thing in the engine,
// it never escapes: callers get plain frozen-by-convention ClusterState values from `toState()`.
// Buckets (one record per kind) are copied on first write after each snapshot, so a step costs O(change),
// not O(cluster).
import type { KObject, KindName, KubeEvent, ObjectKey } from '../api/types';
import { kindOfKey } from '../api/keys';
import type { ClusterState, ControllerName, QueuedEvent, SimSideState } from './types';
import { advance, valueOf } from './rng';
import { isoOf } from './time';
import { EventLog } from './eventLog';
import { TermIndex, type IndexSource, type Terms } from './termIndex';
import { buildSorted, filterSorted, refreshSorted, type SortedList } from './sortedList';
import type { Reason } from '../reasons';
import type { RunCache } from './runCache';
import type { ClusterView, Controller, ReconcileContext } from '../controllers/types';
import { partitionPoint } from '../util/partitionPoint';

/** workqueue.DefaultControllerRateLimiter: per-item exponential back-off from 5 ms up to 1000 s. */
export const RATE_LIMIT_BASE_MS = 5;
export const RATE_LIMIT_MAX_MS = 1_000_000;

/** Upper bound on stored Kubernetes events (oldest dropped first). */
export const MAX_EVENTS = 1000;

type Bucket = Record<string, KObject>;

/** Bound on the record of writes per kind (writesSince). */
const MAX_WRITE_LOG = 100_000;

/** Bound on remembered lookups by key (cleared past it: a miss looks in the bucket again). */
const MAX_LOOKUPS = 200_000;

export class Work implements IndexSource {
  nowMs: number;
  seq: number;
  rv: number;
  rng: number;
  sim: SimSideState;
  why: Record<string, Reason>;
  /** Failed syncs in a row per controller and key (workqueue.ItemExponentialFailureRateLimiter's failures). */
  failures: Record<string, number>;
  private readonly eventLog: EventLog;
  queue: QueuedEvent[];
  readonly config: ClusterState['config'];
  private buckets: Record<string, Bucket>;
  private owned = new Set<string>();
  /** Sorted lists by kind, then by namespace ('' key = all namespaces, '/ns' = one namespace). */
  private sorted = new Map<string, Map<string, SortedList>>();
  /** The queued event of each controller and key (there is at most one). */
  /** The queued event of each controller (outer) and key (inner): there is at most one. */
  private pending = new Map<string, Map<string, QueuedEvent>>();
  /** How many entries `failures` has (a sync without failures skips the lookup). */
  private failureCount: number;
  private indexes = new Map<string, TermIndex>();
  private isoAt: { readonly ms: number; readonly iso: string } | undefined;
  /** Objects looked up by key (null: absent), kept current by `put`: one lookup instead of splitting the key. */
  private byKey = new Map<string, KObject | null>();
  /** Keys written per kind since the record of that kind started (writeMark); `base` = position of subs[0]. */
  private writeLogs = new Map<string, { base: number; subs: string[] }>();
  /** Objects per kind, counted on first use and kept current by `put`. */
  private counts = new Map<string, number>();
  /** This working copy's cache (engine/runCache.ts), reached by controllers as `view.memo`. */
  readonly memo: RunCache = new Map();
  /** The controllers' view of this working copy (engine/loop.ts viewOf), made on first use. */
  view: ClusterView | undefined;
  /** The reconcile context of this working copy (engine/loop.ts contextOf), made on first use. */
  context: ReconcileContext | undefined;
  /** Controllers by name for the list last stepped with (engine/loop.ts). */
  controllersByName: { readonly list: readonly Controller[]; readonly map: ReadonlyMap<string, Controller> } | undefined;
  /** The controllers watching each kind, for the list last notified with (engine/loop.ts). */
  watchersByKind: { readonly list: readonly Controller[]; readonly map: Map<string, readonly Controller[]> } | undefined;

  constructor(state: ClusterState) {
    this.nowMs = state.nowMs;
    this.seq = state.seq;
    this.rv = state.rv;
    this.rng = state.rng;
    this.sim = state.sim;
    this.why = { ...state.why };
    this.failures = { ...(state.failures ?? {}) };
    this.failureCount = Object.keys(this.failures).length;
    this.eventLog = new EventLog(state.events, MAX_EVENTS);
    this.queue = [...state.queue];
    this.config = state.config;
    this.buckets = { ...(state.objects as Record<string, Bucket>) };
    for (const q of this.queue) this.pendingOf(q.controller).set(q.key, q);
  }

  /** A plain snapshot. Buckets become shared again, so later writes copy them first. */
  toState(): ClusterState {
    this.owned.clear();
    return {
      nowMs: this.nowMs, seq: this.seq, rv: this.rv, rng: this.rng, sim: this.sim,
      why: { ...this.why }, events: this.eventLog.list(), queue: [...this.queue], config: this.config,
      ...(Object.keys(this.failures).length ? { failures: { ...this.failures } } : {}),
      objects: { ...this.buckets } as ClusterState['objects'],
    };
  }

  get(key: ObjectKey): KObject | undefined {
    let obj = this.byKey.get(key);
    if (obj === undefined) {
      const kind = kindOfKey(key);
      obj = this.buckets[kind]?.[key.slice(kind.length + 1)] ?? null;
      if (this.byKey.size >= MAX_LOOKUPS) this.byKey.clear();
      this.byKey.set(key, obj);
    }
    return obj ?? undefined;
  }

  private pendingOf(controller: string): Map<string, QueuedEvent> {
    let m = this.pending.get(controller);
    if (!m) this.pending.set(controller, (m = new Map()));
    return m;
  }

  /** Objects of a kind (optionally one namespace), sorted by key; patched with the keys written since. */
  list(kind: KindName, namespace?: string): readonly KObject[] {
    return this.sortedList(kind, namespace).objs;
  }

  private sortedList(kind: KindName, namespace: string | undefined): SortedList {
    let lists = this.sorted.get(kind);
    if (!lists) this.sorted.set(kind, (lists = new Map()));
    const id = namespace === undefined ? '' : '/' + namespace;
    const bucket = this.buckets[kind] ?? {};
    const accept = namespace === undefined ? undefined : (o: KObject) => (o.metadata.namespace ?? '') === namespace;
    const cached = lists.get(id);
    let list = cached && refreshSorted(cached, bucket, accept);
    if (!list) list = accept ? filterSorted(this.sortedList(kind, undefined), accept) : buildSorted(bucket);
    if (list !== cached) lists.set(id, list);
    return list;
  }

  /** A reverse index over one kind, built on first use and kept current by `put`. */
  termIndex(kind: KindName, name: string, terms: Terms): TermIndex {
    let index = this.indexes.get(name);
    if (!index) {
      const all = this.sortedList(kind, undefined);
      this.indexes.set(name, (index = new TermIndex(kind, terms, all.keys, all.objs)));
    }
    return index;
  }

  /** How many `kind` objects the working copy holds (all namespaces), without building a list. */
  count(kind: KindName): number {
    let n = this.counts.get(kind);
    if (n === undefined) this.counts.set(kind, (n = Object.keys(this.buckets[kind] ?? {}).length));
    return n;
  }

  writeMark(kind: KindName): number {
    let log = this.writeLogs.get(kind);
    if (!log) this.writeLogs.set(kind, (log = { base: 0, subs: [] }));
    return log.base + log.subs.length;
  }

  writesSince(kind: KindName, mark: number): readonly string[] | undefined {
    const log = this.writeLogs.get(kind);
    if (!log || mark < log.base || mark > log.base + log.subs.length) return undefined;
    return log.subs.slice(mark - log.base);
  }

  put(key: ObjectKey, obj: KObject | undefined): void {
    const kind = kindOfKey(key);
    if (!this.owned.has(kind)) {
      this.buckets[kind] = { ...(this.buckets[kind] ?? {}) };
      this.owned.add(kind);
    }
    const bucket = this.buckets[kind]!;
    const sub = key.slice(kind.length + 1);
    for (const index of this.indexes.values()) if (index.kind === kind) index.update(key, bucket[sub], obj);
    const n = this.counts.get(kind);
    if (n !== undefined) {
      const had = Object.prototype.hasOwnProperty.call(bucket, sub);
      if (obj && !had) this.counts.set(kind, n + 1);
      else if (!obj && had) this.counts.set(kind, n - 1);
    }
    if (obj) bucket[sub] = obj;
    else delete bucket[sub];
    this.byKey.set(key, obj ?? null);
    const lists = this.sorted.get(kind);
    if (lists) for (const l of lists.values()) (l.dirty ??= new Set()).add(sub);
    const log = this.writeLogs.get(kind);
    if (log) {
      log.subs.push(sub);
      // Bounded: readers further behind than this build their answer again.
      if (log.subs.length > MAX_WRITE_LOG) {
        const drop = log.subs.length - (MAX_WRITE_LOG >> 1);
        log.subs = log.subs.slice(drop);
        log.base += drop;
      }
    }
  }

  /** isoOf(nowMs), made once per simulated moment (a sync that creates a thousand objects stamps them all alike). */
  nowIso(): string {
    if (this.isoAt?.ms !== this.nowMs) this.isoAt = { ms: this.nowMs, iso: isoOf(this.nowMs) };
    return this.isoAt.iso;
  }

  random(): number {
    this.rng = advance(this.rng);
    return valueOf(this.rng);
  }

  nextRv(): string {
    this.rv += 1;
    return String(this.rv);
  }

  /** Queue a reconcile; an earlier or equal pending one for the same controller and key makes this a no-op. */
  enqueue(controller: ControllerName, key: ObjectKey, atMs: number, steady = false): void {
    const pending = this.pendingOf(controller);
    const existing = pending.get(key);
    if (existing !== undefined && existing.atMs <= atMs) return;
    if (existing !== undefined) this.unqueue(existing, controller, key);
    const ev: QueuedEvent = { atMs, seq: this.seq++, controller, key, ...(steady ? { steady: true } : {}) };
    pending.set(key, ev);
    this.queue.splice(this.position(ev), 0, ev);
  }

  /** Index of the first queued event not before `ev` in (atMs, seq) order. */
  private position(ev: QueuedEvent): number {
    const queue = this.queue;
    return partitionPoint(queue.length, (i) => queue[i]!.atMs < ev.atMs || (queue[i]!.atMs === ev.atMs && queue[i]!.seq < ev.seq));
  }

  /**
   * Drop the pending event of a controller and key. The queue is sorted by (atMs, seq) and holds at most one event
   * per controller and key (enqueue keeps it so), so a binary search finds it; a scan is the fallback.
   */
  private unqueue(existing: QueuedEvent, controller: ControllerName, key: ObjectKey): void {
    const i = this.position(existing);
    if (this.queue[i] === existing) this.queue.splice(i, 1);
    else this.queue = this.queue.filter((q) => !(q.controller === controller && q.key === key));
  }

  /** True when something other than steady-state timers is queued (runUntilStable waits for it). */
  hasUnsteadyWork(untilMs: number): boolean {
    for (const q of this.queue) {
      if (q.atMs > untilMs) return false;
      if (!q.steady) return true;
    }
    return false;
  }

  /**
   * AddRateLimited: requeue after the key's exponential back-off (DefaultControllerRateLimiter's per-item part:
   * 5 ms · 2^failures, at most 1000 s) and count the failure.
   */
  enqueueRateLimited(controller: ControllerName, key: ObjectKey): number {
    const pk = pendingKey(controller, key);
    const failures = this.failures[pk] ?? 0;
    if (failures === 0) this.failureCount++;
    this.failures[pk] = failures + 1;
    const delay = Math.min(RATE_LIMIT_BASE_MS * 2 ** failures, RATE_LIMIT_MAX_MS);
    this.enqueue(controller, key, this.nowMs + delay);
    return delay;
  }

  /** Forget: a sync without an error resets the key's back-off. */
  forget(controller: ControllerName, key: ObjectKey): void {
    if (this.failureCount === 0) return;
    const pk = pendingKey(controller, key);
    if (this.failures[pk] !== undefined) {
      delete this.failures[pk];
      this.failureCount--;
    }
  }

  /** Remove and return the earliest queued event. */
  dequeue(): QueuedEvent | undefined {
    const ev = this.queue.shift();
    if (ev) this.pending.get(ev.controller)?.delete(ev.key);
    return ev;
  }

  recordEvent(ev: KubeEvent): KubeEvent {
    return this.eventLog.record(ev);
  }

  /** The recorded events, oldest first (a copy). */
  get events(): readonly KubeEvent[] {
    return this.eventLog.list();
  }
}

function pendingKey(controller: string, key: string): string {
  return controller + '|' + key;
}

