// Service validation. Mirrors kubernetes/kubernetes pkg/apis/core/validation/validation.go (ValidateService,
// validateServicePort, ValidateServiceUpdate, validateUpgradeDowngradeClusterIPs) and the allocators in
// pkg/registry/core/service (portallocator, ipallocator) for the range/allocated errors.
// Deviations: single-stack IPv4 only; no loadBalancer/externalIPs/ExternalName checks beyond the basics.
import type { FieldCause } from '../../../api/errors';
import type { KObject } from '../../../api/types';
import { duplicate, forbidden, invalid, required, unsupported } from '../fieldErrors';
import { isDNS1123Label, validateLabels, validateName } from '../names';
import { num, objects, rec, str, type Json } from '../util';
import { PROTOCOLS, portNameErrors, portNumErrors } from './containerValidation';

export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;
const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const AFFINITIES = ['ClientIP', 'None'];

function isHeadless(spec: Json): boolean {
  const ips = Array.isArray(spec['clusterIPs']) ? spec['clusterIPs'] : [];
  return spec['clusterIP'] === 'None' || ips[0] === 'None';
}

function validatePort(p: Json, requireName: boolean, names: Set<string>, at: string): FieldCause[] {
  const out: FieldCause[] = [];
  const name = str(p['name']) ?? '';
  if (requireName && !name) out.push(required(`${at}.name`));
  else if (name) {
    out.push(...validateName(name, isDNS1123Label, `${at}.name`));
    if (names.has(name)) out.push(duplicate(`${at}.name`, name));
    else names.add(name);
  }
  const port = num(p['port']) ?? 0;
  out.push(...portNumErrors(port).map((m) => invalid(`${at}.port`, port, m)));
  const proto = str(p['protocol']) ?? '';
  if (!proto) out.push(required(`${at}.protocol`));
  else if (!(PROTOCOLS as readonly string[]).includes(proto)) out.push(unsupported(`${at}.protocol`, proto, PROTOCOLS));
  const target = p['targetPort'];
  if (typeof target === 'number') out.push(...portNumErrors(target).map((m) => invalid(`${at}.targetPort`, target, m)));
  else if (typeof target === 'string') out.push(...portNameErrors(target).map((m) => invalid(`${at}.targetPort`, target, m)));
  return out;
}

/** Node ports used by other Services (same namespace/name excluded). */
function usedNodePorts(services: readonly KObject[], self: KObject): Set<number> {
  const used = new Set<number>();
  for (const s of services) {
    if (s.metadata.name === self.metadata.name && s.metadata.namespace === self.metadata.namespace) continue;
    for (const p of objects(rec(s.spec)?.['ports'])) {
      const np = num(p['nodePort']);
      if (np) used.add(np);
    }
  }
  return used;
}

function validateNodePorts(spec: Json, type: string, obj: KObject, services: readonly KObject[]): FieldCause[] {
  const out: FieldCause[] = [];
  const used = usedNodePorts(services, obj);
  const seen = new Set<string>();
  objects(spec['ports']).forEach((p, i) => {
    const np = num(p['nodePort']);
    if (!np) return;
    const at = `spec.ports[${i}].nodePort`;
    if (type === 'ClusterIP') {
      out.push(forbidden(at, "may not be used when `type` is 'ClusterIP'"));
      return;
    }
    const key = `${np}/${str(p['protocol']) ?? 'TCP'}`;
    if (seen.has(key)) out.push(duplicate(at, np));
    seen.add(key);
    if (np < NODE_PORT_MIN || np > NODE_PORT_MAX) {
      out.push(invalid(at, np, `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_MIN}-${NODE_PORT_MAX}`));
    } else if (used.has(np)) out.push(invalid(at, np, 'provided port is already allocated'));
  });
  return out;
}

/** ValidateService (spec part) + node port allocation checks against the other Services in `services`. */
export function validateServiceSpec(obj: KObject, services: readonly KObject[]): FieldCause[] {
  const spec = rec(obj.spec) ?? {};
  const out: FieldCause[] = [];
  const type = str(spec['type']) ?? '';
  const ports = objects(spec['ports']);
  if (ports.length === 0 && !isHeadless(spec) && type !== 'ExternalName') out.push(required('spec.ports'));
  if (!TYPES.includes(type)) out.push(unsupported('spec.type', type, TYPES));
  const names = new Set<string>();
  ports.forEach((p, i) => out.push(...validatePort(p, ports.length > 1, names, `spec.ports[${i}]`)));
  const affinity = str(spec['sessionAffinity']) ?? '';
  if (!AFFINITIES.includes(affinity)) out.push(unsupported('spec.sessionAffinity', affinity, AFFINITIES));
  if (isHeadless(spec) && (type === 'NodePort' || type === 'LoadBalancer')) {
    out.push(invalid('spec.clusterIPs[0]', 'None', `may not be set to 'None' for ${type} services`));
  }
  const etp = spec['externalTrafficPolicy'];
  if (etp && type !== 'NodePort' && type !== 'LoadBalancer') {
    out.push(invalid('spec.externalTrafficPolicy', etp, "may only be set when `type` is 'NodePort' or 'LoadBalancer'"));
  } else if (etp && etp !== 'Cluster' && etp !== 'Local') {
    out.push(unsupported('spec.externalTrafficPolicy', etp, ['Cluster', 'Local']));
  }
  out.push(...validateLabels(rec(spec['selector']) as Record<string, unknown> | undefined, 'spec.selector'));
  out.push(...validateNodePorts(spec, type, obj, services));
  return out;
}

function clusterIPsOf(spec: Json): unknown[] | null {
  const ips = spec['clusterIPs'];
  if (Array.isArray(ips) && ips.length) return ips;
  const ip = str(spec['clusterIP']);
  return ip ? [ip] : null;
}

/** validateUpgradeDowngradeClusterIPs: the primary cluster IP may not change or be unset (unless ExternalName). */
export function validateServiceUpdate(specIn: unknown, oldSpecIn: unknown): FieldCause[] {
  const spec = rec(specIn) ?? {};
  const old = rec(oldSpecIn) ?? {};
  if (spec['type'] === 'ExternalName' || old['type'] === 'ExternalName') return [];
  const now = clusterIPsOf(spec);
  const before = clusterIPsOf(old);
  if (before && now && now[0] !== before[0]) return [invalid('spec.clusterIPs[0]', now, 'may not change once set')];
  if (before && !now) return [invalid('spec.clusterIPs[0]', null, 'primary clusterIP can not be unset')];
  return [];
}
