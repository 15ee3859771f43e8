import { describe, expect, it } from 'vitest';
import { isSubset, jsonPatch, mergePatch, threeWayMerge } from './merge';

describe('kubectl apply three-way merge', () => {
  const live = { spec: { replicas: 3, template: { spec: { containers: [{ name: 'nginx', image: 'nginx', terminationMessagePath: '/dev/termination-log' }] } }, podManagementPolicy: 'OrderedReady' } };
  it('keeps defaulted list items when the config still agrees with them', () => {
    const config = { spec: { replicas: 3, template: { spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } } };
    expect(threeWayMerge(live, config, config)).toEqual(live);
  });
  it('replaces a list whose items changed, and restores fields changed by scale', () => {
    const config = { spec: { replicas: 3, template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.19' }] } } } };
    const scaled = { ...live, spec: { ...live.spec, replicas: 5 } };
    const merged = threeWayMerge(scaled, config, config) as typeof live;
    expect(merged.spec.replicas).toBe(3);
    expect(merged.spec.template.spec.containers).toEqual([{ name: 'nginx', image: 'nginx:1.19' }]);
    expect(merged.spec.podManagementPolicy).toBe('OrderedReady');
  });
  it('removes fields that were applied before and are gone now', () => {
    const last = { metadata: { labels: { a: '1', b: '2' } } };
    const merged = threeWayMerge({ metadata: { labels: { a: '1', b: '2', c: 'live' } } }, last, { metadata: { labels: { a: '1' } } });
    expect(merged).toEqual({ metadata: { labels: { a: '1', c: 'live' } } });
  });
  it('isSubset compares lists by position and length', () => {
    expect(isSubset([{ a: 1 }], [{ a: 1, b: 2 }])).toBe(true);
    expect(isSubset([{ a: 1 }], [{ a: 1 }, { a: 2 }])).toBe(false);
  });
});

describe('patches', () => {
  it('merge patch deletes with null; strategic merges containers by name', () => {
    const pod = { spec: { containers: [{ name: 'a', image: 'x' }, { name: 'b', image: 'y' }] }, metadata: { labels: { k: 'v' } } };
    expect(mergePatch(pod, { metadata: { labels: { k: null } } })).toEqual({ ...pod, metadata: { labels: {} } });
    expect(mergePatch(pod, { spec: { containers: [{ name: 'b', image: 'z' }] } }, true)).toEqual({ ...pod, spec: { containers: [{ name: 'a', image: 'x' }, { name: 'b', image: 'z' }] } });
    expect(mergePatch(pod, { spec: { containers: [{ name: 'b', image: 'z' }] } }, false)).toEqual({ ...pod, spec: { containers: [{ name: 'b', image: 'z' }] } });
  });
  it('json patch replaces, adds, removes, and reports missing paths', () => {
    const doc = { spec: { replicas: 1, list: [1, 2] } };
    expect(jsonPatch(doc, [{ op: 'replace', path: '/spec/replicas', value: 4 }, { op: 'add', path: '/spec/list/-', value: 3 }, { op: 'remove', path: '/spec/list/0' }])).toEqual({ value: { spec: { replicas: 4, list: [2, 3] } } });
    expect(jsonPatch(doc, [{ op: 'replace', path: '/spec/nope', value: 1 }])).toEqual({ error: 'replace operation does not apply: doc is missing key: /spec/nope: missing value' });
    expect(doc.spec.replicas).toBe(1);
  });
});
