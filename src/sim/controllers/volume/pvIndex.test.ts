import { describe, expect, it } from 'vitest';
import { allPossibleMatchingAccessModes, checkVolumeSatisfyClaim, findByClaim } from './pvIndex';
import { asPv, asPvc } from './volumeUtil';
import { pv, pvc } from './testObjects';

const find = (claim = pvc('c'), vols = [pv('a')], delay = false) => findByClaim(asPvc(claim), vols, delay)?.metadata.name;

describe('findByClaim (F§5.2)', () => {
  it('picks the smallest Available volume with enough capacity', () => {
    const vols = [pv('big', { size: '10Gi' }), pv('small', { size: '500Mi' }), pv('mid', { size: '2Gi' })];
    expect(find(pvc('c', { size: '1Gi' }), vols)).toBe('mid');
    expect(find(pvc('c', { size: '3Gi' }), vols)).toBe('big');
    expect(find(pvc('c', { size: '20Gi' }), vols)).toBeUndefined();
  });

  it('breaks ties by name: the seed\'s three 1Gi hostPath PVs bind test-0 first', () => {
    expect(find(pvc('www-statefulset-test-0'), [pv('test-2'), pv('test-0'), pv('test-1')])).toBe('test-0');
  });

  it('searches access-mode groups fewest modes first: group order beats size', () => {
    const vols = [pv('rwo-rwx-5', { size: '5Gi', modes: ['ReadWriteOnce', 'ReadWriteMany'] }), pv('rwo-10', { size: '10Gi' })];
    expect(find(pvc('c'), vols)).toBe('rwo-10');
    expect(find(pvc('c', { modes: ['ReadWriteMany'] }), vols)).toBe('rwo-rwx-5');
    expect(allPossibleMatchingAccessModes(['ReadWriteOnce'], vols.map(asPv))).toEqual(['ReadWriteOnce', 'ReadWriteMany,ReadWriteOnce']);
  });

  it('falls through to a larger mode group when the first has no fit', () => {
    const vols = [pv('rwo-1', { size: '1Gi' }), pv('both-5', { size: '5Gi', modes: ['ReadWriteOnce', 'ReadOnlyMany'] })];
    expect(find(pvc('c', { size: '2Gi' }), vols)).toBe('both-5');
  });

  it('matches storageClassName exactly: unset and "" both mean no class', () => {
    const vols = [pv('none'), pv('manual', { cls: 'manual' })];
    expect(find(pvc('c', { cls: '' }), vols)).toBe('none');
    expect(find(pvc('c'), vols)).toBe('none');
    expect(find(pvc('c', { cls: 'manual' }), vols)).toBe('manual');
    expect(find(pvc('c', { cls: 'standard' }), vols)).toBeUndefined();
  });

  it('honours the claim selector', () => {
    const vols = [pv('a', { labels: { type: 'local' } }), pv('b', { labels: { type: 'ssd' } })];
    expect(find(pvc('c', { selector: { matchLabels: { type: 'ssd' } } }), vols)).toBe('b');
    expect(find(pvc('c', { selector: { matchLabels: { type: 'nvme' } } }), vols)).toBeUndefined();
  });

  it('skips claimed, non-Available, deleting and volumeMode-mismatched volumes', () => {
    expect(find(pvc('c'), [pv('a', { claimRef: { name: 'other', uid: 'x' } })])).toBeUndefined();
    expect(find(pvc('c'), [pv('a', { phase: 'Released' })])).toBeUndefined();
    expect(find(pvc('c'), [pv('a', { deleting: true })])).toBeUndefined();
    expect(find(pvc('c'), [pv('a', { volumeMode: 'Block' })])).toBeUndefined();
    expect(find(pvc('c', { volumeMode: 'Block' }), [pv('a', { volumeMode: 'Block' })])).toBe('a');
  });

  it('returns a volume pre-bound to the claim at once, even if larger and not Available', () => {
    const vols = [pv('small'), pv('reserved', { size: '5Gi', phase: 'Pending', claimRef: { name: 'c' } })];
    expect(find(pvc('c'), vols)).toBe('reserved');
    expect(find(pvc('c'), [pv('reserved', { claimRef: { name: 'c', uid: 'someone-else' } })])).toBeUndefined();
  });

  it('with delayed binding (WaitForFirstConsumer) only pre-bound volumes are considered', () => {
    expect(find(pvc('c'), [pv('a')], true)).toBeUndefined();
    expect(find(pvc('c'), [pv('a', { claimRef: { name: 'c', uid: 'uid-c' } })], true)).toBe('a');
  });
});

describe('checkVolumeSatisfyClaim', () => {
  const check = (v = pv('pv1'), c = pvc('c')) => checkVolumeSatisfyClaim(asPv(v), asPvc(c));
  it('explains mismatches in upstream words', () => {
    expect(check(pv('pv1', { size: '500Mi' }))).toBe('requested PV is too small');
    expect(check(pv('pv1', { cls: 'fast' }))).toBe('storageClassName does not match');
    expect(check(pv('pv1', { volumeMode: 'Block' }))).toBe('incompatible volumeMode');
    expect(check(pv('pv1', { modes: ['ReadOnlyMany'] }))).toBe('incompatible accessMode');
    expect(check(pv('pv1', { deleting: true }))).toBe('the volume is marked for deletion "pv1"');
    expect(check()).toBeUndefined();
  });
});

describe('WaitForFirstConsumer with a selected node', () => {
  const node = (name: string) => ({ apiVersion: 'v1', kind: 'Node', metadata: { name, labels: { 'kubernetes.io/hostname': name } } });
  const pinned = (name: string, host: string) => {
    const v = pv(name);
    return { ...v, spec: { ...(v.spec as object), nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [host] }] }] } } } };
  };
  it('matches only volumes whose nodeAffinity admits the node', () => {
    const vols = [pinned('on-1', 'node-1'), pinned('on-2', 'node-2')];
    expect(findByClaim(asPvc(pvc('c')), vols, true, node('node-2'))?.metadata.name).toBe('on-2');
    expect(findByClaim(asPvc(pvc('c')), vols, true, node('node-3'))).toBeUndefined();
    expect(findByClaim(asPvc(pvc('c')), [pv('anywhere')], true, node('node-3'))?.metadata.name).toBe('anywhere');
  });
});
