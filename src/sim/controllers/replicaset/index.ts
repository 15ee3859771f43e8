export { replicaSetController } from './replicaSetController';
export { podFromTemplate, isPodAvailable, isPodReady, isActive, NAME_ALPHABET } from './podControl';
