// The registry of reason ids and the parameters each takes. Every "why" the engine gives is one of these; the
// texts live in the catalogues (./en.ts for English, src/ui/i18n/reasons.<lang>.ts for the others), which the
// type checker holds to exactly these ids. To add a reason: add its id and parameters here, its English in
// en.ts and its other languages in the UI catalogues (docs/i18n.md).
//
// Parameter kinds (aliases, so a translator knows what a value is):
import type { Reason } from './types';

/** An object's name (`web-0`, `www-web-0`, `node-2`): never translated. */
type Name = string;
/** A list of object names. */
type Names = readonly string[];
/** A number. */
type Count = number;
/**
 * Text kept as Kubernetes says it, in every language: phases, policies, images, field values, durations ("10s"),
 * API error messages.
 */
type Term = string;
/** A nested reason, rendered in the same language (optional ones render as nothing when absent). */
type Sub = Reason;
type Subs = readonly Reason[];

export interface ReasonParams {
  // Generic
  /** Several reasons of one sync, as clauses ("a; b"). */
  'clauses': { parts: Subs };

  // StatefulSet controller (statefulset/why.ts and its callers)
  'sts.notReady': { pod: Name };
  'sts.notRunningReady': { pod: Name; phase: Term };
  'sts.stillTerminating': { pod: Name };
  'sts.readyNotAvailable': { pod: Name; minReadySeconds: Count };
  'sts.recreateFailedPod': { pod: Name; phase: Term };
  'sts.waitTerminatingRecreate': { pod: Name; policy: Term };
  'sts.claimsFailed': { pod: Name; error: Term };
  'sts.createFailed': { pod: Name; error: Term };
  'sts.staleClaim': { pod: Name; claim: Name };
  'sts.alreadyExists': { pod: Name; set: Name };
  'sts.notCreatedYet': { pod: Name; reason: Sub; policy: Term };
  'sts.scaleDownOfWaits': { pod: Name; reason: Sub; policy: Term };
  'sts.updateWaitsFor': { reason: Sub; policy: Term };
  'sts.waiting': { reason: Sub };
  'sts.condemnedWaits': { next: Name; pod: Name; policy: Term };
  'sts.waitTerminating': { pod: Name; policy: Term };
  'sts.scaleDownWaitsUnhealthy': { reason: Sub };
  'sts.scaleDownWaitsAvailable': { pod: Name; minReadySeconds: Count };
  'sts.fixedInPlace': { pod: Name; set: Name };
  'sts.beingDeleted': { set: Name };
  'sts.claimsKept': { claims: Names };
  'sts.claimsDeleted': { claims: Names };
  'sts.atUpdateRevision': { revision: Name };
  'sts.atCurrentRevision': { revision: Name };
  'sts.createdClaimsAndPods': { claims: Names; pods: Names };
  'sts.createdPods': { pods: Names };
  'sts.createdAtOnce': { what: Sub; policy: Term };
  'sts.reusingClaims': { claims: Names };
  'sts.firstOrdinal': Record<string, never>;
  'sts.previousReady': { pod: Name; minReadySeconds: Count };
  'sts.createdInOrder': { what: Sub; revision?: Sub; reuse?: Sub; reason: Sub; policy: Term };
  'sts.deletedBelowStart': { pods: Names; start: Count; claims?: Sub };
  'sts.scaledDownOrdered': { pods: Names; replicas: Count; last: Count; claims?: Sub };
  'sts.scaledDownAtOnce': { pods: Names; policy: Term; replicas: Count; last: Count; claims?: Sub };
  'sts.updatingOrdered': { pods: Names; revision: Name; partition: Count };
  'sts.updatingMaxUnavailable': { pods: Names; revision: Name; maxUnavailable: Count; partition: Count };
  'sts.updateWaitsReady': { pod: Name; minReadySeconds: Count; revision: Name };
  'sts.maxUnavailableWaits': { pods: Names; max: Count };
  'sts.partitionStops': { pods: Names; revision: Name; partition: Count };
  'sts.onDeleteKeeps': { pods: Names; revision: Name };
  'sts.atRevision': { revision: Name };
  'sts.nothingToDo': { set: Name; ready: Count; replicas: Count; revision?: Sub };
  'sts.readyCount': { set: Name; ready: Count; replicas: Count };
  'sts.adoptedPod': { pod: Name; set: Name };
  'sts.releasedPod': { pod: Name; set: Name };
  'sts.adoptedRevision': { revision: Name; set: Name };
  'sts.reusedRevision': { revision: Name; next: Count; old: Count };
  'sts.createdRevision': { revision: Name; next: Count };

