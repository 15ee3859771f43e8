import { describe, expect, it } from 'vitest';
import {
  getParentNameAndOrdinal, getPersistentVolumeClaimName, getPodName, identityMatches, isRunningAndAvailable,
  isRunningAndReady, podInOrdinalRange, storageMatches,
} from './statefulSetUtils';
import { getStatefulSetMaxUnavailable } from './statefulSetSpec';
import { msOfIso } from '../../engine/time';
import { EPOCH_ISO, pod, sts } from './stsFixtures';
import { newStatefulSetPod, newVersionedStatefulSetPod } from './statefulSetPods';

describe('names and ordinals', () => {
  it('parses parent and ordinal like the upstream regex', () => {
    expect(getParentNameAndOrdinal('web-0')).toEqual(['web', 0]);
    expect(getParentNameAndOrdinal('my-db-12')).toEqual(['my-db', 12]);
    expect(getParentNameAndOrdinal('web')).toEqual(['', -1]);
    expect(getParentNameAndOrdinal('web-x')).toEqual(['', -1]);
  });
  it('builds pod and claim names', () => {
    const set = sts();
    expect(getPodName(set, 3)).toBe('web-3');
    expect(getPersistentVolumeClaimName(set, 'www', 3)).toBe('www-web-3');
  });
  it('ordinal range honours spec.ordinals.start', () => {
    const set = sts({ start: 5, replicas: 2 });
    expect(podInOrdinalRange(pod(set, 5), set)).toBe(true);
    expect(podInOrdinalRange(pod(set, 6), set)).toBe(true);
    expect(podInOrdinalRange(pod(set, 7), set)).toBe(false);
    expect(podInOrdinalRange(pod(set, 4), set)).toBe(false);
  });
});

describe('pod predicates', () => {
  it('Running and Ready needs both', () => {
    const set = sts();
    expect(isRunningAndReady(pod(set, 0))).toBe(true);
    expect(isRunningAndReady(pod(set, 0, { ready: false }))).toBe(false);
    expect(isRunningAndReady(pod(set, 0, { phase: 'Pending' }))).toBe(false);
  });
  it('available only after being Ready strictly longer than minReadySeconds', () => {
    const p = pod(sts(), 0, { readySinceMs: 1000 });
    expect(isRunningAndAvailable(p, 0, 1000)).toBe(true);
    expect(isRunningAndAvailable(p, 10, 11_000)).toBe(false);
    expect(isRunningAndAvailable(p, 10, 11_001)).toBe(true);
  });
  it('identity and storage match a freshly built pod, and not a stripped one', () => {
    const set = sts();
    const p = newStatefulSetPod(set, 1);
    expect(identityMatches(set, p)).toBe(true);
    expect(storageMatches(set, p)).toBe(true);
    const stripped = { ...p, metadata: { ...p.metadata, labels: { app: 'nginx' } }, spec: { ...p.spec!, volumes: [] } };
    expect(identityMatches(set, stripped)).toBe(false);
    expect(storageMatches(set, stripped)).toBe(false);
  });
});

describe('new pods', () => {
  it('carry identity labels, owner ref, hostname, subdomain and claim volumes', () => {
    const set = sts();
    const p = newStatefulSetPod(set, 2);
    expect(p.metadata.labels).toEqual({
      app: 'nginx', 'statefulset.kubernetes.io/pod-name': 'web-2', 'apps.kubernetes.io/pod-index': '2',
    });
    expect(p.metadata.ownerReferences).toEqual([
      { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'uid-web', controller: true, blockOwnerDeletion: true },
    ]);
    expect(p.spec?.hostname).toBe('web-2');
    expect(p.spec?.subdomain).toBe('nginx');
    expect(p.spec?.volumes).toEqual([{ name: 'www', persistentVolumeClaim: { claimName: 'www-web-2' } }]);
  });
  it('use the current revision below the partition, counted from ordinals.start', () => {
    const cur = sts({ start: 3, partition: 1 });
    const upd = sts({ start: 3, partition: 1, image: 'nginx:2' });
    expect(newVersionedStatefulSetPod(cur, upd, 'A', 'B', 3).metadata.labels?.['controller-revision-hash']).toBe('A');
    expect(newVersionedStatefulSetPod(cur, upd, 'A', 'B', 3).spec?.containers[0]?.image).toBe('registry.k8s.io/nginx-slim:0.24');
    expect(newVersionedStatefulSetPod(cur, upd, 'A', 'B', 4).metadata.labels?.['controller-revision-hash']).toBe('B');
  });
  it('always use the update revision under OnDelete', () => {
    const cur = sts({ strategy: 'OnDelete' });
    expect(newVersionedStatefulSetPod(cur, cur, 'A', 'B', 0).metadata.labels?.['controller-revision-hash']).toBe('B');
  });
});

describe('maxUnavailable and time', () => {
  it('rounds percentages down with a minimum of 1', () => {
    expect(getStatefulSetMaxUnavailable(undefined, 5)).toBe(1);
    expect(getStatefulSetMaxUnavailable(2, 5)).toBe(2);
    expect(getStatefulSetMaxUnavailable('50%', 5)).toBe(2);
    expect(getStatefulSetMaxUnavailable('10%', 5)).toBe(1);
  });
  it('parses ISO timestamps back to sim ms', () => {
    expect(msOfIso('2026-01-01T00:00:00Z')).toBe(0);
    expect(msOfIso(EPOCH_ISO(3_723_456))).toBe(3_723_456);
    expect(msOfIso('2026-01-02T00:00:00.5Z')).toBe(86_400_500);
    expect(msOfIso('2026-01-01T01:00:00+01:00')).toBe(0);
    expect(msOfIso('nope')).toBeNaN();
  });
});
