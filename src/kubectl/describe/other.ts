// `kubectl describe endpoints|configmap`. Mirrors describe.go describeEndpoints (one block per subset, then an
// empty line) and ConfigMapDescriber (Data / BinaryData sections, keys sorted).
import type { ClusterSnapshot, ConfigMap, Endpoints, KObject, LabelSelector } from '../../sim/index';
import { formatSelector } from '../printers/workloads';
import { annotationsMultiline, describeEvents, eventsFor, labelsMultiline } from './common';
import { prefixWriter, type PrefixWriter } from './writer';

function header(w: PrefixWriter, obj: KObject): void {
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
}

export function describeEndpoints(obj: KObject, snapshot: ClusterSnapshot): string {
  const ep = obj as unknown as Endpoints;
  const w = prefixWriter();
  header(w, obj);
  w.write(0, 'Subsets:\n');
  for (const s of ep.subsets ?? []) {
    w.write(1, `Addresses:\t${(s.addresses ?? []).map((a) => a.ip).join(',') || '<none>'}\n`);
    w.write(1, `NotReadyAddresses:\t${(s.notReadyAddresses ?? []).map((a) => a.ip).join(',') || '<none>'}\n`);
    if (s.ports?.length) {
      w.write(1, 'Ports:\n');
      w.write(2, 'Name\tPort\tProtocol\n');
      w.write(2, '----\t----\t--------\n');
      for (const p of s.ports) w.write(2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol ?? 'TCP'}\n`);
    }
    w.write(0, '\n');
  }
  describeEvents(w, eventsFor(snapshot, obj), snapshot.nowMs);
  return w.done();
}

export function describeConfigMap(obj: KObject, snapshot: ClusterSnapshot): string {
  const cm = obj as unknown as ConfigMap;
  const w = prefixWriter();
  header(w, obj);
  w.write(0, '\nData\n====\n');
  for (const k of Object.keys(cm.data ?? {}).sort()) w.write(0, `${k}:\n----\n${cm.data![k]}\n\n`);
  w.write(0, '\nBinaryData\n====\n');
  for (const k of Object.keys(cm.binaryData ?? {}).sort()) w.write(0, `${k}: ${Math.floor((cm.binaryData![k]!.length * 3) / 4)} bytes\n`);
  w.write(0, '\n');
  describeEvents(w, eventsFor(snapshot, obj), snapshot.nowMs);
  return w.done();
}

/** describe.go PodDisruptionBudgetDescriber: Min available or Max unavailable, Selector, Status block, Events. */
export function describePdb(obj: KObject, snapshot: ClusterSnapshot): string {
  const p = obj as unknown as { spec?: { minAvailable?: number | string; maxUnavailable?: number | string; selector?: LabelSelector }; status?: { disruptionsAllowed?: number; currentHealthy?: number; desiredHealthy?: number; expectedPods?: number } };
  const w = prefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  if (p.spec?.minAvailable !== undefined) w.write(0, `Min available:\t${String(p.spec.minAvailable)}\n`);
  if (p.spec?.maxUnavailable !== undefined) w.write(0, `Max unavailable:\t${String(p.spec.maxUnavailable)}\n`);
  w.write(0, `Selector:\t${p.spec?.selector ? formatSelector(p.spec.selector) || '<unset>' : '<unset>'}\n`);
  w.write(0, 'Status:\n');
  w.write(2, `Allowed disruptions:\t${p.status?.disruptionsAllowed ?? 0}\n`);
  w.write(2, `Current:\t${p.status?.currentHealthy ?? 0}\n`);
  w.write(2, `Desired:\t${p.status?.desiredHealthy ?? 0}\n`);
  w.write(2, `Total:\t${p.status?.expectedPods ?? 0}\n`);
  describeEvents(w, eventsFor(snapshot, obj), snapshot.nowMs);
  return w.done();
}
