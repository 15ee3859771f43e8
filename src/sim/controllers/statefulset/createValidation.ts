// What the API server answers when the controller creates a pod or claim from an (unvalidated) StatefulSet
// template (reference §2.2: the STS pod template and claim templates are NOT validated at admission, so errors
// surface as FailedCreate events). Uses the shared admission checks.
import { apiErrorMessage } from '../../api/errors';
import { validatePodSpecCauses } from '../../apiserver/admission/validation/podValidation';
import { validatePvcCauses } from '../../apiserver/admission/validation/storageValidation';
import { defaultPod } from '../../apiserver/admission/defaults/podDefaults';
import { defaultPvcSpec } from '../../apiserver/admission/defaults/storageDefaults';
import type { PersistentVolumeClaim, Pod } from './k8sTypes';

/** A defaulted deep copy, as the API server validates it (defaulting runs before validation). */
function defaulted<T>(obj: T, apply: (json: Record<string, unknown>) => void): T {
  const copy = JSON.parse(JSON.stringify(obj)) as Record<string, unknown>;
  apply(copy);
  return copy as T;
}

/** `Pod "web-0" is invalid: ...`, or undefined when valid. */
export function podCreateError(pod: Pod): string | undefined {
  const causes = validatePodSpecCauses(defaulted(pod, defaultPod));
  return causes.length ? apiErrorMessage({ reason: 'Invalid', kind: 'Pod', name: pod.metadata.name ?? '', causes }) : undefined;
}

/** `PersistentVolumeClaim "www-web-0" is invalid: ...`, or undefined when valid. */
export function claimCreateError(claim: PersistentVolumeClaim): string | undefined {
  const causes = validatePvcCauses(defaulted(claim, (c) => {
    if (c['spec'] && typeof c['spec'] === 'object') defaultPvcSpec(c['spec'] as Record<string, unknown>);
  }));
  return causes.length
    ? apiErrorMessage({ reason: 'Invalid', kind: 'PersistentVolumeClaim', name: claim.metadata.name ?? '', causes })
    : undefined;
}
