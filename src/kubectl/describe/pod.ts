// `kubectl describe pod`. Mirrors describe.go describePod (and describePodIPs).
import type { ClusterSnapshot, KObject, Pod } from '../../sim/index';
import { humanDuration, msOfIso } from '../printers/duration';
import { annotationsMultiline, controllerOf, describeEvents, eventsFor, labelsMultiline, rfcOfIso, tolerationsMultiline } from './common';
import { describeContainers, describeVolumes } from './containers';
import { prefixWriter } from './writer';

export function describePod(obj: KObject, snapshot: ClusterSnapshot): string {
  const pod = obj as unknown as Pod;
  const spec = pod.spec ?? { containers: [] };
  const status = pod.status ?? {};
  const w = prefixWriter();
  w.write(0, `Name:\t${pod.metadata?.name}\n`);
  w.write(0, `Namespace:\t${pod.metadata?.namespace}\n`);
  if (spec.priority !== undefined) w.write(0, `Priority:\t${spec.priority}\n`);
  if (spec.priorityClassName) w.write(0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec.serviceAccountName) w.write(0, `Service Account:\t${spec.serviceAccountName}\n`);
  w.write(0, spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (status.startTime) w.write(0, `Start Time:\t${rfcOfIso(status.startTime)}\n`);
  labelsMultiline(w, 'Labels', pod.metadata?.labels);
  annotationsMultiline(w, 'Annotations', pod.metadata?.annotations);
  const deletion = msOfIso(pod.metadata?.deletionTimestamp);
  if (deletion !== undefined && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    w.write(0, `Status:\tTerminating (lasts ${humanDuration(snapshot.nowMs - deletion)})\n`);
    w.write(0, `Termination Grace Period:\t${pod.metadata?.deletionGracePeriodSeconds ?? 0}s\n`);
  } else w.write(0, `Status:\t${status.phase ?? ''}\n`);
  if (status.reason) w.write(0, `Reason:\t${status.reason}\n`);
  if (status.message) w.write(0, `Message:\t${status.message}\n`);
  w.write(0, `IP:\t${status.podIP ?? ''}\n`);
  if (!status.podIPs?.length) w.write(0, 'IPs:\t<none>\n');
  else {
    w.write(0, 'IPs:\n');
    for (const ip of status.podIPs) w.write(1, `IP:\t${ip.ip}\n`);
  }
  const controlledBy = controllerOf(obj);
  if (controlledBy) w.write(0, `Controlled By:\t${controlledBy}\n`);
  if (status.nominatedNodeName) w.write(0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
  if (spec.initContainers?.length) describeContainers(w, 'Init Containers', spec.initContainers, status.initContainerStatuses);
  describeContainers(w, 'Containers', spec.containers, status.containerStatuses);
  if (status.conditions?.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\n');
    for (const c of status.conditions) w.write(1, `${c.type} \t${c.status} \n`);
  }
  describeVolumes(w, spec.volumes);
  w.write(0, `QoS Class:\t${status.qosClass ?? 'BestEffort'}\n`);
  labelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
  tolerationsMultiline(w, 'Tolerations', spec.tolerations);
  describeEvents(w, eventsFor(snapshot, obj), snapshot.nowMs);
  return w.done();
}
