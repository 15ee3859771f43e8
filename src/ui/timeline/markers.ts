// Timeline markers: what kind of thing each frame was (a user action, or which object kind changed), and where
// it sits on the scrubber. Pure apart from a per-frame memo (frames are immutable).
import type { Frame } from '../../sim';

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

/**
 * One marker per pixel column for the frames up to `untilMs`, laid out over `widthPx` (the slider's track, inset
 * by `insetPx` each side for the thumb). Returns column → kind.
 */
export function layoutMarkers(frames: readonly Frame[], untilMs: number, widthPx: number, insetPx: number): Map<number, MarkerKind> {
  const out = new Map<number, MarkerKind>();
  const span = Math.max(1, widthPx - 2 * insetPx);
  const max = Math.max(1, untilMs);
  for (const f of frames) {
    if (f.atMs > untilMs) break;
    const x = Math.round(insetPx + (f.atMs / max) * span);
    const kind = markerKind(f);
    const had = out.get(x);
    if (had === undefined || RANK[kind] > RANK[had]) out.set(x, kind);
  }
  return out;
}
