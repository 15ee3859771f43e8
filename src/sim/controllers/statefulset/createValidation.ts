// What the API server answers when the controller creates a pod or claim from an (unvalidated) StatefulSet
// template (reference §2.2: the STS pod template and claim templates are NOT validated at admission, so errors
// surface as FailedCreate events). The full create path a user's object takes (strict decoding, defaulting,
// admission, validation of metadata and spec), so e.g. a controller-revision-hash label longer than 63
// characters is refused as it is on a real cluster.
import { apiErrorMessage } from '../../api/errors';
import { admitCreateRemembered } from '../../apiserver/admission';
import { NONE_PENDING, type PendingCreates } from '../../apiserver/admission/podiumLimits';
import type { ClusterView } from '../types';
import type { PersistentVolumeClaim, Pod } from './k8sTypes';
import { untyped } from './k8sTypes';

/** The API server's error message for creating `obj` now, or undefined when it would be admitted. */
function createError(obj: Pod | PersistentVolumeClaim, view: ClusterView, pending: PendingCreates): string | undefined {
  const admitted = admitCreateRemembered(untyped(obj), view, pending);
  return admitted.ok ? undefined : apiErrorMessage(admitted.error);
}

/** `Pod "web-0" is invalid: ...`, or undefined when valid. */
export const podCreateError = (pod: Pod, view: ClusterView, pending: PendingCreates = NONE_PENDING): string | undefined => createError(pod, view, pending);

/** `PersistentVolumeClaim "www-web-0" is invalid: ...`, or undefined when valid. */
export const claimCreateError = (claim: PersistentVolumeClaim, view: ClusterView, pending: PendingCreates = NONE_PENDING): string | undefined => createError(claim, view, pending);
