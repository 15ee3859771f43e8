// A banner over the graph when one of Podium's limits holds the cluster back (src/sim apiserver/admission/
// podiumLimits.ts, timeline/timeline.ts): which limit, and what to do. The graph under it still shows what exists.
import { useMemo } from 'react';
import { limitReachedIn, PODIUM_LIMITS } from '../../sim';
import { useAppStore, selectSnapshot } from '../../store/useAppStore';
import { selectTimeline } from '../../store/selectors';
import { formatReason, t } from '../i18n';


export function LimitNotice() {
  const timeline = useAppStore(selectTimeline);
  const snapshot = useAppStore(selectSnapshot);
  // Counted once per stored state, not on every playback frame that shows the same objects.
  const objects = snapshot?.objects;
  const reached = useMemo(() => (objects ? limitReachedIn(objects) : undefined), [objects]);
  const lines = [
    ...(reached ? [t(reached === 'pods' ? 'limitPods' : 'limitObjects', { limit: PODIUM_LIMITS[reached].toLocaleString() })] : []),
    ...(timeline?.limit ? [formatReason(timeline.limit)] : []),
  ];
  if (!lines.length) return null;
  return (
    <div className="graph-limit" role="status" aria-label={t('limitTitle')} data-limit={reached ?? 'timeline'}>
      {lines.map((l) => <p key={l}>{l}</p>)}
    </div>
  );
}
