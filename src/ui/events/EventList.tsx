// The event list: the text alternative to the animation. One entry per frame up to the live edge, read like
// `kubectl get -w` plus the reason; the entry at the playhead is highlighted and kept in view; click to jump.
// The list follows the playhead at most ten times a second (usePaced.ts): a single step or click at once, playback
// and scrubber drags in steps.
import { memo, useEffect, useRef } from 'react';
import type { Frame } from '../../sim';
import { appStore, snapshotReader, useAppStore } from '../../store/useAppStore';
import { selectFrames } from '../../store/selectors';
import type { AppState } from '../../store/types';
import { formatReason, t } from '../i18n';
import { formatStamp } from '../timeline/format';
import { describeFrame } from './describeFrame';
import { lastIndexAtOrBefore } from './window';
import { usePaced } from './usePaced';

/** Long timelines: render a window of entries around the playhead. Its ends move in steps of `step` entries, so
 * most moves only restyle a few lines instead of adding and removing some (a change in the page's structure costs
 * layout). While playing, the window is small: the list follows the playhead, and a wide window made each update
 * mount every line the playhead passed (at 2× in a big rollout, 20 lines ten times a second). */
const PAUSED = { before: 80, after: 40, step: 20 };
const PLAYING = { before: 8, after: 4, step: 4 };
const selectPlaying = (s: AppState) => s.playing;
/** The list moves at most ten times a second (usePaced.ts). */
const PACE_MS = 100;
/** `count`: a computation appends to the same frames array, so its length says when there are new frames. */
interface Shown { readonly frames: readonly Frame[]; readonly count: number; readonly index: number; readonly last: number }
/** The frames, the playhead's frame and the last frame the learner has reached. */
const selectShown = (s: AppState): Shown => {
  const frames = selectFrames(s);
  return { frames, count: frames.length, index: snapshotReader.frameIndex(s), last: lastIndexAtOrBefore(frames, s.liveEdgeMs) };
};
const sameShown = (a: Shown, b: Shown) => a.frames === b.frames && a.count === b.count && a.index === b.index && a.last === b.last;

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
        <span className="event-why">{formatReason(line.why)}</span>
      </button>
    </li>
  );
});

export function EventList() {
  const { frames, index, last } = usePaced(selectShown, PACE_MS, sameShown);
  const listRef = useRef<HTMLOListElement>(null);
  const { before, after, step } = useAppStore(selectPlaying) ? PLAYING : PAUSED;
  const start = Math.max(0, Math.floor((index - before) / step) * step);
  const end = Math.min(last, Math.ceil((Math.max(index, 0) + after) / step) * step);
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
  const playing = useAppStore(selectPlaying);
  const current = playing ? frames[index] : undefined;
  const said = current ? describeFrame(current) : undefined;
  return (
    <section className="events pane" role="region" aria-label={t('eventsLabel')}>
      <h2 className="pane-title" title={t('eventsHint')}>{t('eventsLabel')}</h2>
      {/* While playing, each new line is said politely (a screen reader finishes what it is reading first). */}
      <p className="sr-only" role="status" aria-live="polite">
        {said ? t('eventsAnnounce', { actor: said.actor, what: formatReason(said.why) || said.rows.map((r) => `${r.resource}/${r.text}`).join('; ') }) : ''}
      </p>
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
