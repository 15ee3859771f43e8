import { describe, expect, it } from 'vitest';
import { computeHash, equalIgnoreHash } from './hash';
import { resolveFenceposts, maxSurge, maxUnavailable } from './fenceposts';
import { deployment } from './testWorld';
import type { Deployment } from './types';

const tmpl = { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } };

describe('computeHash', () => {
  it('is a deterministic safe-encoded uint32 (no vowels, no 0/1/3)', () => {
    const h = computeHash(tmpl);
    expect(h).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{1,10}$/);
    expect(computeHash(JSON.parse(JSON.stringify(tmpl)))).toBe(h);
  });
  it('changes with the template and with collisionCount', () => {
    const h = computeHash(tmpl);
    expect(computeHash({ ...tmpl, spec: { containers: [{ name: 'nginx', image: 'nginx:1.19' }] } })).not.toBe(h);
    expect(computeHash(tmpl, 1)).not.toBe(h);
    expect(computeHash(tmpl, 1)).not.toBe(computeHash(tmpl, 2));
  });
  it('ignores key order, nulls and empty maps', () => {
    const a = { spec: { containers: [{ image: 'nginx', name: 'nginx', resources: {} }] }, metadata: { creationTimestamp: null, labels: { app: 'nginx' } } };
    expect(computeHash(a as never)).toBe(computeHash(tmpl));
  });
});

describe('equalIgnoreHash', () => {
  it('ignores the pod-template-hash label only', () => {
    const withHash = { ...tmpl, metadata: { labels: { app: 'nginx', 'pod-template-hash': 'abc' } } };
    expect(equalIgnoreHash(withHash, tmpl)).toBe(true);
    expect(equalIgnoreHash({ ...tmpl, metadata: { labels: { app: 'web' } } }, tmpl)).toBe(false);
  });
});

describe('fence-posts (ResolveFenceposts with the 25% defaults)', () => {
  it.each([
    [1, 1, 0], [3, 1, 0], [4, 1, 1], [10, 3, 2],
  ])('replicas %i → maxSurge %i, maxUnavailable %i', (replicas, surge, unavailable) => {
    expect(resolveFenceposts('25%', '25%', replicas)).toEqual({ surge, unavailable });
    const d = deployment({ replicas }) as unknown as Deployment;
    expect([maxSurge(d), maxUnavailable(d)]).toEqual([surge, unavailable]);
  });
  it('uses maxUnavailable 1 when both round to 0', () => {
    expect(resolveFenceposts(0, '25%', 3)).toEqual({ surge: 0, unavailable: 1 });
  });
  it('accepts absolute numbers and caps maxUnavailable at replicas', () => {
    expect(resolveFenceposts(2, 5, 3)).toEqual({ surge: 2, unavailable: 5 });
    expect(maxUnavailable(deployment({ replicas: 3, maxSurge: 2, maxUnavailable: 5 }) as unknown as Deployment)).toBe(3);
  });
  it('is zero for Recreate', () => {
    const d = deployment({ strategy: 'Recreate' }) as unknown as Deployment;
    expect([maxSurge(d), maxUnavailable(d)]).toEqual([0, 0]);
  });
});
