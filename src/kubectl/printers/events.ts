// `kubectl get events` rows. Mirrors printers.go (printEvent): LAST SEEN TYPE REASON OBJECT MESSAGE.
import type { KObject, KubeEvent } from '../../sim/index';
import { humanDuration } from './duration';

export const EVENT_HEADERS = ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'] as const;

export function eventRow(e: KubeEvent, nowMs: number): string[] {
  return [humanDuration(nowMs - e.lastMs), e.type, e.reason, `${e.involved.kind.toLowerCase()}/${e.involved.name}`, e.message];
}

/**
 * Events in the namespace (all when undefined), ordered as the API lists them: by event name, which is
 * `<object name>.<hex time>` (so `web-0.…` sorts before `web.…`), i.e. by `name + '.'`, then time.
 */
export function listEvents(events: readonly KubeEvent[], namespace: string | undefined): KubeEvent[] {
  const inNs = events.filter((e) => namespace === undefined || (e.involved.namespace || 'default') === namespace);
  return inNs
    .map((e, i) => ({ e, i }))
    .sort((a, b) => cmp(a.e.involved.namespace, b.e.involved.namespace) || cmp(a.e.involved.name + '.', b.e.involved.name + '.') || a.e.firstMs - b.e.firstMs || a.i - b.i)
    .map((x) => x.e);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A core/v1 Event object for `-o yaml|json|name` (name: `<object>.<hex nanoseconds>` like the recorder's). */
export function eventObject(e: KubeEvent, simEpochUnixMs: number, isoOf: (ms: number) => string): KObject {
  const nanos = (BigInt(simEpochUnixMs + e.firstMs) * 1_000_000n).toString(16);
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${e.involved.name}.${nanos}`, namespace: e.involved.namespace || 'default', creationTimestamp: isoOf(e.firstMs) },
    involvedObject: { kind: e.involved.kind, name: e.involved.name, namespace: e.involved.namespace, uid: e.involved.uid },
    reason: e.reason,
    message: e.message,
    type: e.type,
    count: e.count,
    firstTimestamp: isoOf(e.firstMs),
    lastTimestamp: isoOf(e.lastMs),
    source: { component: e.source },
  };
}
