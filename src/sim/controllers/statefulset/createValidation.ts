// What the API server would answer when the controller creates a pod or claim from an (unvalidated) StatefulSet
// template (reference §2.2: the STS pod template and claim templates are NOT validated at admission, so errors
// surface as FailedCreate events). Minimal local checks until the shared admission helpers are wired in.
import type { FieldCause } from '../../api/errors';
import { apiErrorMessage } from '../../api/errors';
import type { PersistentVolumeClaim, Pod } from './k8sTypes';

const required = (field: string, detail = ''): FieldCause =>
  ({ field, type: 'Required', message: `${field}: Required value${detail ? ': ' + detail : ''}` });

/** Validation causes for a pod the controller is about to create. */
export function validatePodCauses(pod: Pod): FieldCause[] {
  const causes: FieldCause[] = [];
  const containers = pod.spec?.containers ?? [];
  if (containers.length === 0) causes.push(required('spec.containers'));
  containers.forEach((c, i) => {
    if (!c.name) causes.push(required(`spec.containers[${i}].name`));
    if (!c.image || !c.image.trim()) causes.push(required(`spec.containers[${i}].image`));
  });
  const volumeNames = new Set((pod.spec?.volumes ?? []).map((v) => v.name));
  containers.forEach((c, i) => (c.volumeMounts ?? []).forEach((m, j) => {
    if (!volumeNames.has(m.name)) {
      const field = `spec.containers[${i}].volumeMounts[${j}].name`;
      causes.push({ field, type: 'NotFound', message: `${field}: Not found: ${JSON.stringify(m.name)}` });
    }
  }));
  return causes;
}

/** Validation causes for a claim built from a volumeClaimTemplate. */
export function validateClaimCauses(claim: PersistentVolumeClaim): FieldCause[] {
  const causes: FieldCause[] = [];
  if ((claim.spec?.accessModes ?? []).length === 0) {
    causes.push(required('spec.accessModes', 'at least 1 access mode is required'));
  }
  if (!claim.spec?.resources?.requests?.['storage']) causes.push(required('spec.resources[storage]'));
  return causes;
}

/** `Pod "web-0" is invalid: ...`, or undefined when valid. */
export function podCreateError(pod: Pod): string | undefined {
  const causes = validatePodCauses(pod);
  return causes.length ? apiErrorMessage({ reason: 'Invalid', kind: 'Pod', name: pod.metadata.name ?? '', causes }) : undefined;
}

/** `PersistentVolumeClaim "www-web-0" is invalid: ...`, or undefined when valid. */
export function claimCreateError(claim: PersistentVolumeClaim): string | undefined {
  const causes = validateClaimCauses(claim);
  return causes.length
    ? apiErrorMessage({ reason: 'Invalid', kind: 'PersistentVolumeClaim', name: claim.metadata.name ?? '', causes })
    : undefined;
}
