// The colour key: node statuses (kubectl's words), the line style of each relation, the revision colours of the
// pods running now (which template each runs: a partitioned update or a rollout in progress), and the node badge.
import { useState } from 'react';
import type { ClusterSnapshot } from '../../sim';
import { useAppStore, selectSnapshot } from '../../store/useAppStore';
import { t, type MessageKey } from '../i18n';
import type { RelationKind } from './relations';
import { revColour, revisionsInUse } from './revisions';

const TONES: [string, string][] = [
  ['running', 'Running / Ready / 3/3'], ['pending', 'Pending / 1/3 / NXDOMAIN'], ['creating', 'ContainerCreating'],
  ['terminating', 'Terminating'], ['bound', 'Bound'], ['available', 'Available / Resolves'], ['released', 'Released'],
  ['failed', 'Error / CrashLoopBackOff'],
];
/** Status words stay kubectl's (they are what the console prints); the relation descriptions are translated. */
const EDGES: [RelationKind, MessageKey][] = [
  ['owner', 'legendOwner'], ['selects', 'legendSelects'], ['claim', 'legendClaim'], ['bound', 'legendBound'],
  ['provisioned-by', 'legendProvisioned'], ['dns', 'legendDns'], ['resolves-to', 'legendResolves'],
  ['uses', 'legendUses'], ['guards', 'legendGuards'],
];


function Revisions({ snapshot }: { snapshot: ClusterSnapshot }) {
  const revs = revisionsInUse(snapshot);
  if (revs.length === 0) return null;
  return (
    <>
      <h3>{t('legendRevisions')}</h3>
      <ul className="legend-revisions">
        {revs.map((r) => (
          <li key={`${r.workload}/${r.rev}`}><span className="swatch" style={{ background: revColour(r.rev) }} aria-hidden="true" />
            {t('legendRevisionLine', { workload: r.workload, rev: r.rev, image: r.image, pods: r.pods })}</li>
        ))}
      </ul>
    </>
  );
}

/** The revisions, read only while the legend is open (counting a thousand pods' revisions on every frame of a
 * closed legend cost the page a few ms per frame). */
function OpenRevisions() {
  const snapshot = useAppStore(selectSnapshot);
  return snapshot ? <Revisions snapshot={snapshot} /> : null;
}

export function Legend() {
  const [open, setOpen] = useState(false);
  return (
    <details className="legend" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('legend')}</summary>
      <div className="legend-body">
        {open && <OpenRevisions />}
        <ul>
          {TONES.map(([tone, label]) => (
            <li key={tone}><span className={`swatch tone-${tone}`} aria-hidden="true" />{label}</li>
          ))}
          {EDGES.map(([kind, label]) => (
            <li key={kind}>
              <svg className={`legend-line edge-${kind}`} width="22" height="8" aria-hidden="true"><path d="M1 4H21" /></svg>{t(label)}
            </li>
          ))}
        </ul>
        <p className="legend-note"><span className="k8s-node-on">node-1</span> {t('legendNodes')}</p>
      </div>
    </details>
  );
}
