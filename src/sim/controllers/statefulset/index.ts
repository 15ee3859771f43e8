// The StatefulSet controller (kube-controller-manager's statefulset-controller), for the engine to register.
export { statefulSetController, keysFor, reconcile } from './statefulSetController';
export * as statefulSetInvariants from './invariants';