  // Engine and user actions
  'engine.event': { reason: Term; message: Term };
  'engine.nothingChanged': Record<string, never>;
  'engine.refused': { said: Sub; errors: readonly string[] };
  'engine.changed': { kind: Term; name: Name; change: 'ADDED' | 'MODIFIED' | 'DELETED'; more: Count };
  /** The timeline's limits (timeline/timeline.ts MAX_FRAMES, MAX_EVENTS_PER_RUN); `frames`/`events` formatted. */
  'timeline.full': { frames: Term };
  'timeline.unsettled': { events: Term };
  'timeline.cancelled': { at: Term };
  'user.command': { command: Term; items: Subs };
  'user.nothingToDo': { command: Term };
  'user.itemDone': { object: Name; outcome: Term };
  'user.itemFailed': { object: Name; error: Term };

  // kubelet
  'kubelet.gone': { key: Name };
  'kubelet.notScheduled': { pod: Name };
  'kubelet.nodeDown': { pod: Name; node: Name };
  'kubelet.finished': { pod: Name; phase: Term };
  'kubelet.removed': { pod: Name };
  'kubelet.removedNeverStarted': { pod: Name };
  'kubelet.ignoresSigterm': { pod: Name; container: Name; grace: Count };
  'kubelet.sentSigterm': { pod: Name; container: Name };
  'kubelet.killedAfterGrace': { pod: Name; container: Name; grace: Count };
  'kubelet.exitedWithError': { pod: Name; code: Count };
  'kubelet.exitedOnSigterm': { pod: Name; container: Name };
  'kubelet.podStatus': {
    pod: Name; state: 'Pending' | 'Initializing' | 'Succeeded' | 'Failed' | 'Ready' | 'NotReady'; what: Sub; ip?: Sub;
    /** With state Initializing: the init container being run (1-based), how many there are, its name. */
    init?: Count; inits?: Count; initName?: Name;
  };
  'kubelet.noContainers': Record<string, never>;
  'kubelet.podIp': { ip: Term };
  'kubelet.pulling': { image: Term };
  'kubelet.pullFailing': { image: Term; failures: Count };
  'kubelet.configError': { container: Name; error: Term };
  'kubelet.pulledStarted': { image: Term; duration: Term };
  'kubelet.exitedNoRestart': { container: Name; policy: Term };
  'kubelet.restarted': { container: Name; restart: Count };
  'kubelet.crashLoop': { container: Name; delay: Term };
  'kubelet.exitedCode': { container: Name; code: Count };
  'kubelet.runningReady': { container: Name };
  'kubelet.probeFailing': { container: Name };
  'kubelet.probePending': { container: Name };
  'kubelet.mountFailing': { pod: Name; volume: Name; error: Term };
  'kubelet.startError': { container: Name; error: Term };
  'kubelet.exitedAtOnce': { container: Name; code: Count };
  'kubelet.processExited': { container: Name; code: Count };
  'kubelet.probeCannotPass': { container: Name; program: Term };

  // scheduler
  'sched.gone': { key: Name };
  'sched.notNeeded': { pod: Name };
  'sched.claimProvisioning': { pod: Name; claim: Name; node: Name };
  'sched.noNode': { pod: Name; misfit: Term };
  'sched.noNodes': { pod: Name };
  'sched.chosenAwaitingClaims': { pod: Name; node: Name; claims: Names };
  'sched.chosenBindVolumes': { pod: Name; node: Name; parts: Subs };
  'sched.reservedPvs': { pairs: Subs };
  'sched.pvForClaim': { volume: Name; claim: Name };
  'sched.askedProvision': { claims: Names };
  'sched.scheduled': { pod: Name; node: Name };
  'sched.claimMissing': { pod: Name; claim: Name };
  'sched.claimDeleting': { pod: Name; claim: Name };
  'sched.claimUnbound': { pod: Name; claim: Name };

