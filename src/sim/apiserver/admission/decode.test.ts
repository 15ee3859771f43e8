import { describe, expect, it } from 'vitest';
import { fakeView } from '../../../testing/fakeView';
import { admitCreate } from '../admission';
import { unknownFields, type KnownFields } from './decode';
import { errorOf, sts } from './testing/builders';

const fixture: KnownFields = {
  kinds: { Thing: 'Thing' },
  defs: { Thing: { spec: 'Spec', kind: '' }, Spec: { items: ['Item'], tags: [''], labels: '' }, Item: { name: '' } },
};

describe('strict decoding', () => {
  it('walks objects, arrays and leaves', () => {
    expect(unknownFields({ kind: 'Thing', spec: { items: [{ name: 'a' }, { nme: 'b' }], tags: ['x'], labels: { any: 'thing' }, extra: 1 }, top: 2 }, 'Thing', fixture))
      .toEqual(['spec.items[1].nme', 'spec.extra', 'top']);
  });

  it('rejects unknown fields in a StatefulSet with the API server text', () => {
    const bad = sts({ replicaz: 3 });
    expect(errorOf(admitCreate(bad, fakeView([])))).toBe(
      'StatefulSet in version "v1" cannot be handled as a StatefulSet: strict decoding error: unknown field "spec.replicaz"');
  });

  it('lists several unknown fields in document order, deep ones included', () => {
    const bad = sts({
      replicaz: 3,
      template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'n', image: 'nginx', imagePullPolicyy: 'Always' }] } },
    });
    expect(errorOf(admitCreate(bad, fakeView([])))).toBe('StatefulSet in version "v1" cannot be handled as a StatefulSet: strict decoding error: ' +
      'unknown field "spec.template.spec.containers[0].imagePullPolicyy", unknown field "spec.replicaz"');
  });

  it('accepts the seed manifests fields (creationTimestamp: null, resources: {})', () => {
    const seed = sts({ template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'n', image: 'nginx', resources: {} }] } } });
    expect(admitCreate({ ...seed, metadata: { ...seed.metadata, creationTimestamp: null as unknown as string } }, fakeView([])).ok).toBe(true);
  });
});
