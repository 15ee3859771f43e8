// Timeline controls: Play/Pause, Step back/forward, the Timeline slider (value = playhead ms), Speed and the clock.
import type { KeyboardEvent } from 'react';
import { appStore, useAppStore } from '../../store/useAppStore';
import { selectLiveEdgeMs, selectPlayheadMs, selectPlaying, selectSpeed } from '../../store/selectors';
import { SPEEDS } from '../../store/timelineMath';
import { t } from '../i18n';
import { formatSimTime } from './format';
import { usePlayback } from './usePlayback';
import { PauseIcon, PlayIcon, StepBackIcon, StepForwardIcon } from './icons';

const actions = () => appStore.getState();

function onSliderKey(e: KeyboardEvent<HTMLInputElement>) {
  const keys: Record<string, () => void> = {
    ArrowLeft: () => actions().stepBack(),
    ArrowDown: () => actions().stepBack(),
    ArrowRight: () => actions().stepForward(),
    ArrowUp: () => actions().stepForward(),
    Home: () => actions().seek(0),
    End: () => actions().seek(actions().liveEdgeMs),
  };
  const run = keys[e.key];
  if (run) {
    e.preventDefault();
    run();
  }
}

export function TimelineBar() {
  usePlayback();
  const playheadMs = useAppStore(selectPlayheadMs);
  const liveEdgeMs = useAppStore(selectLiveEdgeMs);
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const clock = t('clock', { time: formatSimTime(playheadMs) });
  return (
    <div className="timeline-bar nokey">
      <button type="button" className="icon-button" aria-label={t('stepBack')} title={t('stepBack')} onClick={() => actions().stepBack()}><StepBackIcon /></button>
      <button
        type="button"
        className="icon-button play"
        aria-label={playing ? t('pause') : t('play')}
        title={playing ? t('pause') : t('play')}
        onClick={() => (playing ? actions().pause() : actions().play())}
      >
        {playing ? <PauseIcon /> : <PlayIcon />}
      </button>
      <button type="button" className="icon-button" aria-label={t('stepForward')} title={t('stepForward')} onClick={() => actions().stepForward()}><StepForwardIcon /></button>
      <input
        type="range"
        className="timeline-slider"
        aria-label={t('timelineLabel')}
        aria-valuetext={clock}
        min={0}
        max={liveEdgeMs}
        step={1}
        value={playheadMs}
        onChange={(e) => actions().seek(Number(e.target.value))}
        onPointerDown={() => actions().pause()}
        onKeyDown={onSliderKey}
      />
      <output className="sim-clock" aria-live="off">{clock}</output>
      <span className="speed">
        <label htmlFor="podium-speed">{t('speed')}</label>
        <select id="podium-speed" value={speed} onChange={(e) => actions().setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => <option key={s} value={s}>{s}×</option>)}
        </select>
      </span>
    </div>
  );
}
