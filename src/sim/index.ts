// Public API of the Podium engine. Clients (kubectl, store, CLI) import only from here.
export type * from './api/types';
export type * from './engine/types';
export type { ApiError, FieldCause } from './api/errors';
export { apiErrorMessage } from './api/errors';
export type { ClusterView, ApiAction, ReconcileResult, Controller } from './controllers/types';
export { RESOURCES, resourceOf, qualifiedResource, kubectlKindPrefix, apiVersionOf, isKnownKind, findResource } from './api/resources';
export type { ResourceInfo } from './api/resources';
export { objectKey, keyOf, refOfKey, keyOfRef, kindOfKey } from './api/keys';
export { createCluster, DEFAULT_CONFIG } from './engine/cluster';
export { submit, step, runUntil, runUntilStable, runUntilHolds } from './engine/run';
export type { RunOptions } from './engine/run';
export type { RecordedAction, WorkspaceLog, ActResult } from './timeline/types';
export { createTimeline, timelineFromLog, act, extend, snapshotAt, frameIndexAt } from './timeline/timeline';
export type { Timeline } from './timeline/timeline';
export * from './dns';
export type { Reason, ReasonId, ReasonParams, ReasonValue, ReasonCatalogue } from './reasons';
export { reason, renderReason, renderWith, placeholdersOf, englishReasons } from './reasons';
