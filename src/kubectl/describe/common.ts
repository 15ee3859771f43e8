// Shared pieces of `kubectl describe`. Mirrors describe.go (printLabelsMultiline, printAnnotationsMultiline,
// printPodTolerationsMultiline, printController, DescribeEvents, searchEvents) and Go's time.RFC1123Z layout.
import type { ClusterSnapshot, KObject, KubeEvent } from '../../sim/index';
import { humanDuration, msOfIso, SIM_EPOCH_UNIX_MS } from '../printers/duration';
import type { PrefixWriter } from './writer';

type Dict = Readonly<Record<string, string>> | undefined;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Go `time.RFC1123Z` of a simulated time, in UTC: `Thu, 01 Jan 2026 00:00:03 +0000`. */
export function rfc1123z(simMs: number): string {
  const d = new Date(SIM_EPOCH_UNIX_MS + simMs);
  return `${DAYS[d.getUTCDay()]}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} +0000`;
}

/** RFC1123Z of an RFC 3339 timestamp; Go's zero time when missing. */
export function rfcOfIso(iso: unknown): string {
  const ms = typeof iso === 'string' ? msOfIso(iso) : undefined;
  return ms === undefined ? 'Mon, 01 Jan 0001 00:00:00 +0000' : rfc1123z(ms);
}

/** printLabelsMultilineWithIndent: `Title:\tk=v` then `\tk=v` per further key, sorted; `<none>` when empty. */
export function labelsMultiline(w: PrefixWriter, title: string, labels: Dict, initialIndent = ''): void {
  w.write(0, `${initialIndent}${title}:\t`);
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return w.line('<none>');
  keys.forEach((k, i) => w.write(0, `${i ? initialIndent + '\t' : ''}${k}=${labels![k]}\n`));
}

const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
const MAX_ANNOTATION_LEN = 140;

/** printAnnotationsMultiline: `key: value`; long or multi-line values go on their own lines, shortened. */
export function annotationsMultiline(w: PrefixWriter, title: string, annotations: Dict): void {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {}).filter((k) => !SKIP_ANNOTATIONS.has(k)).sort();
  if (keys.length === 0) return w.line('<none>');
  keys.forEach((key, i) => {
    if (i) w.write(0, '\t');
    const value = annotations![key]!.replace(/\n$/, '');
    if (value.length + key.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(0, `${key}:\n`);
      for (const s of value.split('\n')) {
        w.write(0, `\t  ${s.length > MAX_ANNOTATION_LEN - 2 ? s.slice(0, MAX_ANNOTATION_LEN - 2) + '...' : s}\n`);
      }
    } else w.write(0, `${key}: ${value}\n`);
  });
}

interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

/** printTolerationsMultilineWithIndent: `key[=value][:effect][ op=Exists][ for Ns]`, sorted by key. */
export function tolerationsMultiline(w: PrefixWriter, title: string, tolerations: readonly Toleration[] | undefined, initialIndent = ''): void {
  w.write(0, `${initialIndent}${title}:\t`);
  const list = [...(tolerations ?? [])].sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0));
  if (list.length === 0) return w.line('<none>');
  list.forEach((t, i) => {
    let s = i ? initialIndent + '\t' : '';
    s += t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
    w.write(0, s + '\n');
  });
}

/** printController: `Kind/name` of the controller ownerReference, or ''. */
export function controllerOf(obj: KObject): string {
  const ref = obj.metadata.ownerReferences?.find((r) => r.controller);
  return ref ? `${ref.kind}/${ref.name}` : '';
}

/** searchEvents: the events about this object (by uid, or by kind/namespace/name), oldest `lastTimestamp` first. */
export function eventsFor(snapshot: ClusterSnapshot, obj: KObject, extraUids: readonly string[] = []): KubeEvent[] {
  const uid = obj.metadata.uid;
  const ns = obj.metadata.namespace ?? '';
  const matches = (e: KubeEvent): boolean =>
    e.involved.name === obj.metadata.name &&
    (e.involved.namespace ?? '') === ns &&
    (uid === undefined || e.involved.uid === uid || extraUids.includes(e.involved.uid) || e.involved.uid === '');
  return snapshot.events.filter(matches).slice().sort((a, b) => a.lastMs - b.lastMs);
}

/** DescribeEvents: `Events:\t<none>`, or (after a flush) the Type/Reason/Age/From/Message table. */
export function describeEvents(w: PrefixWriter, events: readonly KubeEvent[], nowMs: number): void {
  if (events.length === 0) return w.write(0, 'Events:\t<none>\n');
  w.flush();
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of events) {
    const first = humanDuration(nowMs - e.firstMs);
    const age = e.count > 1 ? `${humanDuration(nowMs - e.lastMs)} (x${e.count} over ${first})` : first;
    w.write(1, `${e.type}\t${e.reason}\t${age}\t${e.source}\t${e.message.trim()}\n`);
  }
}

/** Go `%v` of a string slice: `[a b]`. */
export function goList(items: readonly string[] | undefined): string {
  return `[${(items ?? []).join(' ')}]`;
}
