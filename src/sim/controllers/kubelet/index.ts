// The kubelet: public surface for the engine (controller registry and fault handler).
export { kubeletController, isNodeDown, podsOnNode } from './kubelet';
export { crashPod, evictPod } from './faults';
export { isoOf, msOfIso, stampedMs } from './time';
