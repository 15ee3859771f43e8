// The Deployment controller: public surface for the engine's controller registry.
export { deploymentController } from './deploymentController';
export { computeHash, equalIgnoreHash, POD_TEMPLATE_HASH_LABEL } from './hash';
export { resolveFenceposts, maxSurge, maxUnavailable } from './fenceposts';
export {
  REVISION_ANNOTATION, REVISION_HISTORY_ANNOTATION, DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION, revisionOf,
} from './annotations';
