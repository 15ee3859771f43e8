// Test-only stand-in for src/sim/index.ts: the pure API helpers kubectl uses at runtime, without loading the
// engine (which other work may have half-written at any moment). Test files do:
//   vi.mock('../sim/index', () => import('./testing/simApi'))
export { apiErrorMessage } from '../../sim/api/errors';
export { RESOURCES, resourceOf, qualifiedResource, kubectlKindPrefix, apiVersionOf, isKnownKind, findResource } from '../../sim/api/resources';
export { objectKey, keyOf, refOfKey, keyOfRef, kindOfKey } from '../../sim/api/keys';
export { processLog } from '../../sim/controllers/kubelet/process';
export { encodeBase64, decodeBase64 } from '../../sim/util/base64';
export { toolboxOf, hasCommand } from '../../sim/cluster/imageContents';
