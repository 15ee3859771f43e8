// Public API of Podium's kubectl: one implementation shared by the page console, the editor and the `podium` CLI.
export type { KubectlEnv, KubectlOutput, KubectlPlan } from './types';
export { planKubectl } from './plan';
export { printWatchRow, createWatchPrinter } from './watch';
export type { WatchPrinter } from './watch';
export { parseManifests } from './manifest';
export type { ManifestParse, ManifestDoc, Problem } from './manifest';
export { locateField } from './locate';
export { formatApiError } from './errors';
export { humanDuration, msOfIso, isoOfMs } from './printers/duration';
export { podStatus } from './printers/pods';
export { pipeOutput, PIPE_TOOLS } from './pipe/index';
export type { PipeStage } from './pipe/index';
export { blockStart, blockChange, blockTimeout, blockDeadline, blockDue, blockAct, blockActResult } from './block/progress';
export type { BlockState, ObjectChange } from './block/progress';
export { isRunPodRunning, runOneShot, runEpilogue, deletePodRequest } from './shell/runFollow';
export type { FollowUp, BlockSpec, BlockTarget } from './shell/session';
