// Timeline markers: what kind of thing each frame was (a user action, or which object kind changed), and where
// it sits on the scrubber. Pure apart from a per-frame memo (frames are immutable).
import type { Frame } from '../../sim';
import { partitionPoint } from '../../sim/util/partitionPoint';

export const MARKER_KINDS = ['user', 'pod', 'storage', 'workload', 'network', 'other'] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

const KIND_OF: Readonly<Record<string, MarkerKind>> = {
  Pod: 'pod',
  PersistentVolumeClaim: 'storage', PersistentVolume: 'storage', StorageClass: 'storage',
  StatefulSet: 'workload', Deployment: 'workload', ReplicaSet: 'workload', ControllerRevision: 'workload',
  Service: 'network', EndpointSlice: 'network', Endpoints: 'network', DNSRecord: 'network',
};

const memo = new WeakMap<Frame, MarkerKind>();

export function markerKind(frame: Frame): MarkerKind {
  let kind = memo.get(frame);
  if (kind) return kind;
  kind = 'other';
  if (frame.cause.actor === 'user') kind = 'user';
  else {
    for (const c of frame.changes) {
      const k = KIND_OF[c.object.kind];
      if (k) {
        kind = k;
        break;
      }
    }
  }
  memo.set(frame, kind);
  return kind;
}

/** Stronger kinds win when two frames share a pixel column. */
const RANK: Readonly<Record<MarkerKind, number>> = { user: 5, pod: 4, storage: 3, workload: 2, network: 1, other: 0 };

/** Kinds by rank (RANK[KINDS_BY_RANK[r]] === r). */
const KINDS_BY_RANK: readonly MarkerKind[] = ['other', 'network', 'workload', 'storage', 'pod', 'user'];

/**
 * Per frames array (append-only: a timeline's frames only grow, a fork makes a new array): how many frames of each
 * rank lie before each index, so the strongest kind among any run of frames costs six subtractions. Extended as the
 * array grows; a redraw then costs O(columns × log frames) instead of a pass over every frame (it runs on every
 * playback tick at the live edge).
 */
interface RankCounts {
  n: number;
  /** prefix[r][i]: frames of rank r among frames[0, i). */
  prefix: Int32Array[];
}
const rankCounts = new WeakMap<readonly Frame[], RankCounts>();

function countsOf(frames: readonly Frame[]): RankCounts {
  let c = rankCounts.get(frames);
  if (!c) rankCounts.set(frames, (c = { n: 0, prefix: KINDS_BY_RANK.map(() => new Int32Array(Math.max(16, frames.length + 1))) }));
  if (c.n === frames.length) return c;
  if (c.prefix[0]!.length < frames.length + 1) {
    const size = Math.max(frames.length + 1, c.prefix[0]!.length * 2);
    c.prefix = c.prefix.map((old) => {
      const grown = new Int32Array(size);
      grown.set(old.subarray(0, c!.n + 1));
      return grown;
    });
  }
  for (let i = c.n; i < frames.length; i++) {
    const rank = RANK[markerKind(frames[i]!)];
    for (let r = 0; r < c.prefix.length; r++) c.prefix[r]![i + 1] = c.prefix[r]![i]! + (r === rank ? 1 : 0);
  }
  c.n = frames.length;
  return c;
}

/**
 * One marker per pixel column for the frames up to `untilMs`, laid out over `widthPx` (the slider's track, inset
 * by `insetPx` each side for the thumb). Returns column → kind.
 */
export function layoutMarkers(frames: readonly Frame[], untilMs: number, widthPx: number, insetPx: number): Map<number, MarkerKind> {
  const out = new Map<number, MarkerKind>();
  const span = Math.max(1, widthPx - 2 * insetPx);
  const max = Math.max(1, untilMs);
  const columnOf = (i: number) => Math.round(insetPx + (frames[i]!.atMs / max) * span);
  const end = partitionPoint(frames.length, (i) => frames[i]!.atMs <= untilMs);
  const { prefix } = countsOf(frames);
  // Frames are in time order, so each column's frames are a run: find its end, then its strongest kind.
  for (let i = 0; i < end;) {
    const x = columnOf(i);
    const j = i + 1 + partitionPoint(end - i - 1, (k) => columnOf(i + 1 + k) <= x);
    let r = prefix.length - 1;
    while (r > 0 && prefix[r]![j] === prefix[r]![i]) r--;
    out.set(x, KINDS_BY_RANK[r]!);
    i = j;
  }
  return out;
}
