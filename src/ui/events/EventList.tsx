// The event list: the text alternative to the animation. One entry per frame up to the live edge, read like
// `kubectl get -w` plus the reason; the entry at the playhead is highlighted and kept in view; click to jump.
import { memo, useEffect, useRef } from 'react';
import type { Frame } from '../../sim';
import { appStore, snapshotReader, useAppStore } from '../../store/useAppStore';
import { selectFrames } from '../../store/selectors';
import type { AppState } from '../../store/types';
import { t } from '../i18n';
import { formatStamp } from '../timeline/format';
import { describeFrame } from './describeFrame';
import { lastIndexAtOrBefore } from './window';

/** Long timelines: render a window of entries around the playhead. Its ends move in steps of STEP entries, so
 * during playback most frames only restyle two lines instead of adding one and removing another (a change in the
 * page's structure costs the browser a full re-layerization of the page). */
const BEFORE = 80;
const AFTER = 40;
const STEP = 20;
const selectFrameIndex = snapshotReader.frameIndex;
/** The last frame the learner has reached (changes per frame, not per playback tick). */
const selectLastSeen = (s: AppState) => lastIndexAtOrBefore(selectFrames(s), s.liveEdgeMs);

const EventLine = memo(function EventLine({ frame, index, state }: { frame: Frame; index: number; state: 'past' | 'current' | 'future' }) {
  const line = describeFrame(frame);
  return (
    <li className={`event ${state}`} aria-current={state === 'current' ? 'step' : undefined} data-index={index}>
      <button type="button" onClick={() => appStore.getState().seek(frame.atMs)}>
        <span className="event-head">
          <span className="event-time">{formatStamp(frame.atMs)}</span>{' '}
          <span className={line.user ? 'event-actor user' : 'event-actor'}>{line.user ? `$ ${line.actor}` : line.actor}</span>
        </span>
        {line.rows.map((r, i) => (
          <span key={i} className={r.deleted ? 'watch-row deleted' : 'watch-row'}>
            <span className="watch-kind">{r.resource}/</span>{r.text}
          </span>
        ))}
        {line.more > 0 && <span className="watch-row more">{t('eventsMore', { count: line.more })}</span>}
        {line.why && <span className="event-why">{line.why}</span>}
      </button>
    </li>
  );
});

export function EventList() {
  const frames = useAppStore(selectFrames);
  const last = useAppStore(selectLastSeen);
  const index = useAppStore(selectFrameIndex);
  const listRef = useRef<HTMLOListElement>(null);
  const start = Math.max(0, Math.floor((index - BEFORE) / STEP) * STEP);
  const end = Math.min(last, Math.ceil((Math.max(index, 0) + AFTER) / STEP) * STEP);
  const shown = frames.slice(start, end + 1);
  // Keep the current line in view without reading layout in the commit (a forced layout per frame is the most
  // expensive thing a playing page can do): an IntersectionObserver reports visibility asynchronously.
  useEffect(() => {
    const ol = listRef.current;
    const el = ol?.querySelector<HTMLElement>('.event.current');
    if (!ol || !el) return;
    const io = new IntersectionObserver(([entry]) => {
      io.disconnect();
      // Scroll only the list, by the offsets the observer already measured: scrollIntoView would lay out the
      // whole page (a large graph) and could scroll its ancestors too.
      const root = entry?.rootBounds;
      if (!entry || !root || entry.intersectionRatio >= 0.99) return;
      const box = entry.boundingClientRect;
      if (box.top < root.top) ol.scrollTop += box.top - root.top;
      else if (box.bottom > root.bottom) ol.scrollTop += Math.min(box.bottom - root.bottom, box.top - root.top);
    }, { root: ol, threshold: [0, 0.99] });
    io.observe(el);
    return () => io.disconnect();
  }, [index, start]);
  return (
    <section className="events pane" role="region" aria-label={t('eventsLabel')}>
      <h2 className="pane-title" title={t('eventsHint')}>{t('eventsLabel')}</h2>
      {shown.length === 0 ? <p className="muted">{t('eventsEmpty')}</p> : (
        <ol ref={listRef} start={start + 1} aria-label={t('eventsHint')}>
          {shown.map((f, i) => {
            const at = start + i;
            return <EventLine key={at} frame={f} index={at} state={at === index ? 'current' : at > index ? 'future' : 'past'} />;
          })}
        </ol>
      )}
    </section>
  );
}
