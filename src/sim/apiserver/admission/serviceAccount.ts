// The ServiceAccount admission plugin's existence check (plugin/pkg/admission/serviceaccount/admission.go):
// a pod created with a serviceAccountName that does not exist in its namespace is refused, Forbidden, with
// `error looking up service account NS/NAME: serviceaccount "NAME" not found`. For `default` the plugin retries
// the lookup while the serviceaccounts controller creates it, so it never refuses one in a live namespace.
// Deviation: the `default` ServiceAccounts are not stored (kubectl get sa does not list them), see fidelity.md.
// Not modelled: the projected token volume the plugin adds, mountable-secret checks.
import type { ApiError } from '../../api/errors';
import type { KObject } from '../../api/types';
import type { ClusterView } from '../../controllers/types';
import { objectKey } from '../../api/keys';

export function serviceAccountRefusal(pod: KObject, view: ClusterView): ApiError | undefined {
  if (pod.kind !== 'Pod') return undefined;
  const ns = pod.metadata.namespace ?? 'default';
  const sa = (pod.spec as { serviceAccountName?: string } | undefined)?.serviceAccountName ?? 'default';
  if (sa === 'default' || view.get(objectKey('ServiceAccount', ns, sa))) return undefined;
  // A controller's pod has no name yet when admitted (the name is generated after admission): the message names
  // the generateName, as extractResourceName does.
  const byController = pod.metadata.ownerReferences?.some((r) => r.controller) && pod.metadata.generateName;
  const name = (byController ? pod.metadata.generateName : pod.metadata.name || pod.metadata.generateName) ?? '';
  return { reason: 'Forbidden', message: `pods "${name}" is forbidden: error looking up service account ${ns}/${sa}: serviceaccount "${sa}" not found` };
}
