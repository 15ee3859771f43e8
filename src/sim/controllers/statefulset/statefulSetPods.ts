// Mirrors the object-building half of kubernetes/kubernetes pkg/controller/statefulset/stateful_set_utils.go
// (getPersistentVolumeClaims, updateStorage, initIdentity, updateIdentity, newStatefulSetPod,
// newVersionedStatefulSetPod, setPodRevision) and pkg/controller/controller_utils.go (GetPodFromTemplate).
// Deviations: claim volumes are listed in claim-template order (Go iterates a map, so its order is random).
import type { PersistentVolumeClaim, Pod, StatefulSet } from './k8sTypes';
import type { Volume } from 'kubernetes-types/core/v1';
import { controllerRefTo } from './history';
import {
  POD_INDEX_LABEL, POD_NAME_LABEL, REVISION_LABEL, getOrdinal, getPersistentVolumeClaimName, getPodName,
  getStartOrdinal,
} from './statefulSetUtils';
import { partitionOf, updateStrategyTypeOf } from './statefulSetSpec';

/** One entry of spec.volumeClaimTemplates. */
export type ClaimTemplate = NonNullable<NonNullable<StatefulSet['spec']>['volumeClaimTemplates']>[number];

/** The claims the pod needs, one per volumeClaimTemplate, in template order (getPersistentVolumeClaims). */
export function getPersistentVolumeClaims(set: StatefulSet, ordinal: number): PersistentVolumeClaim[] {
  return (set.spec?.volumeClaimTemplates ?? []).map((t) => claimFromTemplate(set, t, ordinal));
}

/** The claim one volumeClaimTemplate gives the pod of `ordinal` (one entry of getPersistentVolumeClaims). */
export function claimFromTemplate(set: StatefulSet, t: ClaimTemplate, ordinal: number): PersistentVolumeClaim {
  const selectorLabels = set.spec?.selector?.matchLabels ?? {};
  const tmplName = t.metadata?.name ?? '';
  const labels = t.metadata?.labels ? { ...t.metadata.labels, ...selectorLabels } : { ...selectorLabels };
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name: getPersistentVolumeClaimName(set, tmplName, ordinal),
      namespace: set.metadata.namespace,
      ...(Object.keys(labels).length ? { labels } : {}),
      ...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
    },
    ...(t.spec ? { spec: t.spec } : {}),
  };
}

/** Pod volumes with one claim volume per template, replacing template volumes of the same name (updateStorage). */
export function updateStorage(set: StatefulSet, pod: Pod): Pod {
  const ordinal = getOrdinal(pod);
  const templates = set.spec?.volumeClaimTemplates ?? [];
  if (templates.length === 0) return pod;
  const names = new Set(templates.map((t) => t.metadata?.name ?? ''));
  const claimVolumes: Volume[] = templates.map((t) => ({
    name: t.metadata?.name ?? '',
    persistentVolumeClaim: { claimName: getPersistentVolumeClaimName(set, t.metadata?.name ?? '', ordinal) },
  }));
  const others = (pod.spec?.volumes ?? []).filter((v) => !names.has(v.name));
  return { ...pod, spec: { ...pod.spec!, volumes: [...claimVolumes, ...others] } };
}

/** Name, namespace, pod-name and pod-index labels of a member (updateIdentity). */
export function updateIdentity(set: StatefulSet, pod: Pod): Pod {
  const ordinal = getOrdinal(pod);
  const name = getPodName(set, ordinal);
  const labels = { ...(pod.metadata.labels ?? {}), [POD_NAME_LABEL]: name, [POD_INDEX_LABEL]: String(ordinal) };
  return { ...pod, metadata: { ...pod.metadata, name, namespace: set.metadata.namespace, labels } };
}

/** A new pod for `ordinal` from the set's template (newStatefulSetPod: GetPodFromTemplate + initIdentity). */
export function newStatefulSetPod(set: StatefulSet, ordinal: number): Pod {
  const t = set.spec?.template;
  const name = getPodName(set, ordinal);
  const serviceName = set.spec?.serviceName;
  const base: Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: set.metadata.namespace,
      labels: { ...(t?.metadata?.labels ?? {}) },
      ...(t?.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
      ...(t?.metadata?.finalizers ? { finalizers: [...t.metadata.finalizers] } : {}),
      ownerReferences: [controllerRefTo(set)],
    },
    spec: { ...(t?.spec ?? { containers: [] }), hostname: name, ...(serviceName ? { subdomain: serviceName } : {}) },
  };
  return updateStorage(set, updateIdentity(set, base));
}

/** The pod with its controller-revision-hash label set (setPodRevision). */
export function setPodRevision(pod: Pod, revision: string): Pod {
  return { ...pod, metadata: { ...pod.metadata, labels: { ...(pod.metadata.labels ?? {}), [REVISION_LABEL]: revision } } };
}

/**
 * The pod an empty slot should get: slots below the RollingUpdate partition use the current revision, all others
 * (and every slot under OnDelete) the update revision (newVersionedStatefulSetPod). Partition counts from
 * spec.ordinals.start.
 */
export function newVersionedStatefulSetPod(
  currentSet: StatefulSet, updateSet: StatefulSet, currentRevision: string, updateRevision: string, ordinal: number,
): Pod {
  const atCurrent = updateStrategyTypeOf(currentSet) === 'RollingUpdate' &&
    ordinal < getStartOrdinal(currentSet) + partitionOf(currentSet);
  return atCurrent
    ? setPodRevision(newStatefulSetPod(currentSet, ordinal), currentRevision)
    : setPodRevision(newStatefulSetPod(updateSet, ordinal), updateRevision);
}
