// Timeline controls: Step back, Play/Pause, Step forward, the Timeline slider (value = playhead ms) with its marker
// strip, the sim clock, jump-to-time and Speed. Keyboard shortcuts live in useShortcuts (page-wide).
import { memo } from 'react';
import { appStore, snapshotReader, useAppStore } from '../../store/useAppStore';
import { selectLiveEdgeMs, selectPlayheadMs, selectPlaying, selectSpeed } from '../../store/selectors';
import { SPEEDS } from '../../store/timelineMath';
import { t } from '../i18n';
import { formatSimTime } from './format';
import { usePlayback } from './usePlayback';
import { PauseIcon, PlayIcon, StepBackIcon, StepForwardIcon } from './icons';
import { TimelineMarkers } from './TimelineMarkers';
import { JumpToTime } from './JumpToTime';
import { playToWatch } from '../stage/makeRoom';
import { ComputingProgress } from './ComputingProgress';

const actions = () => appStore.getState();

function PlayButton() {
  const playing = useAppStore(selectPlaying);
  const label = playing ? t('pause') : t('play');
  return (
    <button type="button" className="icon-button play" aria-label={label} title={`${label} (Space)`} onClick={() => (playing ? actions().pause() : playToWatch())}>
      {playing ? <PauseIcon /> : <PlayIcon />}
    </button>
  );
}

function Scrubber() {
  const playheadMs = useAppStore(selectPlayheadMs);
  const liveEdgeMs = useAppStore(selectLiveEdgeMs);
  const clock = t('clock', { time: formatSimTime(playheadMs) });
  // The frame at the playhead (the graph follows a task later and says which frame it shows: data-graph-frame).
  const frameIndex = useAppStore(snapshotReader.frameIndex);
  return (
    <>
      <div className="scrubber" data-frame-index={frameIndex}>
        <TimelineMarkers />
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
        />
      </div>
      <output className="sim-clock" aria-live="off">{clock}</output>
    </>
  );
}

const SpeedControl = memo(function SpeedControl() {
  const speed = useAppStore(selectSpeed);
  return (
    <span className="speed">
      <label htmlFor="podium-speed">{t('speed')}</label>
      <select id="podium-speed" value={speed} onChange={(e) => actions().setSpeed(Number(e.target.value))}>
        {SPEEDS.map((s) => <option key={s} value={s}>{s}×</option>)}
      </select>
    </span>
  );
});

export function TimelineBar() {
  usePlayback();
  return (
    <div className="timeline-bar nokey">
      <button type="button" className="icon-button" aria-label={t('stepBack')} title={`${t('stepBack')} (←)`} onClick={() => actions().stepBack()}><StepBackIcon /></button>
      <PlayButton />
      <button type="button" className="icon-button" aria-label={t('stepForward')} title={`${t('stepForward')} (→)`} onClick={() => actions().stepForward()}><StepForwardIcon /></button>
      <Scrubber />
      <ComputingProgress />
      <JumpToTime />
      <SpeedControl />
    </div>
  );
}
