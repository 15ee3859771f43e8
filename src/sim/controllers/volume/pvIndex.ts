// Mirrors kubernetes/kubernetes pkg/controller/volume/persistentvolume/index.go (findByClaim,
// allPossibleMatchingAccessModes) and util/util.go (FindMatchingVolume, checkVolumeSatisfyClaim).
// With a node (the scheduler's volume binder, FindPodVolumes) a volume's nodeAffinity must admit it; without one
// (the PV controller) a WaitForFirstConsumer claim only matches a volume pre-bound to it. Deviations: no
// VolumeAttributesClass; ties between equally small volumes go to the first by name (upstream: cache order).
import type { KObject } from '../../api/types';
import { selectorMatches } from '../../api/labels';
import { volumeFitsNode } from './nodeAffinity';
import {
  asPv, checkAccessModes, checkVolumeModeMismatches, claimRequestBytes, getClaimClass, getVolumeClass,
  isBeingDeleted, isVolumeBoundToClaim, volumeCapacityBytes, type PV, type PVC,
} from './volumeUtil';

/** A volume's index key: its exact access-mode set, sorted (`ReadWriteMany,ReadWriteOnce`). */
export const accessModesKey = (v: PV): string => [...new Set(v.spec?.accessModes ?? [])].sort().join(',');

/**
 * The access-mode groups that could satisfy the claim: every group whose set contains all the claim's modes,
 * fewest modes first (ties by name, for determinism).
 * @example allPossibleMatchingAccessModes(['ReadWriteOnce'], vols) // ['ReadWriteOnce', 'ReadWriteMany,ReadWriteOnce']
 */
export function allPossibleMatchingAccessModes(requested: readonly string[], volumes: readonly PV[]): string[] {
  if (!volumes.length) return [];
  const groups = [...new Set(volumes.map(accessModesKey))];
  const matching = groups.filter((g) => {
    const set = new Set(g.split(','));
    return requested.every((m) => set.has(m));
  });
  return matching.sort((a, b) => a.split(',').length - b.split(',').length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The best volume in one group (FindMatchingVolume): a volume pre-bound to this claim wins at once; otherwise
 * the smallest Available, unclaimed volume with enough capacity, the same volumeMode and class and labels that
 * satisfy the claim's selector. With delayBinding only pre-bound volumes are considered.
 */
export function findMatchingVolume(claim: PVC, volumes: readonly PV[], delayBinding: boolean, node?: KObject): PV | undefined {
  const requested = claimRequestBytes(claim);
  const requestedClass = getClaimClass(claim);
  const selector = claim.spec?.selector;
  let smallest: PV | undefined;
  for (const v of volumes) {
    const size = volumeCapacityBytes(v);
    if (size < requested) continue;
    if (checkVolumeModeMismatches(claim, v) || isBeingDeleted(v)) continue;
    const fitsNode = !node || volumeFitsNode(v, node);
    if (isVolumeBoundToClaim(v, claim)) return fitsNode ? v : undefined;
    if (delayBinding && !node) continue;
    if (!fitsNode) continue;
    if (v.status?.phase !== 'Available' || v.spec?.claimRef) continue;
    if (selector && !selectorMatches(selector, v.metadata.labels)) continue;
    if (getVolumeClass(v) !== requestedClass) continue;
    if (!smallest || volumeCapacityBytes(smallest) > size) smallest = v;
  }
  return smallest;
}

/**
 * findByClaim: search the access-mode groups in order and return the first group's best match.
 * @example findByClaim(claim, view.list('PersistentVolume'), false)?.metadata.name // 'test-0'
 */
export function findByClaim(claim: PVC, all: readonly KObject[], delayBinding: boolean, node?: KObject): PV | undefined {
  const byName = (a: PV, b: PV) => ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1);
  // A volume claimed by another claim can never match: drop those first (most volumes, in a busy cluster).
  const listed = all.map(asPv).filter((v) => !v.spec?.claimRef || isVolumeBoundToClaim(v, claim));
  // view.list is already sorted by key (= by name for PVs); sort only other inputs.
  const volumes = listed.every((v, i) => i === 0 || byName(listed[i - 1]!, v) < 0) ? listed : listed.sort(byName);
  const groups = new Map<string, PV[]>();
  for (const v of volumes) {
    const key = accessModesKey(v);
    const group = groups.get(key);
    if (group) group.push(v);
    else groups.set(key, [v]);
  }
  for (const key of allPossibleMatchingAccessModes(claim.spec?.accessModes ?? [], volumes)) {
    const best = findMatchingVolume(claim, groups.get(key) ?? [], delayBinding, node);
    if (best) return best;
  }
  return undefined;
}

/** Why a requested volume cannot serve a pre-bound claim (checkVolumeSatisfyClaim); undefined when it can. */
export function checkVolumeSatisfyClaim(v: PV, claim: PVC): string | undefined {
  if (isBeingDeleted(v)) return `the volume is marked for deletion "${v.metadata.name ?? ''}"`;
  if (volumeCapacityBytes(v) < claimRequestBytes(claim)) return 'requested PV is too small';
  if (getVolumeClass(v) !== getClaimClass(claim)) return 'storageClassName does not match';
  if (checkVolumeModeMismatches(claim, v)) return 'incompatible volumeMode';
  if (!checkAccessModes(claim, v)) return 'incompatible accessMode';
  return undefined;
}
