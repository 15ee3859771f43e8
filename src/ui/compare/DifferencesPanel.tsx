// The differences at the playhead, one topic per entry, each side's behaviour in its own words. The entry whose
// evidence changed last is marked new (it re-animates when it changes), so each difference is called out as it
// happens; scrubbing back takes back what had not happened yet.
import { useMemo } from 'react';
import { snapshotReader, useAppStore } from '../../store/useAppStore';
import type { AppState } from '../../store/types';
import { t, type MessageKey } from '../i18n';
import { differencesAt, type Difference, type Message } from './differences';

const selectTimeline = (s: AppState) => s.timeline;
const selectIndex = (s: AppState) => snapshotReader.frameIndex(s);
const selectSnapshot = (s: AppState) => snapshotReader.snapshot(s);
/** Only the actions before the playhead matter: the count changes far less often than the playhead. */
const selectActionsSeen = (s: AppState) => s.timeline?.log.actions.filter((a) => a.atMs <= s.playheadMs).length ?? 0;

const say = (m: Message) => t(m.key as MessageKey, m.params);

export function DifferencesPanel() {
  const timeline = useAppStore(selectTimeline);
  const index = useAppStore(selectIndex);
  const seen = useAppStore(selectActionsSeen);
  const snap = useAppStore(selectSnapshot);
  const list = useMemo<Difference[]>(() => {
    if (!timeline || !snap) return [];
    const cutoff = seen ? timeline.log.actions[seen - 1]!.atMs : -1;
    // Newest first: a difference is called out at the top as it happens.
    return differencesAt(timeline, index, cutoff, snap).sort((a, b) => b.atMs - a.atMs);
  }, [timeline, index, seen, snap]);
  const newest = list[0];
  return (
    <section className="cmp-diffs" role="region" aria-label={t('compareDifferences')}>
      <h2 className="cmp-side-title">{t('compareDifferences')}</h2>
      {list.length === 0 && <p className="cmp-empty">{t('compareDifferencesEmpty')}</p>}
      <ul>
        {list.map((d) => (
          <li key={`${d.topic}@${d.atMs}`} className={d === newest ? 'cmp-diff fresh' : 'cmp-diff'} data-topic={d.topic}>
            <div className="cmp-diff-topic">{t(`topic_${d.topic}` as MessageKey)}{d === newest && <span className="cmp-new">{t('compareNew')}</span>}</div>
            <div className="cmp-diff-line"><span className="cmp-who cmp-deploy">{t('compareDeployment')}</span> {say(d.deploy)}</div>
            <div className="cmp-diff-line"><span className="cmp-who cmp-sts">{t('compareStatefulSet')}</span> {say(d.sts)}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
