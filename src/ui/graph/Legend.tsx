// The colour key for node statuses (kubectl's words), and the line style of each relation.
import { t, type MessageKey } from '../i18n';
import type { RelationKind } from './relations';

const TONES: [string, string][] = [
  ['running', 'Running / Ready / 3/3'], ['pending', 'Pending / 1/3 / NXDOMAIN'], ['creating', 'ContainerCreating'],
  ['terminating', 'Terminating'], ['bound', 'Bound'], ['available', 'Available / Resolves'], ['released', 'Released'],
  ['failed', 'Error / CrashLoopBackOff'],
];
/** Status words stay kubectl's (they are what the console prints); the relation descriptions are translated. */
const EDGES: [RelationKind, MessageKey][] = [
  ['owner', 'legendOwner'], ['selects', 'legendSelects'], ['claim', 'legendClaim'], ['bound', 'legendBound'],
  ['provisioned-by', 'legendProvisioned'], ['dns', 'legendDns'], ['resolves-to', 'legendResolves'],
];

export function Legend() {
  return (
    <details className="legend">
      <summary>{t('legend')}</summary>
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
    </details>
  );
}
