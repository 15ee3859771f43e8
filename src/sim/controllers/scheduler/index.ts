// The default scheduler: public surface for the engine's controller registry.
export { schedulerController, needsScheduling } from './scheduler';
export { fitErrorMessage, nodeMisfit, tolerates, isNodeReady } from './predicates';
export { SELECTED_NODE } from './volumeBinding';
