// The colour key for node statuses (kubectl's words), and the line style of each relation.
import { t } from '../i18n';
import type { RelationKind } from './relations';

const TONES: [string, string][] = [
  ['running', 'Running / Ready / 3/3'], ['pending', 'Pending / 1/3 / NXDOMAIN'], ['creating', 'ContainerCreating'],
  ['terminating', 'Terminating'], ['bound', 'Bound'], ['available', 'Available / Resolves'], ['released', 'Released'],
  ['failed', 'Error / CrashLoopBackOff'],
];
const EDGES: [RelationKind, string][] = [
  ['owner', 'owns (ownerReference)'], ['selects', 'Service selects pod'], ['claim', 'pod uses claim'], ['bound', 'claim bound to volume'],
  ['provisioned-by', 'StorageClass provisioned'], ['dns', 'Service DNS name'], ['resolves-to', 'name resolves to pod (IP)'],
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
            <svg className={`legend-line edge-${kind}`} width="22" height="8" aria-hidden="true"><path d="M1 4H21" /></svg>{label}
          </li>
        ))}
      </ul>
    </details>
  );
}
