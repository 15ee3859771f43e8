// While the future is still being computed (in slices: the page stays responsive): how far it has got, and a
// Cancel button that keeps what was computed.
import { appStore, useAppStore } from '../../store/useAppStore';
import type { AppState } from '../../store/types';
import { t } from '../i18n';
import { formatSimTime } from './format';

/** The progress line, or '' when nothing is computing (a string: the bar re-renders only when it changes). */
const selectProgress = (s: AppState): string => {
  if (s.actingPending) return t('actingPast', { time: formatSimTime(s.playheadMs) });
  const tl = s.timeline;
  if (!tl || tl.computingUntilMs === undefined) return '';
  return t('computingFuture', { events: (tl.computedEvents ?? 0).toLocaleString(), time: formatSimTime(tl.computedUntilMs) });
};

export function ComputingProgress() {
  const text = useAppStore(selectProgress);
  if (!text) return null;
  return (
    <span className="computing" role="status">
      <span className="computing-text">{text}</span>
      <button type="button" title={t('computingCancelTitle')} onClick={() => appStore.getState().cancelComputing()}>{t('computingCancel')}</button>
    </span>
  );
}
