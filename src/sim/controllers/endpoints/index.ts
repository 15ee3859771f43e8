export { endpointsController, desiredSubsets } from './endpointsController';
export { endpointSliceController } from './endpointSliceController';
