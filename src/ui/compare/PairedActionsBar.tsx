// The paired actions: each does the same thing to both workloads at the same simulated moment (the playhead).
// kubectl actions run in the console, so the class sees both commands; stopping a node is a fault.
import { useState } from 'react';
import { appStore, snapshotReader, useAppStore } from '../../store/useAppStore';
import type { AppState } from '../../store/types';
import { t } from '../i18n';
import { startCompare } from './CompareApp';
import { COMPARE_MANIFEST, INITIAL_REPLICAS } from './compareManifest';
import { changeImageBoth, deleteBoth, deleteOnePodEach, nodeAction, scaleBoth, workloadsExist, type PairedAction } from './pairedActions';

const selectSnapshot = (s: AppState) => snapshotReader.snapshot(s);
const MAX_REPLICAS = 10;

function run(action: PairedAction | undefined): void {
  if (!action) return;
  const s = appStore.getState();
  if (action.type === 'kubectl') {
    for (const c of action.commands) appStore.getState().runCommand(c);
    return;
  }
  const f = action.fault;
  const command = `fault ${f.type} ${'node' in f ? f.node : f.pod}`;
  if (s.perform({ type: 'fault', fault: f }, command)) s.notify('info', t('actionFaultDone', { what: command }));
}

/** Both workloads (and their Services) in one apply, at the playhead: after Delete both, the StatefulSet's pods
 * find the claims their predecessors left. */
function createBoth(): void {
  const s = appStore.getState();
  s.setText(COMPARE_MANIFEST);
  appStore.getState().applyEditor();
}

export function PairedActionsBar() {
  const snap = useAppStore(selectSnapshot);
  const [replicas, setReplicas] = useState(INITIAL_REPLICAS + 2);
  const exist = snap ? workloadsExist(snap) : { deploy: false, sts: false };
  const both = exist.deploy && exist.sts;
  const node = snap ? nodeAction(snap) : undefined;
  const image = snap && both ? changeImageBoth(snap) : undefined;
  return (
    <div className="cmp-bar" role="group" aria-label={t('compareActions')}>
      <span className="cmp-bar-title">{t('compareActions')}</span>
      <button type="button" onClick={startCompare}>{t('compareRestart')}</button>
      <button type="button" disabled={both} onClick={createBoth}>{t('compareStart')}</button>
      <span className="cmp-scale">
        <label>{t('compareReplicas')}{' '}
          <input type="number" min={0} max={MAX_REPLICAS} value={replicas}
            onChange={(e) => setReplicas(Math.max(0, Math.min(MAX_REPLICAS, Math.round(Number(e.target.value) || 0))))} />
        </label>
        <button type="button" disabled={!both} onClick={() => run(scaleBoth(replicas))}>{t('compareScale')}</button>
      </span>
      <button type="button" disabled={!snap || !deleteOnePodEach(snap)} onClick={() => run(snap ? deleteOnePodEach(snap) : undefined)}>{t('compareDeletePod')}</button>
      <button type="button" disabled={!image} title={image?.type === 'kubectl' ? image.commands.join('\n') : undefined} onClick={() => run(image)}>{t('compareImage')}</button>
      <button type="button" disabled={!exist.deploy && !exist.sts} onClick={() => run(deleteBoth())}>{t('compareDeleteBoth')}</button>
      <button type="button" disabled={!node} title={node && !node.down ? t('compareNodeHint') : undefined} onClick={() => run(node?.action)}>
        {node ? t(node.down ? 'compareStartNode' : 'compareStopNode', { node: node.node }) : t('compareStopNode', { node: '—' })}
      </button>
    </div>
  );
}
