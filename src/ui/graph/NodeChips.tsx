// The cluster's Nodes as chips above the graph, not as columns: a pod keeps its place when it is recreated on
// another node (DESIGN rule 6), and its card carries a badge in its node's colour; the chips say which colour is
// which node. Each chip is a graph object like a card (data-kind="Node", its STATUS, `Node node-1: Ready`);
// clicking it (or Enter) opens the inspector, where Stop node / Start node live.
import type { KObject } from '../../sim';
import { useAppStore, selectSnapshot } from '../../store/useAppStore';
import { appStore } from '../../store/useAppStore';
import { t } from '../i18n';
import { byName } from './layout';
import { nodeColour } from './nodeColours';
import { objectStatus, toneOf } from './status';

const selectSelected = (s: { selectedKey: string | null }) => s.selectedKey;

export function NodeChips() {
  const snapshot = useAppStore(selectSnapshot);
  const selected = useAppStore(selectSelected);
  if (!snapshot) return null;
  const nodes = Object.values((snapshot.objects as Record<string, Record<string, KObject> | undefined>).Node ?? {})
    .sort((a, b) => byName(a.metadata.name ?? '', b.metadata.name ?? ''));
  if (nodes.length === 0) return null;
  return (
    <span className="node-chips" role="group" aria-label={t('graphNodes')}>
      {nodes.map((n) => {
        const name = n.metadata.name ?? '';
        const status = objectStatus(n, snapshot.nowMs);
        const key = `Node//${name}`;
        return (
          <button key={name} type="button" className={`node-chip tone-${toneOf('Node', status)}${selected === key ? ' selected' : ''}`}
            style={{ borderColor: nodeColour(name) }} data-kind="Node" data-name={name} data-namespace="" data-status={status}
            aria-label={t('nodeLabel', { kind: 'Node', name, status })} title={`Node ${name} · ${status}`}
            onClick={() => appStore.getState().select(key)}
            onMouseEnter={() => appStore.getState().setHovered(null)}>
            <span className="node-chip-name">{name}</span>{status !== 'Ready' && <> <span className="node-chip-status">{status}</span></>}
          </button>
        );
      })}
    </span>
  );
}
