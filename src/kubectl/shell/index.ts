// The simulated container shell: what `kubectl exec` and `kubectl run -it` talk to.
export type { FollowUp, ShellTarget, WatchSpec } from './session';
export { findContainer } from './target';
export type { FoundContainer } from './target';
export { shellLine, execArgv, execFailure } from './shell';
export type { ShellLineResult } from './shell';
export type { ContainerContext } from './programs';
export { toolboxOf, hasCommand, promptOf } from './images';
export { podHostname, podFqdn, hostsFile } from './files';
export { nslookup } from './nslookup';
export { dig } from './dig';
export { isRunPodRunning, runOneShot, runEpilogue, deletePodRequest } from './runFollow';
