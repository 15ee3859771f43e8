// The controllers the simulated control plane runs, in a fixed order (ties in the queue break by sequence).
import type { Controller } from '../controllers/types';
import { statefulSetController } from '../controllers/statefulset';
import { kubeletController } from '../controllers/kubelet';
import { pvBinderController, pvcProtectionController, pvProtectionController } from '../controllers/volume';
import { endpointsController, endpointSliceController } from '../controllers/endpoints';

export const CONTROLLERS: readonly Controller[] = [
  statefulSetController,
  pvBinderController,
  pvcProtectionController,
  pvProtectionController,
  kubeletController,
  endpointsController,
  endpointSliceController,
];
