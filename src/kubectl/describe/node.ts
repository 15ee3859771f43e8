// `kubectl describe node`. Mirrors describe.go describeNode (findNodeRoles, printNodeTaintsMultiline,
// describeNodeLease, describeNodeResource, getPodsTotalRequestsAndLimits). The Lease is derived: the kubelet
// renews it every 10 s while the node is Ready.
import type { ClusterSnapshot, KObject, Node, Pod } from '../../sim/index';
import { humanDuration, msOfIso } from '../printers/duration';
import { listObjects } from '../resources';
import { annotationsMultiline, describeEvents, eventsFor, labelsMultiline, rfc1123z, rfcOfIso } from './common';
import { formatMilli, milliOf } from './quantity';
import { prefixWriter, type PrefixWriter } from './writer';

const RESOURCE_ORDER = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function podTotals(pod: Pod, field: 'requests' | 'limits', name: string): number {
  return (pod.spec?.containers ?? []).reduce((sum, c) => sum + milliOf(c.resources?.[field]?.[name] ?? 0), 0);
}

function describeNodeResource(w: PrefixWriter, pods: readonly Pod[], node: Node, nowMs: number): void {
  const alloc = node.status?.allocatable ?? node.status?.capacity ?? {};
  const pct = (v: number, name: string): number => {
    const total = milliOf(alloc[name] ?? 0);
    return total === 0 ? 0 : Math.trunc((v / total) * 100);
  };
  const cell = (v: number, name: string): string => `${formatMilli(v)} (${pct(v, name)}%)`;
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  for (const p of pods) {
    const created = msOfIso(p.metadata?.creationTimestamp);
    const age = created === undefined ? '<unknown>' : humanDuration(nowMs - created);
    w.write(1, `${p.metadata?.namespace}\t${p.metadata?.name}\t\t${cell(podTotals(p, 'requests', 'cpu'), 'cpu')}\t${cell(podTotals(p, 'limits', 'cpu'), 'cpu')}\t${cell(podTotals(p, 'requests', 'memory'), 'memory')}\t${cell(podTotals(p, 'limits', 'memory'), 'memory')}\t${age}\n`);
  }
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  for (const name of ['cpu', 'memory', 'ephemeral-storage']) {
    const req = pods.reduce((s, p) => s + podTotals(p, 'requests', name), 0);
    const lim = pods.reduce((s, p) => s + podTotals(p, 'limits', name), 0);
    w.write(1, `${name}\t${cell(req, name)}\t${cell(lim, name)}\n`);
  }
}

export function describeNode(obj: KObject, snapshot: ClusterSnapshot): string {
  const node = obj as unknown as Node;
  const st = node.status ?? {};
  const w = prefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  const roles = Object.keys(obj.metadata.labels ?? {})
    .filter((k) => k.startsWith('node-role.kubernetes.io/') && k.length > 24)
    .map((k) => k.slice(24))
    .sort();
  w.write(0, `Roles:\t${roles.length ? roles.join(',') : '<none>'}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${rfcOfIso(obj.metadata.creationTimestamp)}\n`);
  const taints = [...(node.spec?.taints ?? [])].sort((a, b) => RESOURCE_ORDER(`${a.effect},${a.key}`, `${b.effect},${b.key}`));
  w.write(0, 'Taints:\t');
  if (taints.length === 0) w.line('<none>');
  taints.forEach((t, i) => w.write(0, `${i ? '\t' : ''}${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}\n`));
  w.write(0, `Unschedulable:\t${node.spec?.unschedulable ? 'true' : 'false'}\n`);
  const ready = st.conditions?.find((c) => c.type === 'Ready');
  const renew = ready?.status === 'True' ? rfc1123z(Math.floor(snapshot.nowMs / 10_000) * 10_000) : rfcOfIso(ready?.lastHeartbeatTime);
  w.write(0, 'Lease:\n');
  w.write(1, `HolderIdentity:\t${obj.metadata.name}\n`);
  w.write(1, 'AcquireTime:\t<unset>\n');
  w.write(1, `RenewTime:\t${renew}\n`);
  if (st.conditions?.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of st.conditions) {
      w.write(1, `${c.type} \t${c.status} \t${rfcOfIso(c.lastHeartbeatTime)} \t${rfcOfIso(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
  }
  w.write(0, 'Addresses:\n');
  for (const a of st.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`);
  for (const [title, list] of [['Capacity', st.capacity], ['Allocatable', st.allocatable]] as const) {
    if (!list || Object.keys(list).length === 0) continue;
    w.write(0, `${title}:\n`);
    for (const k of Object.keys(list).sort(RESOURCE_ORDER)) w.write(0, `  ${k}:\t${String(list[k])}\n`);
  }
  const info = st.nodeInfo;
  w.write(0, 'System Info:\n');
  w.write(0, `  Machine ID:\t${info?.machineID ?? ''}\n`);
  w.write(0, `  System UUID:\t${info?.systemUUID ?? ''}\n`);
  w.write(0, `  Boot ID:\t${info?.bootID ?? ''}\n`);
  w.write(0, `  Kernel Version:\t${info?.kernelVersion ?? ''}\n`);
  w.write(0, `  OS Image:\t${info?.osImage ?? ''}\n`);
  w.write(0, `  Operating System:\t${info?.operatingSystem ?? ''}\n`);
  w.write(0, `  Architecture:\t${info?.architecture ?? ''}\n`);
  w.write(0, `  Container Runtime Version:\t${info?.containerRuntimeVersion ?? ''}\n`);
  w.write(0, `  Kubelet Version:\t${info?.kubeletVersion ?? ''}\n`);
  if (node.spec?.podCIDR) w.write(0, `PodCIDR:\t${node.spec.podCIDR}\n`);
  if (node.spec?.podCIDRs?.length) w.write(0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`);
  if (node.spec?.providerID) w.write(0, `ProviderID:\t${node.spec.providerID}\n`);
  const pods = (listObjects(snapshot, 'Pod', undefined) as unknown as Pod[]).filter(
    (p) => p.spec?.nodeName === obj.metadata.name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed',
  );
  describeNodeResource(w, pods, node, snapshot.nowMs);
  describeEvents(w, eventsFor(snapshot, obj, [obj.metadata.name ?? '']), snapshot.nowMs);
  return w.done();
}
