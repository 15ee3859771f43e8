// The colour key for node statuses, and line styles for relations.
import { t } from '../i18n';

const TONES: [string, string][] = [
  ['running', 'Running / Ready'], ['pending', 'Pending'], ['creating', 'ContainerCreating'], ['terminating', 'Terminating'],
  ['bound', 'Bound'], ['available', 'Available'], ['released', 'Released'], ['failed', 'Error'],
];
const EDGES: [string, string][] = [['owner', 'owns'], ['selects', 'selects'], ['claim', 'claim'], ['bound', 'bound to']];

export function Legend() {
  return (
    <details className="legend">
      <summary>{t('legend')}</summary>
      <ul>
        {TONES.map(([tone, label]) => (
          <li key={tone}><span className={`swatch tone-${tone}`} aria-hidden="true" />{label}</li>
        ))}
        {EDGES.map(([kind, label]) => (
          <li key={kind}><span className={`line edge-line-${kind}`} aria-hidden="true" />{label}</li>
        ))}
      </ul>
    </details>
  );
}
