// What happened to the compare view's pods, read from the timeline's frames up to the playhead: when each pod was
// created, became Ready, started terminating and was gone, on which node; and when each workload's pod template
// changed. The differences (differences.ts) are derived from this, never scripted.
import type { Frame, KObject } from '../../sim';
import { SIDES, WORKLOAD_OF, type Side } from './compareManifest';

export interface PodLife {
  readonly uid: string;
  readonly name: string;
  readonly side: Side;
  readonly createdMs: number;
  readyMs?: number;
  terminatingMs?: number;
  goneMs?: number;
  node?: string;
  /** The ReplicaSet (Deployment side) that owns it. */
  owner?: string;
  image?: string;
}

export interface CompareHistory {
  /** Every pod of either workload, in creation order. */
  readonly pods: readonly PodLife[];
  /** Times each workload's pod template image changed (after it was first created). */
  readonly templateChanges: Readonly<Record<Side, readonly number[]>>;
  /** Times each workload was deleted (deletionTimestamp set or gone). */
  readonly workloadDeleted: Readonly<Record<Side, number | undefined>>;
  /** When each PersistentVolumeClaim (by name) was last created. */
  readonly claimCreated: ReadonlyMap<string, number>;
}

type Loose = { readonly [k: string]: unknown };
const get = (o: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Loose)[k] : undefined), o);

export function sideOfPod(pod: KObject): Side | undefined {
  const app = pod.metadata.labels?.app;
  return SIDES.find((s) => WORKLOAD_OF[s] === app);
}

export function isReady(pod: KObject): boolean {
  const conditions = get(pod, 'status', 'conditions');
  return Array.isArray(conditions) && conditions.some((c: Loose) => c.type === 'Ready' && c.status === 'True');
}

export function templateImage(workload: KObject): string | undefined {
  const containers = get(workload, 'spec', 'template', 'spec', 'containers');
  return Array.isArray(containers) ? containers.map((c: Loose) => String(c.image ?? '')).join(',') : undefined;
}

/** Read frames[0..lastIndex] (inclusive). */
export function readHistory(frames: readonly Frame[], lastIndex: number): CompareHistory {
  const pods = new Map<string, PodLife>();
  const images: Record<Side, string | undefined> = { deploy: undefined, sts: undefined };
  const templateChanges: Record<Side, number[]> = { deploy: [], sts: [] };
  const workloadDeleted: Record<Side, number | undefined> = { deploy: undefined, sts: undefined };
  const claimCreated = new Map<string, number>();
  const end = Math.min(lastIndex, frames.length - 1);
  for (let i = 0; i <= end; i++) {
    const frame = frames[i]!;
    for (const change of frame.changes) {
      const o = change.object;
      if (o.kind === 'Pod') readPod(pods, o, change.type, frame.atMs);
      else if (o.kind === 'PersistentVolumeClaim' && change.type === 'ADDED') claimCreated.set(o.metadata.name ?? '', frame.atMs);
      else if ((o.kind === 'Deployment' || o.kind === 'StatefulSet') && o.metadata.namespace === 'default') {
        const side: Side = o.kind === 'Deployment' ? 'deploy' : 'sts';
        if (o.metadata.name !== WORKLOAD_OF[side]) continue;
        if (change.type === 'DELETED' || o.metadata.deletionTimestamp) {
          workloadDeleted[side] ??= frame.atMs;
          images[side] = undefined;
          continue;
        }
        if (change.type === 'ADDED') workloadDeleted[side] = undefined;
        const image = templateImage(o);
        if (images[side] !== undefined && image !== images[side]) templateChanges[side].push(frame.atMs);
        images[side] = image;
      }
    }
  }
  return { pods: [...pods.values()], templateChanges, workloadDeleted, claimCreated };
}

function readPod(pods: Map<string, PodLife>, o: KObject, type: string, atMs: number): void {
  const side = sideOfPod(o);
  const uid = o.metadata.uid ?? o.metadata.name ?? '';
  if (!side) return;
  let life = pods.get(uid);
  if (!life) {
    life = { uid, name: o.metadata.name ?? '', side, createdMs: atMs };
    pods.set(uid, life);
  }
  const node = get(o, 'spec', 'nodeName');
  if (typeof node === 'string') life.node = node;
  const owner = o.metadata.ownerReferences?.[0]?.name;
  if (owner) life.owner = owner;
  const image = get(o, 'spec', 'containers', '0', 'image');
  if (typeof image === 'string') life.image = image;
  if (life.readyMs === undefined && isReady(o)) life.readyMs = atMs;
  if (life.terminatingMs === undefined && (o.metadata.deletionTimestamp || type === 'DELETED')) life.terminatingMs = atMs;
  if (type === 'DELETED') life.goneMs = atMs;
}
