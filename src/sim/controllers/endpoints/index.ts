export { endpointsController } from './endpointsController';
export { endpointSliceController } from './endpointSliceController';
