// The inspector's tab panels. Each reads the store narrowly; none creates frames.
import { useMemo } from 'react';
import { stringify } from 'yaml';
import { dnsRecords, type ClusterSnapshot, type Frame, type KObject } from '../../../sim';
import { parseManifests, planKubectl } from '../../../kubectl';
import { appStore, snapshotReader, useAppStore } from '../../../store/useAppStore';
import { formatReason, t } from '../../i18n';
import { eventsOf, lastCause, rootCandidates, sourceDoc } from './sources';

const selectFrameIndex = snapshotReader.frameIndex;
const selectFrames = (s: { timeline: { frames: readonly Frame[] } | null }) => s.timeline?.frames;
const fmt = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

export function YamlTab({ obj, snapshot }: { obj: KObject; snapshot: ClusterSnapshot }) {
  const text = useMemo(() => {
    if (obj.kind !== 'DNSRecord') return stringify(obj);
    const name = obj.metadata.name ?? '';
    const lines = dnsRecords(snapshot).filter((r) => r.name === name || r.data === name || r.data.endsWith(` ${name}`))
      .map((r) => `${r.name}.\t${r.type}\t${r.data}`);
    return `; ${t('dnsRecordsOf', { name })}\n${lines.join('\n') || `; ${t('dnsNxdomain')}`}\n`;
  }, [obj, snapshot]);
  return <pre>{text}</pre>;
}

function describeCommand(obj: KObject): string {
  const ns = obj.metadata.namespace;
  return `kubectl describe ${obj.kind.toLowerCase()} ${obj.metadata.name}${ns ? ` -n ${ns}` : ''}`;
}

const selectPlayheadMs = (s: { playheadMs: number }) => s.playheadMs;

export function DescribeTab({ obj, snapshot }: { obj: KObject; snapshot: ClusterSnapshot }) {
  const playheadMs = useAppStore(selectPlayheadMs);
  const text = useMemo(() => {
    if (obj.kind === 'DNSRecord') return t('describeUnavailable');
    try {
      // The clock reads the playhead, for AGE columns (as the console does).
      const plan = planKubectl(describeCommand(obj), { snapshot: { ...snapshot, nowMs: Math.max(snapshot.nowMs, playheadMs) } });
      if (plan.type !== 'output' || /unknown command "describe"/.test(plan.stderr)) return t('describeUnavailable');
      return plan.stdout || plan.stderr;
    } catch {
      return t('describeUnavailable');
    }
  }, [obj, snapshot, playheadMs]);
  return <pre>{text}</pre>;
}

export function EventsTab({ obj, snapshot }: { obj: KObject; snapshot: ClusterSnapshot }) {
  const events = useMemo(() => eventsOf(snapshot, obj), [snapshot, obj]);
  if (events.length === 0) return <p className="inspector-empty">{t('noObjectEvents')}</p>;
  return (
    <ol className="inspector-events">
      {events.map((e, i) => (
        <li key={i} className={e.type === 'Warning' ? 'warning' : undefined}>
          <span className="event-time">{fmt(e.lastMs)}</span> <strong>{e.reason}</strong>{e.count > 1 ? ` (×${e.count})` : ''}
          <div>{e.message}</div><div className="event-source">{e.source}</div>
        </li>
      ))}
    </ol>
  );
}

export function WhyTab({ obj, objKey }: { obj: KObject; objKey: string }) {
  const index = useAppStore(selectFrameIndex);
  const frames = useAppStore(selectFrames);
  const hit = useMemo(() => (frames ? lastCause(frames, index, obj, objKey) : undefined), [frames, index, obj, objKey]);
  if (!hit) return <p className="inspector-empty">{t('whyNone')}</p>;
  const { cause, atMs } = hit.frame;
  const actor = cause.actor === 'user' ? t('userActor') : cause.actor;
  return (
    <div className="inspector-why">
      <p className="why-at">{t('whyAt', { time: fmt(atMs), actor })} <span className="why-change">{hit.type}</span></p>
      <p className="why-text">{formatReason(cause.why)}</p>
      {cause.command && <pre className="why-command">$ {cause.command}</pre>}
      <button type="button" onClick={() => appStore.getState().seek(atMs)}>{t('clock', { time: fmt(atMs) })}</button>
    </div>
  );
}

export function SourceButton({ obj, objects }: { obj: KObject; objects: ReadonlyMap<string, KObject> }) {
  const text = useAppStore((s) => s.text);
  const doc = useMemo(() => {
    try {
      return sourceDoc(parseManifests(text).docs, rootCandidates(obj, objects));
    } catch {
      return undefined;
    }
  }, [text, obj, objects]);
  if (!doc) return <span className="inspector-empty">{t('notInEditor')}</span>;
  const show = () => {
    appStore.getState().highlightLines(doc.startLine, doc.endLine);
    appStore.getState().revealLine(doc.startLine);
  };
  return <button type="button" onClick={show}>{t('showInEditor')} ({doc.kind} {doc.name}, {doc.startLine}–{doc.endLine})</button>;
}
