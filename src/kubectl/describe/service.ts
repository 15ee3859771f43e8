// `kubectl describe service`. Mirrors describe.go describeService and formatEndpointSlices (ready endpoints of
// the slices labelled kubernetes.io/service-name=<svc> for the port's name, `ip:port`, first 3 then `+ N more...`).
import type { ClusterSnapshot, EndpointSlice, KObject, Service } from '../../sim/index';
import { formatLabels } from '../printers/types';
import { listObjects } from '../resources';
import { annotationsMultiline, describeEvents, eventsFor, labelsMultiline } from './common';
import { prefixWriter } from './writer';

export function formatEndpointSlices(slices: readonly EndpointSlice[], portName: string): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  let more = false;
  const add = (text: string): void => {
    if (list.length === 3) more = true;
    if (!more) list.push(text);
    count++;
  };
  for (const s of slices) {
    const ready = (s.endpoints ?? []).filter((e) => e.conditions?.ready !== false);
    if (!s.ports?.length) ready.forEach((e) => add(e.addresses[0] ?? ''));
    for (const p of s.ports ?? []) {
      if ((p.name ?? '') !== portName) continue;
      ready.forEach((e) => add(`${e.addresses[0] ?? ''}:${p.port}`));
    }
  }
  return more ? `${list.join(',')} + ${count - 3} more...` : list.join(',');
}

export function describeService(obj: KObject, snapshot: ClusterSnapshot): string {
  const svc = obj as unknown as Service;
  const spec = svc.spec ?? {};
  const slices = (listObjects(snapshot, 'EndpointSlice', obj.metadata.namespace) as unknown as EndpointSlice[]).filter(
    (s) => s.metadata?.labels?.['kubernetes.io/service-name'] === obj.metadata.name,
  );
  const w = prefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  w.write(0, `Selector:\t${Object.keys(spec.selector ?? {}).length ? formatLabels(spec.selector) : ''}\n`);
  w.write(0, `Type:\t${spec.type ?? 'ClusterIP'}\n`);
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  w.write(0, `IP Families:\t${spec.ipFamilies?.length ? spec.ipFamilies.join(',') : '<none>'}\n`);
  w.write(0, `IP:\t${spec.clusterIP ?? ''}\n`);
  w.write(0, `IPs:\t${spec.clusterIPs?.length ? spec.clusterIPs.join(',') : '<none>'}\n`);
  if (spec.externalIPs?.length) w.write(0, `External IPs:\t${spec.externalIPs.join(',')}\n`);
  if (spec.externalName) w.write(0, `External Name:\t${spec.externalName}\n`);
  for (const p of spec.ports ?? []) {
    const name = p.name || '<unset>';
    const proto = p.protocol ?? 'TCP';
    w.write(0, `Port:\t${name}\t${p.port}/${proto}\n`);
    w.write(0, `TargetPort:\t${p.targetPort ?? p.port}/${proto}\n`);
    if (p.nodePort) w.write(0, `NodePort:\t${name}\t${p.nodePort}/${proto}\n`);
    w.write(0, `Endpoints:\t${formatEndpointSlices(slices, p.name ?? '')}\n`);
  }
  w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? 'None'}\n`);
  if (spec.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  describeEvents(w, eventsFor(snapshot, obj), snapshot.nowMs);
  return w.done();
}
