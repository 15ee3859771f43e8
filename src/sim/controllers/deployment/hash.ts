// Mirrors kubernetes/kubernetes pkg/controller/controller_utils.go (ComputeHash) and
// pkg/controller/deployment/util/deployment_util.go (EqualIgnoreHash).
// Deviations: the template is hashed as canonical JSON (sorted keys, nulls and empty maps/lists dropped) instead
// of Go's DeepHashObject, so hash values differ from a real cluster but keep FNV-32a, the alphabet and the length.
import { canonicalJson, fnv32a, safeEncodeString, utf8 } from '../../util/hash';

export { fnv32a };
import type { PodTemplateSpec } from './types';

/** The label that ties a ReplicaSet and its pods to one template (apps.DefaultDeploymentUniqueLabelKey). */
export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';

/** A JSON value without nulls, undefined, empty objects and empty lists (Semantic.DeepEqual treats nil == empty). */
export function normalize(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) {
    const items = v.map(normalize);
    return items.length ? items : undefined;
  }
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v as object).sort()) {
      const n = normalize((v as Record<string, unknown>)[k]);
      if (n !== undefined) out[k] = n;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return v;
}

/**
 * The pod-template-hash: FNV-32a of the template, then (when set) the collision count as 8 little-endian
 * bytes, printed as a decimal uint32 and safe-encoded (e.g. `5966bfc495`).
 */
export function computeHash(template: PodTemplateSpec | undefined, collisionCount?: number): string {
  let h = fnv32a(utf8(canonicalJson(normalize(template ?? {}) ?? {})));
  if (collisionCount !== undefined) {
    const c = collisionCount >>> 0;
    h = fnv32a([c & 255, (c >>> 8) & 255, (c >>> 16) & 255, (c >>> 24) & 255, 0, 0, 0, 0], h);
  }
  return safeEncodeString(String(h));
}

/** Template equality ignoring the pod-template-hash label (EqualIgnoreHash). */
export function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  const strip = (t: PodTemplateSpec | undefined): unknown => {
    const labels = { ...(t?.metadata?.labels ?? {}) };
    delete labels[POD_TEMPLATE_HASH_LABEL];
    return normalize({ ...(t ?? {}), metadata: { ...(t?.metadata ?? {}), labels } });
  };
  return canonicalJson(strip(a)) === canonicalJson(strip(b));
}
