import { describe, expect, it } from 'vitest';
import { fakeView } from '../../../testing/fakeView';
import { admitCreate } from '../admission';
import { errorOf, objectOf } from './testing/builders';
import { imageTag } from './defaults/podDefaults';

const view = fakeView([]);

describe('Namespace, Secret, ConfigMap', () => {
  it('namespace gets its name label and finalizer; names are DNS labels', () => {
    const ns = objectOf(admitCreate({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'demo' } }, view));
    expect(ns.metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'demo' });
    expect(ns.spec).toEqual({ finalizers: ['kubernetes'] });
    expect(errorOf(admitCreate({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a.b' } }, view)))
      .toMatch(/^Namespace "a.b" is invalid: metadata.name: Invalid value: "a.b": a lowercase RFC 1123 label/);
  });

  it('secret type defaults to Opaque', () => {
    expect(objectOf(admitCreate({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'default' } }, view))['type']).toBe('Opaque');
  });

  it('config keys are validated', () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'default' }, data: { 'bad key': 'x' } };
    expect(errorOf(admitCreate(cm, view))).toBe(
      'ConfigMap "c" is invalid: data[bad key]: Invalid value: "bad key": a valid config key must consist of alphanumeric characters, \'-\', \'_\' or \'.\' (e.g. \'key.name\',  or \'KEY_NAME\',  or \'key-name\', regex used for validation is \'[-._a-zA-Z0-9]+\')');
  });

  it('requires a name', () => {
    expect(errorOf(admitCreate({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { namespace: 'default' } }, view)))
      .toBe('ConfigMap "" is invalid: metadata.name: Required value: name or generateName is required');
  });
});

describe('imageTag (imagePullPolicy defaulting)', () => {
  it.each([
    ['nginx', 'latest'], ['nginx:1.25', '1.25'], ['registry.k8s.io/nginx-slim:0.24', '0.24'],
    ['localhost:5000/app', 'latest'], ['nginx@sha256:abc', ''], ['nginx:1.25@sha256:abc', '1.25'],
  ])('%s → %j', (image, tag) => {
    expect(imageTag(image)).toBe(tag);
  });
});