  // Volumes: provisioner, PV binder (claims and volumes), reclaim, protection
  'pv.defaultClass': { name: Name };
  'pv.class': { name: Name };
  'pv.itsClass': Record<string, never>;
  'pv.provisioner': { provisioner: Term };
  'pv.classMissing': { claim: Name; className: Name };
  'pv.provisioning': { claim: Name; storageClass: Sub; provisioner: Term };
  'pv.waitsForNewVolume': { claim: Name; volume: Name };
  'pv.provisioned': { volume: Name; provisioner: Term; claim: Name; storageClass: Sub; policy: Term };
  'pv.noProvisioner': { claim: Name; storageClass: Sub; provisioner: Term };
  'pvc.boundProvisioned': { claim: Name; volume: Name; by: Sub };
  'pvc.boundByName': { claim: Name; volume: Name };
  'pvc.boundReserved': { claim: Name; volume: Name };
  'pvc.boundSmallest': { claim: Name; volume: Name };
  'pvc.deletingNotBound': { claim: Name };
  'pvc.getsDefaultClass': { claim: Name; storageClass: Sub };
  'pvc.waitForFirstConsumer': { claim: Name; storageClass: Sub };
  'pvc.noMatchNoClass': { claim: Name };
  'pvc.namedVolumeMissing': { claim: Name; volume: Name };
  'pvc.namedVolumeMismatch': { claim: Name; volume: Name; error: Term };
  'pvc.namedVolumeTaken': { claim: Name; volume: Name; other: Name };
  'pvc.lostVolumeGone': { claim: Name; volume: Name };
  'pvc.lostMisbound': { claim: Name; volume: Name; other: Name };
  'pv.available': { volume: Name };
  'pv.reserved': { volume: Name; claim: Name };
  'pv.bound': { volume: Name; claim: Name };
  'pv.unbound': { volume: Name; claim: Name; other: Name };
  'pv.keepsClaimRef': { volume: Name; claim: Name; other: Name };
  'pv.retained': { volume: Name; claim: Name };
  'pv.deleteFailed': { volume: Name; claim: Name; error: Term };
  'pv.deleted': { volume: Name; claim: Name };
  'pv.recycleFailed': { volume: Name; error: Term };
  'pv.recycled': { volume: Name; claim: Name };
  'pv.failed': { volume: Name; error: Term };
  'protect.added': { kind: 'PVC' | 'PV'; name: Name; finalizer: Term };
  'protect.kept': { kind: 'PVC' | 'PV'; name: Name; finalizer: Term; users: Subs };
  'protect.removed': { kind: 'PVC' | 'PV'; name: Name; finalizer: Term };
  'protect.podUses': { pod: Name };
  'protect.stillBound': { claim: Name };

  // Garbage collector (object and owner values are "Kind name", e.g. "StatefulSet web")
  'gc.claimRetained': { claim: Name };
  'gc.keptByOwner': { object: Name; owner: Name; gone: Names };
  'gc.deletedForeground': { object: Name; owner: Name };
  'gc.deletedBackground': { object: Name; owner: Name };
  'gc.ownerDeleted': { object: Name };
  'gc.ownerWaits': { object: Name; dependents: Names };
  'gc.orphaned': { object: Name; orphans?: Sub };
  'gc.orphansStay': { objects: Names };

