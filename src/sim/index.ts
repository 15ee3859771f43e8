// Public API of the Podium engine. Clients (kubectl, store, CLI) import only from here.
export type * from './api/types';
export type * from './engine/types';
export type { ApiError, FieldCause } from './api/errors';
export { apiErrorMessage } from './api/errors';
export type { ClusterView, ApiAction, ReconcileResult, Controller } from './controllers/types';
export { RESOURCES, resourceOf, qualifiedResource, kubectlKindPrefix, apiVersionOf, isKnownKind, findResource } from './api/resources';
export type { ResourceInfo } from './api/resources';
export { objectKey, keyOf, refOfKey, keyOfRef, kindOfKey } from './api/keys';
