// Rebuild a read-only snapshot from a checkpoint plus the object changes of the frames after it.
import type { KObject, KubeEvent } from '../api/types';
import { kindOfKey } from '../api/keys';
import type { ClusterSnapshot, Frame } from '../engine/types';
import { MAX_EVENTS, sameEvent } from '../engine/work';
import type { Checkpoint } from './replay';

export function snapshotFrom(cp: Checkpoint, frames: readonly Frame[], index: number): ClusterSnapshot {
  const objects: Record<string, Record<string, KObject>> = { ...(cp.state.objects as Record<string, Record<string, KObject>>) };
  const copied = new Set<string>();
  let events: KubeEvent[] | undefined;
  let sim = cp.state.sim;
  for (let f = cp.frame + 1; f <= index; f++) {
    const frame = frames[f]!;
    for (const ch of frame.changes) {
      const kind = kindOfKey(ch.key);
      if (!copied.has(kind)) { objects[kind] = { ...(objects[kind] ?? {}) }; copied.add(kind); }
      const sub = ch.key.slice(kind.length + 1);
      if (ch.type === 'DELETED') delete objects[kind]![sub];
      else objects[kind]![sub] = ch.object;
    }
    if (frame.events.length) {
      events ??= [...cp.state.events];
      for (const ev of frame.events) {
        const j = events.findIndex((e) => sameEvent(e, ev));
        if (j >= 0) events.splice(j, 1);
        events.push(ev);
      }
      if (events.length > MAX_EVENTS) events.splice(0, events.length - MAX_EVENTS);
    }
    if (frame.sim) sim = frame.sim;
  }
  return {
    nowMs: index >= 0 ? frames[index]!.atMs : cp.state.nowMs,
    objects: objects as ClusterSnapshot['objects'],
    events: events ?? cp.state.events,
    config: cp.state.config,
    sim,
  };
}