  // Endpoints and EndpointSlices
  'ep.someOf': { pods: Names; more: Count };
  'ep.nowReady': { pods: Sub };
  'ep.noLongerReady': { pods: Sub };
  'ep.addressesUpdated': Record<string, never>;
  'ep.updated': { service: Name; changes: Subs };
  'ep.deleted': { service: Name };
  'ep.created': { service: Name };
  'slice.created': { slice: Name; service: Name };
  'slice.updated': { slice: Name; service: Name; endpoints: Count; ready: Count };
  'slice.packedCreated': { created: Names; service: Name; endpoints: Count; ready: Count; slices: Count; max: Count };
  'slice.packedUpdated': { service: Name; endpoints: Count; ready: Count; slices: Count; max: Count };

  // Node lifecycle and taint eviction
  'node.notReady': { node: Name; seconds: Count };
  'node.gone': { key: Name };
  'node.heartbeatStopped': { node: Name };
  'node.ready': { node: Name };
  'node.readyAgain': { node: Name };
  'taint.tolerates': { pod: Name; node: Name; seconds: Count };
  'taint.evicted': { pod: Name; node: Name };

  // ReplicaSet controller
  'rs.created': { rs: Name; pods: Names; have: Count; want: Count };
  'rs.deleted': { rs: Name; pods: Names; have: Count; want: Count };
  'rs.adopted': { rs: Name; pods: Names };
  'rs.createRefused': { rs: Name; error: Term };
  // ReplicationController (the ReplicaSet controller run for a ReplicationController)
  'rc.created': { rs: Name; pods: Names; have: Count; want: Count };
  'rc.deleted': { rs: Name; pods: Names; have: Count; want: Count };
  'rc.adopted': { rs: Name; pods: Names };
  'rc.createRefused': { rs: Name; error: Term };

  // Pod garbage collector (podgc/gc_controller.go)
  'podgc.orphaned': { pod: Name; node: Name };

  // Deployment controller
  'deploy.emptySelector': { deployment: Name };
  'deploy.beingDeleted': { deployment: Name };
  'deploy.paused': { deployment: Name };
  'deploy.scaled': { deployment: Name; replicas: Count };
  'deploy.status': { deployment: Name; updated: Count; replicas: Count; available: Count };
  'deploy.releasedRs': { rs: Name };
  'deploy.adoptedRs': { rs: Name };
  'deploy.scaledUpFirst': { rs: Name; replicas: Count };
  'deploy.newRsCreated': { rs: Name; replicas: Count; maxUnavailable: Count; maxSurge: Count; total: Count };
  'deploy.newRsScaledDown': { rs: Name; replicas: Count };
  'deploy.newRsScaledUp': { rs: Name; replicas: Count; maxUnavailable: Count; maxSurge: Count; total: Count };
  'deploy.oldRsUnhealthyRemoved': { rs: Name; replicas: Count; removed: Count; maxUnavailable: Count; maxSurge: Count };
  'deploy.oldRsScaledDown': { rs: Name; replicas: Count; maxUnavailable: Count; maxSurge: Count; available: Count; minAvailable: Count };
  'deploy.recreateScaledDown': { rs: Name };
  'deploy.recreateWaiting': { running: Count };
  'deploy.recreateCreated': { rs: Name; replicas: Count };
  'deploy.recreateScaledUp': { rs: Name; replicas: Count };
  'deploy.onlyRsScaled': { rs: Name; from: Count; replicas: Count };
  'deploy.saturatedOldScaledDown': { rs: Name; replicas: Count };
  'deploy.sizeChange': { rs: Name; from: Count; to: Count };
  'deploy.proportional': { replicas: Count; count: Count; direction: 'added' | 'removed'; sizes: Subs };
  'deploy.historyCleaned': { rs: Name; limit: Count };
  'deploy.deadlineExceeded': { object: Name; seconds: Count };
  'deploy.rsReused': { rs: Name; old: Term; revision: Term };
  'deploy.hashCollision': { rs: Name; collisionCount: Count };

  // Namespace controller
  'ns.gone': Record<string, never>;
  'ns.active': { namespace: Name };
  'ns.deletingContent': { namespace: Name; count: Count; kinds: Names };
  'ns.finalized': { namespace: Name };

  // Disruption controller (PodDisruptionBudget status)
  'pdb.status': { pdb: Name; healthy: Count; expected: Count; desired: Count; allowed: Count };
}
