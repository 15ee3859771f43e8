// Rebuild a read-only snapshot from a checkpoint plus the object changes of the frames after it.
import type { KObject } from '../api/types';
import { kindOfKey } from '../api/keys';
import type { ClusterSnapshot, Frame } from '../engine/types';
import { MAX_EVENTS } from '../engine/work';
import { EventLog } from '../engine/eventLog';
import type { Checkpoint } from './replay';

/** The snapshot after frame `index`, from the checkpoint `cp` at or before it. */
export function snapshotFrom(cp: Checkpoint, frames: readonly Frame[], index: number): ClusterSnapshot {
  const objects: Record<string, Record<string, KObject>> = { ...(cp.state.objects as Record<string, Record<string, KObject>>) };
  const copied = new Set<string>();
  // The frames' events are the engine's records (aggregated already): the engine's event log puts them in place,
  // with its bound, without copying or scanning the checkpoint's events per event.
  let events: EventLog | undefined;
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
      events ??= new EventLog(cp.state.events, MAX_EVENTS);
      for (const ev of frame.events) events.record(ev, true);
    }
    if (frame.sim) sim = frame.sim;
  }
  return {
    nowMs: index >= 0 ? frames[index]!.atMs : cp.state.nowMs,
    objects: objects as ClusterSnapshot['objects'],
    events: events ? events.list() : cp.state.events,
    config: cp.state.config,
    sim,
  };
}
