// Which pods a Service's endpoints list, and how (mirrors pkg/controller/util/endpoint/controller_utils.go:
// ShouldPodBeInEndpoints, ShouldSetHostname; and the endpoint port resolution of FindPort).
import type { KObject, Pod, Service } from '../../api/types';
import { selectorMatches } from '../../api/labels';
import { isPodReady } from '../../api/podConditions';
import { selectSorted, type WriteFeed } from './selection';
import type { IndexSource } from '../../engine/termIndex';
import { identityMemo, type MemoStore } from '../../util/memoStore';


export interface PodEndpoint {
  readonly pod: Pod & KObject;
  readonly ip: string;
  readonly ready: boolean;
  readonly terminating: boolean;
  readonly hostname?: string;
  readonly nodeName?: string;
}

const isTerminal = (p: Pod) => p.status?.phase === 'Failed' || p.status?.phase === 'Succeeded';

/** A pod's endpoint for one service, remembered per pod object (stored objects are never mutated). */
interface PodEntry {
  readonly selector: unknown;
  readonly svcName?: string;
  readonly svcNamespace?: string;
  readonly entry: PodEndpoint | null;
  readonly ipNum: number;
}

/** The pod's endpoint for the service (null: not selected, no IP, or terminal); `entries` is the run's memo by pod object. */
function entryOf(entries: WeakMap<KObject, PodEntry>, svc: Service, selector: Record<string, string>, obj: KObject): PodEntry {
  const m = entries.get(obj);
  if (m && m.selector === selector && m.svcName === svc.metadata?.name && m.svcNamespace === svc.metadata?.namespace) return m;
  const pod = obj as Pod & KObject;
  let entry: PodEndpoint | null = null;
  const ip = pod.status?.podIP;
  if (selectorMatches({ matchLabels: selector }, pod.metadata.labels ?? {}) && ip && !isTerminal(pod)) {
    const hostname = shouldSetHostname(pod, svc) ? pod.spec?.hostname : undefined;
    entry = { pod, ip, ready: isPodReady(pod), terminating: !!pod.metadata.deletionTimestamp, ...(hostname ? { hostname } : {}), ...(pod.spec?.nodeName ? { nodeName: pod.spec.nodeName } : {}) };
  }
  const out: PodEntry = { selector, svcName: svc.metadata?.name, svcNamespace: svc.metadata?.namespace, entry, ipNum: entry ? ipNumber(entry.ip) : 0 };
  entries.set(obj, out);
  return out;
}

/** Pods selected by the service that have an IP and are not terminal, by IP. Entries are shared: do not mutate. */
export function selectedPods(svc: Service, pods: readonly KObject[], memo?: MemoStore, index?: IndexSource): readonly PodEndpoint[] {
  const selector = svc.spec?.selector;
  if (!selector) return [];
  const name = svc.metadata?.name ?? '';
  const namespace = svc.metadata?.namespace ?? '';
  const entries = identityMemo<KObject, PodEntry>(memo, 'pod-endpoints');
  return selectSorted(memo, `${namespace}/${name}`, `${namespace}/${name}`, selector, pods, (obj) => {
    const e = entryOf(entries, svc, selector, obj);
    return e.entry ? { ipNum: e.ipNum, entry: e.entry } : null;
  }, index && podFeed(index));
}

/** The working copy's record of pod writes, as the selection reads it. */
const podFeed = (index: IndexSource): WriteFeed => ({ mark: () => index.writeMark('Pod'), since: (mark) => index.writesSince('Pod', mark) });

/** An IPv4 address as a number, for sorting. */
export function ipNumber(ip: string): number {
  let n = 0;
  for (const part of ip.split('.')) n = n * 256 + (Number(part) || 0);
  return n;
}

/** A pod gets a hostname in the endpoints when its subdomain names this service (StatefulSet pods). */
export function shouldSetHostname(pod: Pod & KObject, svc: Service): boolean {
  return !!pod.spec?.hostname && pod.spec?.subdomain === svc.metadata?.name && pod.metadata.namespace === svc.metadata?.namespace;
}

/** Resolve a service port's targetPort for one pod (a name is looked up in the pod's container ports). */
export function resolveTargetPort(pod: Pod, targetPort: number | string | undefined, port: number): number | undefined {
  if (targetPort === undefined) return port;
  if (typeof targetPort === 'number') return targetPort;
  if (/^\d+$/.test(targetPort)) return Number(targetPort);
  for (const c of pod.spec?.containers ?? []) for (const p of c.ports ?? []) if (p.name === targetPort) return p.containerPort;
  return undefined;
}

export function compareIp(a: string, b: string): number {
  return ipNumber(a) - ipNumber(b);
}

/** Services in the pod's namespace whose selector matches the pod (or matched it before a change). */
export function servicesForPod(services: readonly KObject[], ...pods: (KObject | undefined)[]): KObject[] {
  return services.filter((s) => {
    const selector = (s as Service).spec?.selector;
    return !!selector && pods.some((p) => p && p.metadata.namespace === s.metadata.namespace && selectorMatches({ matchLabels: selector }, p.metadata.labels ?? {}));
  });
}
