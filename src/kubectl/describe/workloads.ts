// `kubectl describe statefulset|deployment|replicaset`. Mirrors describe.go describeStatefulSet,
// describeDeployment (+ printReplicaSetsByLabels, deploymentutil.GetAllReplicaSets), describeReplicaSet and
// getPodStatusForController (pods matching the selector and controlled by this object, counted by phase).
import type { ClusterSnapshot, Deployment, KObject, ReplicaSet, StatefulSet } from '../../sim/index';
import { listObjects } from '../resources';
import { formatSelector } from '../printers/workloads';
import { formatLabels } from '../printers/types';
import { annotationsMultiline, controllerOf, describeEvents, eventsFor, goList, labelsMultiline, rfcOfIso } from './common';
import { describePodTemplate } from './containers';
import { prefixWriter, type PrefixWriter } from './writer';

function podsStatus(snapshot: ClusterSnapshot, owner: KObject): string {
  const n = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 } as Record<string, number>;
  for (const p of listObjects(snapshot, 'Pod', owner.metadata.namespace)) {
    if (!p.metadata.ownerReferences?.some((r) => r.controller && r.uid === owner.metadata.uid)) continue;
    const phase = (p.status as { phase?: string } | undefined)?.phase ?? '';
    if (phase in n) n[phase]!++;
  }
  return `${n['Running']} Running / ${n['Pending']} Waiting / ${n['Succeeded']} Succeeded / ${n['Failed']} Failed`;
}

function header(w: PrefixWriter, obj: KObject): void {
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
}

