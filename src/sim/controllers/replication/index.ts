export { replicationManager, asReplicaSet } from './replicationManager';
