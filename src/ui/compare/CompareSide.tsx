// One side of the compare view: a region labelled `Deployment` or `StatefulSet` holding its objects' cards.
import type { ClusterSnapshot, KObject } from '../../sim';
import { snapshotReader, useAppStore } from '../../store/useAppStore';
import type { AppState } from '../../store/types';
import { t, type MessageKey } from '../i18n';
import type { Side } from './compareManifest';
import { CompareCard } from './CompareCard';
import { sideRows } from './sideObjects';

const selectSnapshot = (s: AppState): ClusterSnapshot | null => snapshotReader.snapshot(s);

function Row({ label, objects, nowMs, note }: { label: MessageKey; objects: readonly KObject[]; nowMs: number; note?: string }) {
  return (
    <div className="cmp-row">
      <div className="cmp-row-label">{t(label)}</div>
      <div className="cmp-row-cards">
        {objects.map((o) => <CompareCard key={`${o.kind}/${o.metadata.name}`} obj={o} nowMs={nowMs} />)}
        {note && <div className="cmp-row-note">{note}</div>}
        {!objects.length && !note && <div className="cmp-row-note">—</div>}
      </div>
    </div>
  );
}

export function CompareSide({ side }: { side: Side }) {
  const snap = useAppStore(selectSnapshot);
  const label = side === 'deploy' ? t('compareDeployment') : t('compareStatefulSet');
  const rows = snap && sideRows(snap, side);
  const nowMs = snap?.nowMs ?? 0;
  return (
    <section className={`cmp-side cmp-${side}`} role="region" aria-label={label}>
      <h2 className="cmp-side-title">{label}</h2>
      {rows && (rows.workload.length || rows.pods.length || rows.storage.length) ? (
        <>
          <Row label="compareRowWorkload" objects={rows.workload} nowMs={nowMs} />
          <Row label="compareRowPods" objects={rows.pods} nowMs={nowMs} />
          <Row label="compareRowStorage" objects={rows.storage} nowMs={nowMs} note={rows.podVolumes.length ? rows.podVolumes.join(', ') : undefined} />
          <Row label="compareRowDns" objects={rows.dns} nowMs={nowMs} />
        </>
      ) : <p className="cmp-empty">{t('compareEmptySide')}</p>}
    </section>
  );
}