export function describeStatefulSet(obj: KObject, snapshot: ClusterSnapshot): string {
  const s = obj as unknown as StatefulSet;
  const w = prefixWriter();
  header(w, obj);
  w.write(0, `CreationTimestamp:\t${rfcOfIso(obj.metadata.creationTimestamp)}\n`);
  w.write(0, `Selector:\t${formatSelector(s.spec?.selector)}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  w.write(0, `Replicas:\t${s.spec?.replicas ?? 1} desired | ${s.status?.replicas ?? 0} total\n`);
  w.write(0, `Update Strategy:\t${s.spec?.updateStrategy?.type ?? 'RollingUpdate'}\n`);
  const ru = s.spec?.updateStrategy?.rollingUpdate;
  if (ru?.partition !== undefined) {
    w.write(1, `Partition:\t${ru.partition}\n`);
    if (ru.maxUnavailable !== undefined) w.write(1, `MaxUnavailable:\t${ru.maxUnavailable}\n`);
  }
  w.write(0, `Pods Status:\t${podsStatus(snapshot, obj)}\n`);
  describePodTemplate(w, s.spec?.template);
  const vcts = s.spec?.volumeClaimTemplates ?? [];
  if (vcts.length === 0) w.write(0, 'Volume Claims:\t<none>\n');
  else {
    w.write(0, 'Volume Claims:\n');
    for (const t of vcts) {
      w.write(1, `Name:\t${t.metadata?.name ?? ''}\n`);
      w.write(1, `StorageClass:\t${t.spec?.storageClassName ?? ''}\n`);
      labelsMultiline(w, 'Labels', t.metadata?.labels, '  ');
      labelsMultiline(w, 'Annotations', t.metadata?.annotations, '  ');
      w.write(1, `Capacity:\t${t.spec?.resources?.requests?.['storage'] ?? '<default>'}\n`);
      w.write(1, `Access Modes:\t${goList(t.spec?.accessModes)}\n`);
    }
  }
  describeEvents(w, eventsFor(snapshot, obj), snapshot.nowMs);
  return w.done();
}

/** deploymentutil.GetAllReplicaSets: the RS whose template equals the Deployment's (ignoring pod-template-hash) is
 * new; every other controlled RS is old, including scaled-to-0 ones (describe prints allOldRSs). */
export function replicaSetsOf(snapshot: ClusterSnapshot, d: KObject): { old: ReplicaSet[]; new?: ReplicaSet } {
  const owned = listObjects(snapshot, 'ReplicaSet', d.metadata.namespace)
    .filter((rs) => rs.metadata.ownerReferences?.some((r) => r.controller && r.uid === d.metadata.uid)) as unknown as ReplicaSet[];
  const tpl = JSON.stringify(stripHash((d as unknown as Deployment).spec?.template));
  const found = owned.find((rs) => JSON.stringify(stripHash(rs.spec?.template)) === tpl);
  return { old: owned.filter((rs) => rs !== found), ...(found ? { new: found } : {}) };
}

function stripHash(t: unknown): unknown {
  const tpl = JSON.parse(JSON.stringify(t ?? {})) as { metadata?: { labels?: Record<string, string> } };
  delete tpl.metadata?.labels?.['pod-template-hash'];
  return tpl;
}

const rsList = (list: readonly ReplicaSet[]): string =>
  list.map((rs) => `${rs.metadata?.name} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`).join(', ') || '<none>';

export function describeDeployment(obj: KObject, snapshot: ClusterSnapshot): string {
  const d = obj as unknown as Deployment;
  const st = d.status ?? {};
  const w = prefixWriter();
  header(w, obj);
  w.write(0, `CreationTimestamp:\t${rfcOfIso(obj.metadata.creationTimestamp)}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  w.write(0, `Selector:\t${formatSelector(d.spec?.selector)}\n`);
  w.write(0, `Replicas:\t${d.spec?.replicas ?? 1} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`);
  w.write(0, `StrategyType:\t${d.spec?.strategy?.type ?? 'RollingUpdate'}\n`);
  w.write(0, `MinReadySeconds:\t${d.spec?.minReadySeconds ?? 0}\n`);
  const ru = d.spec?.strategy?.rollingUpdate;
  if (ru) w.write(0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? '25%'} max unavailable, ${ru.maxSurge ?? '25%'} max surge\n`);
  describePodTemplate(w, d.spec?.template);
  if (st.conditions?.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(1, '----\t------\t------\n');
    for (const c of st.conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
  }
  const sets = replicaSetsOf(snapshot, obj);
  if (sets.old.length > 0 || sets.new) {
    w.write(0, `OldReplicaSets:\t${rsList(sets.old)}\n`);
    w.write(0, `NewReplicaSet:\t${rsList(sets.new ? [sets.new] : [])}\n`);
  }
  describeEvents(w, eventsFor(snapshot, obj), snapshot.nowMs);
  return w.done();
}

export function describeReplicaSet(obj: KObject, snapshot: ClusterSnapshot): string {
  const rs = obj as unknown as ReplicaSet;
  const w = prefixWriter();
  header(w, obj);
  w.write(0, `Selector:\t${formatSelector(rs.spec?.selector)}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  const controlledBy = controllerOf(obj);
  if (controlledBy) w.write(0, `Controlled By:\t${controlledBy}\n`);
  w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 1} desired\n`);
  w.write(0, `Pods Status:\t${podsStatus(snapshot, obj)}\n`);
  describePodTemplate(w, rs.spec?.template);
  if (rs.status?.conditions?.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(1, '----\t------\t------\n');
    for (const c of rs.status.conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
  }
  describeEvents(w, eventsFor(snapshot, obj), snapshot.nowMs);
  return w.done();
}

/** ReplicationControllerDescriber: the ReplicaSet's page with a label-map selector and no owner line. */
export function describeReplicationController(obj: KObject, snapshot: ClusterSnapshot): string {
  const rc = obj as unknown as { spec?: { replicas?: number; selector?: Record<string, string>; template?: NonNullable<ReplicaSet['spec']>['template'] }; status?: { replicas?: number; conditions?: { type: string; status: string; reason?: string }[] } };
  const w = prefixWriter();
  header(w, obj);
  w.write(0, `Selector:\t${formatLabels(rc.spec?.selector)}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  w.write(0, `Replicas:\t${rc.status?.replicas ?? 0} current / ${rc.spec?.replicas ?? 1} desired\n`);
  w.write(0, `Pods Status:\t${podsStatus(snapshot, obj)}\n`);
  describePodTemplate(w, rc.spec?.template);
  if (rc.status?.conditions?.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(1, '----\t------\t------\n');
    for (const c of rc.status.conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
  }
  describeEvents(w, eventsFor(snapshot, obj), snapshot.nowMs);
  return w.done();
}
