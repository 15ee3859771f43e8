// Defaulting for Service, Namespace, Secret. Mirrors kubernetes/kubernetes pkg/apis/core/v1/defaults.go
// (SetDefaults_Service, SetDefaults_Namespace, SetDefaults_Secret) and the IP-family defaulting of
// pkg/registry/core/service/storage (initIPFamilyFields) for a single-stack IPv4 cluster.
// Deviations: ClusterIP and NodePort allocation is done by the engine core, not here.
import { encodeBase64 } from '../../../util/base64';
import { child, isRec, objects, setDefault, setDefaultString, str, type Json } from '../util';

function isHeadless(spec: Json): boolean {
  const ips = Array.isArray(spec['clusterIPs']) ? spec['clusterIPs'] : [];
  return spec['clusterIP'] === 'None' || ips[0] === 'None';
}

/** SetDefaults_Service + single-stack IP family fields. */
export function defaultService(obj: Json): void {
  const spec = child(obj, 'spec');
  setDefaultString(spec, 'sessionAffinity', 'None');
  if (spec['sessionAffinity'] === 'None') delete spec['sessionAffinityConfig'];
  if (spec['sessionAffinity'] === 'ClientIP') {
    const cfg = child(child(spec, 'sessionAffinityConfig'), 'clientIP');
    setDefault(cfg, 'timeoutSeconds', 10800);
  }
  setDefaultString(spec, 'type', 'ClusterIP');
  for (const p of objects(spec['ports'])) {
    setDefaultString(p, 'protocol', 'TCP');
    if (p['targetPort'] === undefined || p['targetPort'] === null || p['targetPort'] === 0 || p['targetPort'] === '') {
      p['targetPort'] = p['port'];
    }
  }
  const type = spec['type'];
  if (type === 'NodePort' || type === 'LoadBalancer') setDefaultString(spec, 'externalTrafficPolicy', 'Cluster');
  if (type !== 'ExternalName') setDefaultString(spec, 'internalTrafficPolicy', 'Cluster');
  if (type === 'LoadBalancer') setDefault(spec, 'allocateLoadBalancerNodePorts', true);
  // The v1 API keeps clusterIP and clusterIPs[0] in step.
  const clusterIP = str(spec['clusterIP']);
  const clusterIPs = Array.isArray(spec['clusterIPs']) ? spec['clusterIPs'] : undefined;
  if (clusterIP && !clusterIPs?.length) spec['clusterIPs'] = [clusterIP];
  if (!clusterIP && clusterIPs?.length && typeof clusterIPs[0] === 'string') spec['clusterIP'] = clusterIPs[0];
  if (type !== 'ExternalName') {
    const headlessNoSelector = isHeadless(spec) && !(isRec(spec['selector']) && Object.keys(spec['selector']).length);
    setDefaultString(spec, 'ipFamilyPolicy', headlessNoSelector ? 'RequireDualStack' : 'SingleStack');
    if (!Array.isArray(spec['ipFamilies']) || spec['ipFamilies'].length === 0) spec['ipFamilies'] = ['IPv4'];
  }
}

/** SetDefaults_Namespace: the `kubernetes.io/metadata.name` label; the `kubernetes` finalizer (namespace strategy). */
export function defaultNamespace(obj: Json): void {
  const meta = child(obj, 'metadata');
  const name = str(meta['name']);
  if (name) child(meta, 'labels')['kubernetes.io/metadata.name'] = name;
  const spec = child(obj, 'spec');
  if (!Array.isArray(spec['finalizers'])) spec['finalizers'] = ['kubernetes'];
}

/**
 * SetDefaults_Secret: type Opaque. And the v1 → internal conversion (Convert_v1_Secret_To_core_Secret):
 * `stringData` is write-only; its entries are merged into `data` (base64-encoded, overriding keys there) and
 * it is never stored.
 */
export function defaultSecret(obj: Json): void {
  setDefaultString(obj, 'type', 'Opaque');
  const stringData = obj['stringData'];
  if (!isRec(stringData)) return;
  const data = isRec(obj['data']) ? { ...obj['data'] } : {};
  for (const [k, v] of Object.entries(stringData)) if (typeof v === 'string') data[k] = encodeBase64(v);
  obj['data'] = data;
  delete obj['stringData'];
}
