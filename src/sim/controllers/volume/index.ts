// The PV controller family's public face. Matching (index.go) lives in pvIndex.ts, binding in pvController.ts
// and syncVolume.ts, provisioning in provisioner.ts, reclaiming in reclaim.ts, the finalizers in protection.ts.
export { pvBinderController } from './pvControllerBase';
export { pvcProtectionController, pvProtectionController } from './protection';
export { findByClaim, findMatchingVolume, allPossibleMatchingAccessModes, checkVolumeSatisfyClaim } from './pvIndex';
export { getProvisionedVolumeNameForClaim } from './provisioner';
