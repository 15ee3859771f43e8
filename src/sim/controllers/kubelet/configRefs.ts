// ConfigMaps and Secrets a container's environment needs (pkg/kubelet/kubelet_pods.go makeEnvironmentVariables):
// a missing, non-optional one keeps the container waiting with CreateContainerConfigError until it exists.
import type { ConfigMap, Container, Pod, Secret } from 'kubernetes-types/core/v1';
import type { KObject } from '../../api/types';
import { objectKey } from '../../api/keys';
import type { ClusterView } from '../types';

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

/** Does any container of the pod read this ConfigMap or Secret? */
export function podReadsConfig(pod: Pod, kind: string, name: string): boolean {
  return [...(pod.spec?.containers ?? [])].some((c) => configRefsOf(c).some((r) => r.kind === kind && r.name === name));
}
