// What a teacher can do to the inspected object: kubectl actions go through the console (so the class sees the
// command), faults change what physically happens (DESIGN scenario `fault:` steps). Acting in the past forks.
import type { ClientRequest, ClusterSnapshot, Fault, KObject } from '../../../sim';
import { appStore } from '../../../store/useAppStore';
import { t, type MessageKey } from '../../i18n';

interface Action { readonly label: MessageKey; readonly run: () => void }

const kubectl = (line: string) => () => appStore.getState().runCommand(line);

function fault(f: Fault, what: string): () => void {
  return () => {
    const request: ClientRequest = { type: 'fault', fault: f };
    const command = `fault ${f.type} ${'node' in f ? f.node : f.pod}`;
    if (appStore.getState().perform(request, command)) appStore.getState().notify('info', t('actionFaultDone', { what }));
  };
}

function podActions(pod: KObject, snapshot: ClusterSnapshot): Action[] {
  const name = pod.metadata.name ?? '';
  const namespace = pod.metadata.namespace ?? 'default';
  const ns = namespace === 'default' ? '' : ` -n ${namespace}`;
  const broken = !!snapshot.sim.unreadyPods[pod.metadata.uid ?? ''];
  return [
    { label: 'actionDeletePod', run: kubectl(`kubectl delete pod ${name}${ns}`) },
    { label: 'actionForceDelete', run: kubectl(`kubectl delete pod ${name}${ns} --force --grace-period=0`) },
    broken
      ? { label: 'actionRestoreReadiness', run: fault({ type: 'pod-ready', pod: name, namespace }, `${name} readiness restored`) }
      : { label: 'actionBreakReadiness', run: fault({ type: 'pod-unready', pod: name, namespace }, `${name} readiness probe fails`) },
    { label: 'actionCrash', run: fault({ type: 'container-crash', pod: name, namespace }, `${name} container crashed`) },
    { label: 'actionEvict', run: fault({ type: 'pod-evict', pod: name, namespace }, `${name} evicted by the kubelet`) },
  ];
}

/** Change the image: asks for the new one (the first container's, `nginx` → `nginx:1.19`), then `kubectl set image`. */
function setImage(ref: string, ns: string, obj: KObject): () => void {
  return () => {
    const c = (obj.spec as { template?: { spec?: { containers?: { name?: string; image?: string }[] } } } | undefined)?.template?.spec?.containers?.[0];
    if (!c?.name) return;
    const image = window.prompt(t('actionSetImagePrompt', { container: c.name }), c.image ?? '');
    if (image && image.trim() && image.trim() !== c.image) appStore.getState().runCommand(`kubectl set image ${ref} ${c.name}=${image.trim()}${ns}`);
  };
}

function workloadActions(obj: KObject): Action[] {
  const replicas = (obj.spec as { replicas?: number } | undefined)?.replicas ?? 1;
  const ref = `${obj.kind.toLowerCase()}/${obj.metadata.name}`;
  const ns = obj.metadata.namespace && obj.metadata.namespace !== 'default' ? ` -n ${obj.metadata.namespace}` : '';
  return [
    { label: 'actionScaleUp', run: kubectl(`kubectl scale ${ref} --replicas=${replicas + 1}${ns}`) },
    ...(replicas > 0 ? [{ label: 'actionScaleDown' as const, run: kubectl(`kubectl scale ${ref} --replicas=${replicas - 1}${ns}`) }] : []),
    ...(obj.kind !== 'ReplicaSet' && obj.kind !== 'ReplicationController' ? [{ label: 'actionSetImage' as const, run: setImage(ref, ns, obj) }] : []),
    { label: 'actionDeleteWorkload', run: kubectl(`kubectl delete ${ref}${ns}`) },
  ];
}

/** The actions that make sense for an object, or none. */
export function actionsFor(obj: KObject, snapshot: ClusterSnapshot): Action[] {
  const name = obj.metadata.name ?? '';
  switch (obj.kind) {
    case 'Pod': return obj.metadata.deletionTimestamp ? [podActions(obj, snapshot)[1]!] : podActions(obj, snapshot);
    case 'Node': return snapshot.sim.nodesDown[name] !== undefined
      ? [{ label: 'actionStartNode', run: fault({ type: 'node-up', node: name }, `${name} kubelet started`) }]
      : [{ label: 'actionStopNode', run: fault({ type: 'node-down', node: name }, `${name} kubelet stopped`) }];
    case 'StatefulSet': case 'Deployment': case 'ReplicaSet': case 'ReplicationController': return workloadActions(obj);
    default: return [];
  }
}

export function Actions({ obj, snapshot }: { obj: KObject; snapshot: ClusterSnapshot }) {
  const actions = actionsFor(obj, snapshot);
  if (!actions.length) return null;
  return (
    <div className="inspector-actions" role="group" aria-label={t('actionsLabel')}>
      {actions.map((a) => <button key={a.label} type="button" onClick={a.run}>{t(a.label)}</button>)}
    </div>
  );
}
