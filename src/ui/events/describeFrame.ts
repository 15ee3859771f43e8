// One event-list entry per frame, read like `kubectl get -w`: pods, claims and volumes as the rows kubectl prints
// (printWatchRow), other objects as `statefulset.apps/web created`; plus who acted and why. Pure, memoized per frame.
import type { Frame, ObjectChange, Reason } from '../../sim';
import { printWatchRow } from '../../kubectl';
import { objectStatus } from '../graph/status';

export interface WatchRow {
  /** Short kubectl resource name: `pod`, `pvc`, `pv`, `statefulset.apps`, … */
  readonly resource: string;
  readonly text: string;
  readonly deleted: boolean;
}

export interface FrameLine {
  readonly user: boolean;
  /** `kubectl apply -f -` for user actions, else the controller name. */
  readonly actor: string;
  readonly rows: readonly WatchRow[];
  /** Changes not shown (beyond the row limit). */
  readonly more: number;
  /** The frame's reason, rendered at display time in the UI language (formatReason). */
  readonly why: Reason;
}

const WATCH_ROWS: Readonly<Record<string, string>> = { Pod: 'pod', PersistentVolumeClaim: 'pvc', PersistentVolume: 'pv' };
const RESOURCE: Readonly<Record<string, string>> = {
  StatefulSet: 'statefulset.apps', Deployment: 'deployment.apps', ReplicaSet: 'replicaset.apps',
  StorageClass: 'storageclass.storage.k8s.io', Service: 'service', Node: 'node', Namespace: 'namespace',
  ConfigMap: 'configmap', Secret: 'secret',
};
/** Bookkeeping kinds that would drown the list (their effect shows on the objects above). */
const QUIET = new Set(['Event', 'ControllerRevision', 'EndpointSlice', 'Endpoints', 'DNSRecord', 'Lease']);
const MAX_ROWS = 6;

function row(c: ObjectChange, atMs: number): WatchRow {
  const deleted = c.type === 'DELETED';
  const watch = WATCH_ROWS[c.object.kind];
  if (watch) return { resource: watch, text: printWatchRow(c.object, atMs), deleted };
  const resource = RESOURCE[c.object.kind] ?? c.object.kind.toLowerCase();
  const verb = c.type === 'ADDED' ? 'created' : deleted ? 'deleted' : objectStatus(c.object, atMs);
  return { resource, text: `${c.object.metadata.name ?? ''} ${verb}`, deleted };
}

const memo = new WeakMap<Frame, FrameLine>();

export function describeFrame(frame: Frame): FrameLine {
  const cached = memo.get(frame);
  if (cached) return cached;
  const shown = frame.changes.filter((c) => !QUIET.has(c.object.kind));
  const user = frame.cause.actor === 'user';
  const line: FrameLine = {
    user,
    actor: user ? frame.cause.command ?? 'user' : frame.cause.actor,
    rows: shown.slice(0, MAX_ROWS).map((c) => row(c, frame.atMs)),
    more: Math.max(0, shown.length - MAX_ROWS),
    why: frame.cause.why,
  };
  memo.set(frame, line);
  return line;
}
