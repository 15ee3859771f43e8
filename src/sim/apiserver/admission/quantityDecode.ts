// Quantities are decoded before validation: a malformed one fails the whole request as a decode error, like
// k8s.io/apimachinery/pkg/api/resource (Quantity.UnmarshalJSON → ErrFormatWrong).
import type { ApiError } from '../../api/errors';
import type { KObject } from '../../api/types';
import { isValidQuantity, QUANTITY_REGEX_TEXT } from '../../api/quantity';
import { objects, rec, type Json } from './util';

function quantityMaps(kind: string, obj: KObject): unknown[] {
  const spec = rec(obj.spec) ?? {};
  const resources = (r: unknown) => [rec(r)?.['requests'], rec(r)?.['limits']];
  const podSpecMaps = (podSpec: Json | undefined) =>
    [...objects(podSpec?.['containers']), ...objects(podSpec?.['initContainers'])].flatMap((c) => resources(c['resources']));
  const templateSpec = rec(rec(spec['template'])?.['spec']);
  switch (kind) {
    case 'PersistentVolumeClaim': return resources(spec['resources']);
    case 'PersistentVolume': return [spec['capacity']];
    case 'Pod': return podSpecMaps(spec);
    case 'StatefulSet':
      return [...podSpecMaps(templateSpec), ...objects(spec['volumeClaimTemplates']).flatMap((t) => resources(rec(t['spec'])?.['resources']))];
    case 'Deployment':
    case 'ReplicaSet': return podSpecMaps(templateSpec);
    default: return [];
  }
}

/** The decode error for the first malformed quantity, or undefined. */
export function quantityDecodingError(obj: KObject): ApiError | undefined {
  for (const m of quantityMaps(obj.kind, obj)) {
    const map = rec(m);
    if (!map) continue;
    for (const v of Object.values(map)) {
      if (!isValidQuantity(v)) {
        return {
          reason: 'BadRequest',
          message: `${obj.kind} in version "v1" cannot be handled as a ${obj.kind}: quantities must match the regular expression '${QUANTITY_REGEX_TEXT}'`,
        };
      }
    }
  }
  return undefined;
}
