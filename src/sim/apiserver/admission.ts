// The API server's admission step for the pure engine: strict decoding, defaulting (scheme defaulters and the
// mutating admission plugins of a default cluster), then validation (create/update) and validating plugins.
// Mirrors the request path of kubernetes/kubernetes staging/src/k8s.io/apiserver/pkg/endpoints/handlers
// (create.go, update.go): decode → mutating admission → validation → validating admission.
import { int32DecodingError } from './admission/int32Decode';
import type { ApiError, FieldCause } from '../api/errors';
import type { KObject } from '../api/types';
import type { ClusterView } from '../controllers/types';
import knownFieldsJson from '../api/knownFields.json';
import { didYouMean, strictDecodingError, type KnownFields } from './admission/decode';
import { applyDefaults } from './admission/defaults';
import { quantityDecodingError } from './admission/quantityDecode';
import { serviceAccountRefusal } from './admission/serviceAccount';
import { clone, type Json } from './admission/util';
import { decodeBase64 } from '../util/base64';
import { pvcResizeError } from './admission/validation/storageUpdate';
import { validateCreate, validateUpdate } from './admission/validation';
import { NONE_PENDING, podiumLimitError, type PendingCreates } from './admission/podiumLimits';
import { identityCache } from '../engine/runCache';

export type Admission = { ok: true; object: KObject; warnings: string[] } | { ok: false; error: ApiError };

const KNOWN_FIELDS = knownFieldsJson as unknown as KnownFields;

function invalidError(obj: KObject, causes: readonly FieldCause[]): Admission {
  return { ok: false, error: { reason: 'Invalid', kind: obj.kind, name: obj.metadata.name ?? '', causes } };
}

/** A Secret's `data` values are []byte in Go: JSON decoding rejects a value that is not base64. */
function secretDataDecodingError(obj: KObject): ApiError | undefined {
  if (obj.kind !== 'Secret') return undefined;
  const data = (obj as { data?: Record<string, unknown> }).data ?? {};
  for (const v of Object.values(data)) {
    if (typeof v !== 'string') continue;
    const d = decodeBase64(v);
    if (!d.ok) return { reason: 'BadRequest', message: `Secret in version "v1" cannot be handled as a Secret: ${d.error}` };
  }
  return undefined;
}

function decode(obj: KObject): ApiError | undefined {
  return strictDecodingError(obj, KNOWN_FIELDS) ?? int32DecodingError(obj) ?? quantityDecodingError(obj) ?? secretDataDecodingError(obj);
}

/**
 * Strict decoding + defaulting + validation for a create. `obj` is what the client sent (namespace already
 * filled in for namespaced kinds). Returns the defaulted object; uid, resourceVersion, creationTimestamp,
 * generation and status are left to the applier. `pending`: creates the caller has queued and not stored yet
 * (they count against Podium's limits).
 * @example admitCreate(sts, view) // { ok: false, error: { reason: 'Invalid', kind: 'StatefulSet', name: 'web', causes } }
 */
export function admitCreate(obj: KObject, view: ClusterView, pending: PendingCreates = NONE_PENDING): Admission {
  return admitPlugins(validatedCreate(obj, view), view, pending);
}

/** Decoding, defaulting and validation of a create: these read only Services, StorageClasses and the config. */
function validatedCreate(obj: KObject, view: ClusterView): Admission {
  const decodeError = decode(obj);
  if (decodeError) return { ok: false, error: decodeError };
  const out = clone(obj) as unknown as Json;
  applyDefaults(out, view);
  const object = out as unknown as KObject;
  const causes = validateCreate(object, view);
  if (causes.length) return invalidError(object, causes);
  return { ok: true, object, warnings: [] };
}

/** The admission plugins that read other objects (ServiceAccounts, the cluster's counts), run on every create. */
function admitPlugins(validated: Admission, view: ClusterView, pending: PendingCreates): Admission {
  if (!validated.ok) return validated;
  const object = validated.object;
  const refused = serviceAccountRefusal(object, view);
  if (refused) return { ok: false, error: refused };
  // Podium's limits, last, as a validating admission plugin would refuse (admission/podiumLimits.ts).
  const limit = podiumLimitError(object, view, pending);
  if (limit) return { ok: false, error: limit };
  return { ok: true, object, warnings: [] };
}

/** A validated create remembered with the lists it read (validation reads only Services, StorageClasses and the config). */
interface Remembered {
  readonly services: readonly KObject[];
  readonly classes: readonly KObject[];
  readonly result: Admission;
}

/**
 * admitCreate, remembered per object in the run's store while the Service and StorageClass lists are the very same
 * (the engine's lists keep their identity until a write): a controller that checks a create before asking for it
 * (the StatefulSet controller's FailedCreate) and the engine applying it then admit the object once.
 */
export function admitCreateRemembered(obj: KObject, view: ClusterView, pending: PendingCreates = NONE_PENDING): Admission {
  const memo = identityCache<KObject, Remembered>(view.memo, 'admit-create');
  const services = view.list('Service');
  const classes = view.list('StorageClass');
  const m = memo.get(obj);
  if (m && m.services === services && m.classes === classes) return admitPlugins(m.result, view, pending);
  const result = validatedCreate(obj, view);
  memo.set(obj, { services, classes, result });
  return admitPlugins(result, view, pending);
}

/**
 * The same for an update of `old` (the stored object) to `obj` (the new desired object, metadata already merged
 * by the caller), including immutability rules and the PersistentVolumeClaimResize admission check.
 */
export function admitUpdate(obj: KObject, old: KObject, view: ClusterView): Admission {
  const decodeError = decode(obj);
  if (decodeError) return { ok: false, error: decodeError };
  const out = clone(obj) as unknown as Json;
  applyDefaults(out, view, old);
  const object = out as unknown as KObject;
  const causes = validateUpdate(object, old, view);
  if (causes.length) return invalidError(object, causes);
  if (object.kind === 'PersistentVolumeClaim') {
    const resize = pvcResizeError(object, old, view.list('StorageClass'));
    if (resize) return { ok: false, error: resize };
  }
  return { ok: true, object, warnings: [] };
}

export { validatePodSpecCauses } from './admission/validation/podValidation';

/** "Did you mean": the known field closest to an unknown one in a `kind` (`spec.replicaz` → `spec.replicas`). */
export function suggestField(kind: string, unknownPath: string): string | undefined {
  return didYouMean(kind, unknownPath, KNOWN_FIELDS);
}
export { validatePvcCauses } from './admission/validation/storageValidation';
