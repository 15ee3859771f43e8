// `-o yaml`, `-o json` and `-o name`. kubectl marshals objects through Go maps, so keys come out sorted;
// YAML is sigs.k8s.io/yaml (go-yaml): block sequences not indented under their key, YAML 1.1 quoting.
import { stringify } from 'yaml';
import type { KObject, KindName } from '../../sim/index';
import { kubectlKindPrefix } from '../../sim/index';

/** A deep copy with object keys sorted (Go's map marshalling order). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** kubectl's wrapper for several objects. */
export function listOf(items: readonly KObject[]): Record<string, unknown> {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}

export function toYaml(value: unknown): string {
  return stringify(sortKeys(value), {
    indentSeq: false,
    lineWidth: 0,
    minContentWidth: 0,
    schema: 'yaml-1.1',
    version: '1.1',
    directives: false,
    doubleQuotedAsJSON: true,
    aliasDuplicateObjects: false,
  });
}

export function toJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 4) + '\n';
}

/** `statefulset.apps/web` */
export function nameOf(obj: KObject): string {
  return `${kubectlKindPrefix(obj.kind as KindName)}/${obj.metadata.name ?? ''}`;
}
