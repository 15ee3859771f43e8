// Service, Endpoints and EndpointSlice rows. Mirrors printers.go (printService, getServiceExternalIP,
// makePortString, formatEndpoints, printEndpointSlice).
import type { EndpointSlice, Endpoints, KObject, Service } from '../../sim/index';
import { since } from './duration';
import { formatLabels, type KindPrinter, type PrintContext } from './types';

function externalIp(svc: Service): string {
  const spec = svc.spec ?? {};
  const external = spec.externalIPs ?? [];
  switch (spec.type ?? 'ClusterIP') {
    case 'ClusterIP':
    case 'NodePort':
      return external.length > 0 ? external.join(',') : '<none>';
    case 'LoadBalancer': {
      const ingress = (svc.status?.loadBalancer?.ingress ?? []).map((i) => i.ip || i.hostname || '').filter(Boolean);
      const all = [...ingress, ...external];
      return all.length > 0 ? all.join(',') : '<pending>';
    }
    case 'ExternalName':
      return spec.externalName ?? '';
    default:
      return '<unknown>';
  }
}

/** `80/TCP`, `80:30080/TCP`, comma-joined, `<none>` without ports. */
export function portsString(svc: Service): string {
  const ports = svc.spec?.ports ?? [];
  if (ports.length === 0) return '<none>';
  return ports.map((p) => (p.nodePort ? `${p.port}:${p.nodePort}` : `${p.port}`) + `/${p.protocol ?? 'TCP'}`).join(',');
}

export const servicePrinter: KindPrinter = {
  headers: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
  wideHeaders: ['SELECTOR'],
  row(obj: KObject, ctx: PrintContext): string[] {
    const svc = obj as unknown as Service;
    const cells = [
      obj.metadata.name ?? '',
      svc.spec?.type ?? 'ClusterIP',
      svc.spec?.clusterIPs?.[0] ?? svc.spec?.clusterIP ?? '<none>',
      externalIp(svc),
      portsString(svc),
      since(obj.metadata.creationTimestamp, ctx.nowMs),
    ];
    return ctx.wide ? [...cells, formatLabels(svc.spec?.selector)] : cells;
  },
};

const MAX_ENDPOINTS = 3;

/** `10.244.1.5:80,10.244.2.3:80 + 2 more...`, `<none>` when empty. */
export function formatEndpoints(ep: Endpoints): string {
  const list: string[] = [];
  let count = 0;
  for (const ss of ep.subsets ?? []) {
    const addrs = ss.addresses ?? [];
    const ports = ss.ports ?? [];
    if (ports.length === 0) {
      for (const a of addrs) if (count++ < MAX_ENDPOINTS) list.push(a.ip);
      continue;
    }
    for (const p of ports) for (const a of addrs) if (count++ < MAX_ENDPOINTS) list.push(`${a.ip}:${p.port}`);
  }
  if (list.length === 0) return '<none>';
  return list.join(',') + (count > MAX_ENDPOINTS ? ` + ${count - MAX_ENDPOINTS} more...` : '');
}

export const endpointsPrinter: KindPrinter = {
  headers: ['NAME', 'ENDPOINTS', 'AGE'],
  wideHeaders: [],
  row: (obj: KObject, ctx: PrintContext) => [
    obj.metadata.name ?? '',
    formatEndpoints(obj as unknown as Endpoints),
    since(obj.metadata.creationTimestamp, ctx.nowMs),
  ],
};

export const endpointSlicePrinter: KindPrinter = {
  headers: ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
  wideHeaders: [],
  row(obj: KObject, ctx: PrintContext): string[] {
    const es = obj as unknown as EndpointSlice;
    const ports = es.ports === undefined ? '<unset>' : es.ports.length === 0 ? '<unset>' : es.ports.map((p) => String(p.port ?? '')).join(',');
    const addrs = (es.endpoints ?? []).flatMap((e) => e.addresses);
    let eps = '<unset>';
    if (addrs.length > 0) eps = addrs.slice(0, MAX_ENDPOINTS).join(',') + (addrs.length > MAX_ENDPOINTS ? ` + ${addrs.length - MAX_ENDPOINTS} more...` : '');
    return [obj.metadata.name ?? '', es.addressType ?? '', ports, eps, since(obj.metadata.creationTimestamp, ctx.nowMs)];
  },
};
