// ConfigMaps and Secrets a container's environment needs (pkg/kubelet/kubelet_pods.go makeEnvironmentVariables):
// a missing, non-optional one keeps the container waiting with CreateContainerConfigError until it exists.
import type { ConfigMap, Container, Pod, Secret } from 'kubernetes-types/core/v1';
import type { KObject } from '../../api/types';
import { objectKey } from '../../api/keys';
import type { ClusterView } from '../types';
import { decodeBase64 } from '../../util/base64';

export interface ConfigRef { readonly kind: 'ConfigMap' | 'Secret'; readonly name: string; readonly key?: string; readonly optional: boolean }

export function configRefsOf(c: Container): ConfigRef[] {
  const refs: ConfigRef[] = [];
  for (const e of c.envFrom ?? []) {
    if (e.configMapRef?.name) refs.push({ kind: 'ConfigMap', name: e.configMapRef.name, optional: !!e.configMapRef.optional });
    if (e.secretRef?.name) refs.push({ kind: 'Secret', name: e.secretRef.name, optional: !!e.secretRef.optional });
  }
  for (const e of c.env ?? []) {
    const cm = e.valueFrom?.configMapKeyRef;
    const sec = e.valueFrom?.secretKeyRef;
    if (cm?.name) refs.push({ kind: 'ConfigMap', name: cm.name, key: cm.key, optional: !!cm.optional });
    if (sec?.name) refs.push({ kind: 'Secret', name: sec.name, key: sec.key, optional: !!sec.optional });
  }
  return refs;
}

/** The kubelet's error for the first unresolvable reference of a container, or undefined when all resolve. */
export function missingConfig(c: Container, namespace: string, view: Pick<ClusterView, 'get'>): string | undefined {
  for (const ref of configRefsOf(c)) {
    if (ref.optional) continue;
    const obj = view.get(objectKey(ref.kind, namespace, ref.name)) as (KObject & (ConfigMap | Secret)) | undefined;
    if (!obj) return `${ref.kind.toLowerCase()} "${ref.name}" not found`;
    if (ref.key !== undefined && !(ref.key in (obj.data ?? {})) && !(ref.key in ((obj as ConfigMap).binaryData ?? {})) && !(ref.key in ((obj as Secret).stringData ?? {}))) {
      return `couldn't find key ${ref.key} in ${ref.kind} ${namespace}/${ref.name}`;
    }
  }
  return undefined;
}

/** ConfigMap and Secret volumes (and projected sources) of a pod, with the volume that names them. */
export function volumeRefsOf(pod: Pod): (ConfigRef & { volume: string })[] {
  const refs: (ConfigRef & { volume: string })[] = [];
  for (const v of pod.spec?.volumes ?? []) {
    if (v.configMap?.name) refs.push({ kind: 'ConfigMap', name: v.configMap.name, optional: !!v.configMap.optional, volume: v.name });
    if (v.secret?.secretName) refs.push({ kind: 'Secret', name: v.secret.secretName, optional: !!v.secret.optional, volume: v.name });
    for (const src of v.projected?.sources ?? []) {
      if (src.configMap?.name) refs.push({ kind: 'ConfigMap', name: src.configMap.name, optional: !!src.configMap.optional, volume: v.name });
      if (src.secret?.name) refs.push({ kind: 'Secret', name: src.secret.name, optional: !!src.secret.optional, volume: v.name });
    }
  }
  return refs;
}

/**
 * The first volume the kubelet cannot set up (pkg/volume/configmap and secret SetUpAt): a missing, non-optional
 * ConfigMap or Secret. The message is what the FailedMount event quotes after the volume name.
 */
export function missingVolume(pod: Pod, view: Pick<ClusterView, 'get'>): { volume: string; message: string } | undefined {
  const ns = pod.metadata?.namespace ?? 'default';
  for (const ref of volumeRefsOf(pod)) {
    if (ref.optional || view.get(objectKey(ref.kind, ns, ref.name))) continue;
    return { volume: ref.volume, message: `${ref.kind.toLowerCase()} "${ref.name}" not found` };
  }
  return undefined;
}

/** The environment a container sees (env, then envFrom, as makeEnvironmentVariables builds it). */
export function resolveEnv(c: Container, pod: Pod, view: Pick<ClusterView, 'get'>): Record<string, string> {
  const ns = pod.metadata?.namespace ?? 'default';
  const out: Record<string, string> = {};
  const dataOf = (kind: 'ConfigMap' | 'Secret', name: string): Record<string, string> => {
    const obj = view.get(objectKey(kind, ns, name)) as (KObject & { data?: Record<string, string> }) | undefined;
    const data = obj?.data ?? {};
    if (kind === 'ConfigMap') return data;
    return Object.fromEntries(Object.entries(data).map(([k, v]) => { const d = decodeBase64(v); return [k, d.ok ? d.text : '']; }));
  };
  for (const e of c.envFrom ?? []) {
    const src = e.configMapRef?.name ? dataOf('ConfigMap', e.configMapRef.name) : e.secretRef?.name ? dataOf('Secret', e.secretRef.name) : {};
    for (const [k, v] of Object.entries(src)) out[`${e.prefix ?? ''}${k}`] = v;
  }
  for (const e of c.env ?? []) {
    const cm = e.valueFrom?.configMapKeyRef;
    const sec = e.valueFrom?.secretKeyRef;
    if (cm?.name) out[e.name] = dataOf('ConfigMap', cm.name)[cm.key] ?? '';
    else if (sec?.name) out[e.name] = dataOf('Secret', sec.name)[sec.key] ?? '';
    else if (e.valueFrom) out[e.name] = e.valueFrom.fieldRef?.fieldPath === 'metadata.name' ? pod.metadata?.name ?? '' : 'set';
    else out[e.name] = e.value ?? '';
  }
  return out;
}

/** Does any container or volume of the pod read this ConfigMap or Secret? */
export function podReadsConfig(pod: Pod, kind: string, name: string): boolean {
  const containers = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  return containers.some((c) => configRefsOf(c).some((r) => r.kind === kind && r.name === name))
    || volumeRefsOf(pod).some((r) => r.kind === kind && r.name === name);
}
