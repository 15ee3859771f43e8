import { describe, expect, it } from 'vitest';
import { fakeView } from '../../../testing/fakeView';
import type { KObject } from '../../api/types';
import { pvProtectionController, pvcProtectionController } from './index';
import { podUsing, pv, pvc } from './testObjects';
import { renderReason } from '../../reasons';

const PVC_KEY = 'PersistentVolumeClaim/default/www-web-0';
const ctx = { random: () => 0, allocatePodIp: () => '', newUid: () => '' };
const deletingClaim = pvc('www-web-0', { deleting: true, finalizers: ['kubernetes.io/pvc-protection'] });
const runPvc = (objs: KObject[]) => pvcProtectionController.reconcile(PVC_KEY, fakeView(objs), ctx);

describe('pvc-protection (F§5.7)', () => {
  it('keeps a deleting claim while a scheduled, running pod uses it', () => {
    const r = runPvc([deletingClaim, podUsing('web-0', ['www-web-0'])]);
    expect(r.actions).toEqual([]);
    expect(renderReason(r.why)).toBe('PVC www-web-0 is Terminating but kept: Pod web-0 still uses it (finalizer kubernetes.io/pvc-protection)');
  });

  it('keeps it while a Completed or Error pod object still names it (podUsesPVC ignores the phase)', () => {
    for (const phase of ['Succeeded', 'Failed']) {
      const r = runPvc([deletingClaim, podUsing('web-0', ['www-web-0'], { phase })]);
      expect(r.actions).toEqual([]);
      expect(renderReason(r.why)).toContain('Pod web-0 still uses it');
    }
  });

  it('removes the finalizer (an update) once no scheduled pod object names it', () => {
    for (const objs of [[deletingClaim], [deletingClaim, podUsing('web-0', ['www-web-0'], { node: '' })], [deletingClaim, podUsing('web-0', ['other'])]]) {
      const r = runPvc(objs);
      expect(r.actions).toHaveLength(1);
      expect(r.actions[0]).toMatchObject({ type: 'update' });
      expect((r.actions[0] as { object: KObject }).object.metadata.finalizers).toEqual([]);
    }
  });

  it('adds a missing finalizer to a live claim', () => {
    const r = runPvc([pvc('www-web-0')]);
    expect((r.actions[0] as { object: KObject }).object.metadata.finalizers).toEqual(['kubernetes.io/pvc-protection']);
  });

  it('a pod going away re-checks the deleting claims it used', () => {
    const pod = podUsing('web-0', ['www-web-0', 'other']);
    expect(pvcProtectionController.keysFor({ type: 'DELETED', key: 'Pod/default/web-0', object: pod }, fakeView([deletingClaim, pvc('other')]))).toEqual([PVC_KEY]);
  });
});

describe('pv-protection', () => {
  const run = (v: KObject) => pvProtectionController.reconcile('PersistentVolume//a', fakeView([v]), ctx);
  it('keeps a deleting volume while it is Bound', () => {
    const r = run(pv('a', { deleting: true, phase: 'Bound', claimRef: { name: 'c', uid: 'u' }, finalizers: ['kubernetes.io/pv-protection'] }));
    expect(r.actions).toEqual([]);
    expect(renderReason(r.why)).toContain('still Bound to claim default/c');
  });
  it('lets a Released or Available volume go', () => {
    const r = run(pv('a', { deleting: true, phase: 'Released', finalizers: ['kubernetes.io/pv-protection'] }));
    expect((r.actions[0] as { object: KObject }).object.metadata.finalizers).toEqual([]);
  });
});
