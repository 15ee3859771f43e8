// ClusterIP and NodePort allocation (mirrors pkg/registry/core/service/ipallocator and portallocator):
// random free addresses from 10.96.0.0/12 and ports from 30000-32767, drawn from the seeded generator.
import type { KObject } from '../api/types';
import type { Service } from '../api/types';
import type { FieldCause } from '../api/errors';
import type { Work } from '../engine/work';

const SERVICE_CIDR_SIZE = 1 << 20; // 10.96.0.0/12

export function ipOfOffset(offset: number): string {
  return `10.${96 + (offset >>> 16)}.${(offset >>> 8) & 255}.${offset & 255}`;
}

function usedClusterIps(work: Work, exceptUid?: string): Set<string> {
  return new Set(work.list('Service').filter((s) => s.metadata.uid !== exceptUid).map((s) => (s as Service).spec?.clusterIP ?? '').filter(Boolean));
}

function usedNodePorts(work: Work, exceptUid?: string): Set<number> {
  const out = new Set<number>();
  for (const s of work.list('Service')) if (s.metadata.uid !== exceptUid) for (const p of (s as Service).spec?.ports ?? []) if (p.nodePort) out.add(p.nodePort);
  return out;
}

const needsNodePort = (type: string | undefined) => type === 'NodePort' || type === 'LoadBalancer';

/** Fill clusterIP/clusterIPs and nodePorts for a Service being created (or updated from `old`). */
export function allocateService(work: Work, obj: KObject, old?: KObject): { object: KObject } | { causes: FieldCause[] } {
  const spec = { ...((obj as Service).spec ?? {}) };
  const oldSpec = (old as Service | undefined)?.spec;
  const causes: FieldCause[] = [];
  if (!spec.clusterIP && oldSpec?.clusterIP) spec.clusterIP = oldSpec.clusterIP;
  if (spec.type !== 'ExternalName') {
    const used = usedClusterIps(work, old?.metadata.uid);
    if (!spec.clusterIP) {
      let offset: number;
      do offset = 11 + Math.floor(work.random() * (SERVICE_CIDR_SIZE - 12)); while (used.has(ipOfOffset(offset)));
      spec.clusterIP = ipOfOffset(offset);
    } else if (spec.clusterIP !== 'None' && used.has(spec.clusterIP) && oldSpec?.clusterIP !== spec.clusterIP) {
      causes.push({ field: 'spec.clusterIPs', type: 'Invalid', message: `spec.clusterIPs: Invalid value: ["${spec.clusterIP}"]: failed to allocate IP ${spec.clusterIP}: provided IP is already allocated` });
    }
    spec.clusterIPs = [spec.clusterIP];
  }
  if (needsNodePort(spec.type)) {
    const used = usedNodePorts(work, old?.metadata.uid);
    spec.ports = (spec.ports ?? []).map((p, i) => {
      if (p.nodePort) {
        if (used.has(p.nodePort)) causes.push({ field: `spec.ports[${i}].nodePort`, type: 'Invalid', message: `spec.ports[${i}].nodePort: Invalid value: ${p.nodePort}: provided port is already allocated` });
        used.add(p.nodePort);
        return p;
      }
      const previous = oldSpec?.ports?.find((o) => o.port === p.port && o.nodePort)?.nodePort;
      let port = previous ?? 0;
      while (!port || used.has(port)) port = 30000 + Math.floor(work.random() * 2768);
      used.add(port);
      return { ...p, nodePort: port };
    });
  }
  if (causes.length) return { causes };
  return { object: { ...obj, spec } };
}
