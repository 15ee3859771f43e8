// Node failure handling: public surface for the engine's controller registry.
export { nodeLifecycleController, NODE_MONITOR_GRACE_MS } from './nodeLifecycle';
export { taintEvictionController, DEFAULT_TOLERATION_SECONDS, minTolerationMs } from './taintEviction';
