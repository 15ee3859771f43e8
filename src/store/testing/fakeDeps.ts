// A hand-made engine for store tests: each request adds a user frame plus `followUps` controller frames 1 s apart.
import type { ClientRequest, ClusterSnapshot, Frame, KObject, PendingAct, Timeline, WorkspaceLog } from '../../sim';
import { reason } from '../../sim';
import type { Deps } from '../deps';

const config = { nodes: 3, defaultStorageClass: 'standard', featureGates: {} } as const;

function frame(atMs: number, actor: Frame['cause']['actor'], why: string, object?: KObject): Frame {
  const changes = object ? [{ type: 'ADDED' as const, key: `${object.kind}/default/${object.metadata.name}`, object }] : [];
  return { atMs, cause: { actor, why: reason('user.nothingToDo', { command: why }) }, changes, events: [] };
}

const pod = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' } });

export interface FakeOptions {
  readonly followUps?: number;
  /** Timelines never settle (a crash loop): extend() keeps adding frames. */
  readonly neverStable?: boolean;
  readonly plan?: Deps['planKubectl'];
  /** Slices an action takes before its result (continueAct says "not yet" this many times): acting in the past of a big cluster. */
  readonly actSlices?: number;
}

/** The fake's pending action: the arguments of act, and the slices still to go. */
interface FakePending {
  readonly tl: Timeline;
  readonly at: { afterFrame: number; atMs: number };
  readonly request: ClientRequest;
  readonly command: string;
  slices: number;
}

export function fakeDeps(opts: FakeOptions = {}): Deps & { calls: string[] } {
  const calls: string[] = [];
  const followUps = opts.followUps ?? 3;
  const frameIndexAt = (tl: Timeline, ms: number) => {
    let i = -1;
    while (i + 1 < tl.frames.length && tl.frames[i + 1]!.atMs <= ms) i++;
    return i;
  };
  function build(log: WorkspaceLog): Timeline {
    let frames: Frame[] = [];
    for (const a of log.actions) {
      frames = frames.slice(0, a.afterFrame + 1);
      frames.push(frame(a.atMs, 'user', a.command));
      for (let k = 1; k <= followUps; k++) frames.push(frame(a.atMs + k * 1000, 'statefulset-controller', `step ${k}`, pod(`web-${k - 1}`)));
    }
    const last = frames[frames.length - 1]?.atMs ?? 0;
    return { log, frames, computedUntilMs: last, stable: !opts.neverStable, checkpoints: [] };
  }
  return {
    calls,
    defaultConfig: config,
    createTimeline: (cfg, seed) => build({ seed, config: cfg, actions: [] }),
    timelineFromLog: (log) => {
      if ((log.seed as unknown) === 666) throw new Error('engine refused the log');
      return build(log);
    },
    act(tl, at, request, command) {
      calls.push(`act ${command} after=${at.afterFrame} at=${at.atMs}`);
      const discardedFrames = tl.frames.length - (at.afterFrame + 1);
      const timeline = build({ ...tl.log, actions: [...tl.log.actions, { ...at, request, command }] });
      return { timeline, result: { items: [], warnings: [] }, discardedFrames };
    },
    startAct(tl, at, request, command) {
      const p: FakePending = { tl, at, request, command, slices: opts.actSlices ?? 0 };
      return p as unknown as PendingAct;
    },
    continueAct(pending, budget) {
      const p = pending as unknown as FakePending;
      if (p.slices > 0 && budget) {
        p.slices--;
        calls.push(`acting ${p.command}`);
        return undefined;
      }
      return this.act(p.tl, p.at, p.request, p.command);
    },
    extend(tl, untilMs) {
      calls.push(`extend ${untilMs}`);
      if (tl.stable) return tl;
      const frames = [...tl.frames];
      for (let ms = tl.computedUntilMs + 5000; ms <= untilMs; ms += 5000) frames.push(frame(ms, 'kubelet', 'crash'));
      return { ...tl, frames, computedUntilMs: untilMs };
    },
    advance: (tl) => tl,
    cancelComputing: (tl) => tl,
    snapshotAt(tl, index): ClusterSnapshot {
      const objects: Record<string, Record<string, KObject>> = {};
      for (const f of tl.frames.slice(0, index + 1)) {
        for (const c of f.changes) (objects[c.object.kind] ??= {})[`default/${c.object.metadata.name}`] = c.object;
      }
      return { nowMs: tl.frames[index]?.atMs ?? 0, objects, events: [], config, sim: { nodesDown: {}, unreadyPods: {}, nextPodHost: {}, nextServiceIp: 0 } } as unknown as ClusterSnapshot;
    },
    frameIndexAt,
    planKubectl: opts.plan ?? ((line) => (line.startsWith('kubectl get')
      ? { type: 'output', stdout: 'NAME\nweb-0\n', stderr: '', exitCode: 0 }
      : { type: 'request', request: { type: 'scale', target: { kind: 'StatefulSet', namespace: 'default', name: 'web' }, replicas: 1 }, render: () => ({ stdout: 'done\n', stderr: '', exitCode: 0 }) })),
    checkManifests: (text) => ({
      problems: text.includes('\t') ? [{ line: 2, column: 1, endLine: 2, endColumn: 2, message: 'tabs are not allowed', severity: 'error' }] : [],
      docIndexOfObject: [0, 1],
    }),
    apiErrorMessage: (err) => ('message' in err ? err.message : err.reason),
    locateField: () => ({ line: 3, column: 3, endLine: 3, endColumn: 10 }),
  };
}

/** A Map-backed Storage. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}
