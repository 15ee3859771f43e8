// One event-list line per frame: what changed (kind/name → status) and who did it. Pure.
import type { Frame } from '../../sim';
import { objectStatus } from '../graph/status';

export interface FrameLine {
  readonly actor: string;
  readonly changes: string;
  readonly why: string;
}

const MAX_CHANGES = 4;

export function describeFrame(frame: Frame): FrameLine {
  const parts = frame.changes
    .filter((c) => c.object.kind !== 'Event' && c.object.kind !== 'ControllerRevision' && c.object.kind !== 'EndpointSlice' && c.object.kind !== 'Endpoints')
    .map((c) => {
      const what = `${c.object.kind}/${c.object.metadata.name}`;
      if (c.type === 'DELETED') return `${what} deleted`;
      const status = objectStatus(c.object, frame.atMs);
      if (c.type === 'ADDED') return `${what} created → ${status}`;
      const before = c.previous ? objectStatus(c.previous, frame.atMs) : undefined;
      return before && before !== status ? `${what} ${before} → ${status}` : `${what} → ${status}`;
    });
  const shown = parts.slice(0, MAX_CHANGES).join(', ') + (parts.length > MAX_CHANGES ? ` (+${parts.length - MAX_CHANGES} more)` : '');
  const actor = frame.cause.actor === 'user' ? frame.cause.command ?? 'user' : frame.cause.actor;
  return { actor, changes: shown, why: frame.cause.why };
}
