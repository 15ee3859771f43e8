// The event list: frames up to the playhead, newest last; follows the playhead; click a line to jump there.
import { memo, useEffect, useRef } from 'react';
import type { Frame } from '../../sim';
import { appStore, snapshotReader, useAppStore } from '../../store/useAppStore';
import { selectFrames } from '../../store/selectors';
import { t } from '../i18n';
import { formatStamp } from '../timeline/format';
import { describeFrame } from './describeFrame';

/** Long timelines: render only the most recent lines before the playhead. */
const WINDOW = 300;
const selectFrameIndex = snapshotReader.frameIndex;

const EventLine = memo(function EventLine({ frame, current }: { frame: Frame; current: boolean }) {
  const line = describeFrame(frame);
  return (
    <li className={current ? 'event current' : 'event'} aria-current={current ? 'step' : undefined}>
      <button type="button" onClick={() => appStore.getState().seek(frame.atMs)}>
        <span className="event-time">{formatStamp(frame.atMs)}</span>{' '}
        <span className={`event-actor${frame.cause.actor === 'user' ? ' user' : ''}`}>{line.actor}</span>{' '}
        {line.changes && <span className="event-changes">{line.changes}</span>}
        {line.why && <span className="event-why"> — {line.why}</span>}
      </button>
    </li>
  );
});

export function EventList() {
  const frames = useAppStore(selectFrames);
  const index = useAppStore(selectFrameIndex);
  const listRef = useRef<HTMLOListElement>(null);
  const start = Math.max(0, index + 1 - WINDOW);
  const shown = frames.slice(start, index + 1);
  useEffect(() => {
    const el = listRef.current?.querySelector('.current');
    el?.scrollIntoView({ block: 'nearest' });
  }, [index]);
  return (
    <section className="events pane" role="region" aria-label={t('eventsLabel')}>
      <h2 className="pane-title">{t('eventsLabel')}</h2>
      {shown.length === 0 ? <p className="muted">{t('eventsEmpty')}</p> : (
        <ol ref={listRef} start={start + 1}>
          {shown.map((f, i) => <EventLine key={start + i} frame={f} current={start + i === index} />)}
        </ol>
      )}
    </section>
  );
}
