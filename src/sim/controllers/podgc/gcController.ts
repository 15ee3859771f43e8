// Mirrors kubernetes/kubernetes pkg/controller/podgc/gc_controller.go, gcOrphaned: a pod bound to a node that no
// longer exists is marked Failed with the DisruptionTarget condition (reason DeletionByPodGC, "PodGC: node no
// longer exists") and force-deleted (grace period 0). Upstream checks every 20s (gcCheckPeriod) and waits until the
// node has been missing for 40s (quarantineTime) before acting; here the controller reacts 40s after the change that
// showed the node gone, which is the same wait without the periodic tick.
// Deviations: gcTerminated (the terminated-pod threshold) and gcUnscheduledTerminating are not modelled.
import { reason } from '../../reasons';
import type { ObjectKey } from '../../api/types';
import { objectKey } from '../../api/keys';
import type { ObjectChange } from '../../engine/types';
import type { ClusterView, Controller, ReconcileResult } from '../types';
import { asPod, podRef, statusOf } from '../kubelet/podUtil';
import { condition } from '../kubelet/podStatus';

/** quarantineTime in gc_controller.go. */
export const QUARANTINE_MS = 40_000;

function keysFor(change: ObjectChange, view: ClusterView): readonly ObjectKey[] {
  if (change.object.kind === 'Node' && change.type === 'DELETED') {
    const name = change.object.metadata.name;
    return view.list('Pod').filter((p) => asPod(p).spec?.nodeName === name).map((p) => objectKey('Pod', p.metadata.namespace ?? '', p.metadata.name ?? ''));
  }
  if (change.object.kind === 'Pod' && change.type !== 'DELETED') {
    const node = asPod(change.object).spec?.nodeName;
    if (node && !view.get(objectKey('Node', '', node))) return [change.key];
  }
  return [];
}

function reconcile(key: ObjectKey, view: ClusterView): ReconcileResult {
  const obj = view.get(key);
  if (!obj) return { actions: [] };
  const pod = asPod(obj);
  const nodeName = pod.spec?.nodeName;
  if (!nodeName || view.get(objectKey('Node', '', nodeName))) return { actions: [] };
  const prev = statusOf(pod);
  const terminal = prev.phase === 'Succeeded' || prev.phase === 'Failed';
  const disruption = condition(prev, 'DisruptionTarget', 'True', view.nowMs, 'DeletionByPodGC', 'PodGC: node no longer exists');
  const uid = pod.metadata?.uid;
  return {
    actions: [
      { type: 'updateStatus', key, status: { ...prev, ...(terminal ? {} : { phase: 'Failed' }), conditions: [...(prev.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget'), disruption] } },
      { type: 'delete', key, gracePeriodSeconds: 0, ...(uid ? { uid } : {}) },
    ],
    events: [],
    why: reason('podgc.orphaned', { pod: podRef(pod), node: nodeName }),
  };
}

/** pod-garbage-collector: force-deletes pods whose node was deleted (after the 40s quarantine). */
export const podGcController: Controller = { name: 'pod-garbage-collector', latencyMs: QUARANTINE_MS, kinds: new Set(['Node', 'Pod']), keysFor, reconcile };
