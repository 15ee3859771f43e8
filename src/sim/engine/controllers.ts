// The controllers the simulated control plane runs, in a fixed order (ties in the queue break by sequence).
import type { Controller } from '../controllers/types';
import { statefulSetController } from '../controllers/statefulset';
import { kubeletController } from '../controllers/kubelet';
import { pvBinderController, pvcProtectionController, pvProtectionController } from '../controllers/volume';
import { endpointsController, endpointSliceController } from '../controllers/endpoints';
import { schedulerController } from '../controllers/scheduler';
import { garbageCollector } from '../controllers/gc';
import { replicaSetController } from '../controllers/replicaset';
import { replicationManager } from '../controllers/replication';
import { deploymentController } from '../controllers/deployment';
import { nodeLifecycleController, taintEvictionController } from '../controllers/nodelifecycle';
import { namespaceController } from '../controllers/namespace';
import { disruptionController } from '../controllers/disruption';
import { podGcController } from '../controllers/podgc/gcController';

export const CONTROLLERS: readonly Controller[] = [
  statefulSetController,
  deploymentController,
  replicaSetController,
  schedulerController,
  pvBinderController,
  pvcProtectionController,
  pvProtectionController,
  kubeletController,
  endpointsController,
  endpointSliceController,
  garbageCollector,
  nodeLifecycleController,
  podGcController,
  taintEvictionController,
  namespaceController,
  disruptionController,
  replicationManager,
];
