// Which pods a Service's endpoints list, and how (mirrors pkg/controller/util/endpoint/controller_utils.go:
// ShouldPodBeInEndpoints, ShouldSetHostname; and the endpoint port resolution of FindPort).
import type { KObject, Pod, Service } from '../../api/types';
import { selectorMatches } from '../../api/labels';
import { isPodReady } from '../../api/podConditions';

export interface PodEndpoint {
  readonly pod: Pod & KObject;
  readonly ip: string;
  readonly ready: boolean;
  readonly terminating: boolean;
  readonly hostname?: string;
  readonly nodeName?: string;
}

const isTerminal = (p: Pod) => p.status?.phase === 'Failed' || p.status?.phase === 'Succeeded';

/** The pod's endpoint for the service (undefined: not selected, no IP yet, or terminal). */
export function podEndpointOf(svc: Service, selector: Readonly<Record<string, string>>, pod: Pod & KObject): PodEndpoint | undefined {
  const ip = pod.status?.podIP;
  if (!ip || isTerminal(pod) || !selectorMatches({ matchLabels: selector }, pod.metadata.labels ?? {})) return undefined;
  const hostname = shouldSetHostname(pod, svc) ? pod.spec?.hostname : undefined;
  return { pod, ip, ready: isPodReady(pod), terminating: !!pod.metadata.deletionTimestamp, ...(hostname ? { hostname } : {}), ...(pod.spec?.nodeName ? { nodeName: pod.spec.nodeName } : {}) };
}

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

/** Services in the pod's namespace whose selector matches the pod (or matched it before a change). */
export function servicesForPod(services: readonly KObject[], ...pods: (KObject | undefined)[]): KObject[] {
  return services.filter((s) => {
    const selector = (s as Service).spec?.selector;
    return !!selector && pods.some((p) => p && p.metadata.namespace === s.metadata.namespace && selectorMatches({ matchLabels: selector }, p.metadata.labels ?? {}));
  });
}
