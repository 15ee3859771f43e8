import { describe, expect, it } from 'vitest';
import {
  applyRevision, controllerRevisionName, fnv32, hashControllerRevision, newRevision, safeEncodeString,
} from './history';
import { sts } from './stsFixtures';

describe('revision hashing', () => {
  it('FNV-1 32 matches the reference vectors', () => {
    expect(fnv32('')).toBe(0x811c9dc5);
    expect(fnv32('a')).toBe(0x050c5d7e);
    expect(fnv32('foobar')).toBe(0x31f0b262);
  });
  it('SafeEncodeString maps digits to 4-9,b,c,d,f', () => {
    expect(safeEncodeString('0123456789')).toBe('456789bcdf');
  });
  it('names are <set>-<hash> in the safe alphabet, 10 characters or fewer', () => {
    for (const image of ['nginx:1', 'nginx:2', 'busybox', 'x', 'registry.k8s.io/nginx-slim:0.24']) {
      const r = newRevision(sts({ image }), 1, 0);
      expect(r.metadata.name).toMatch(/^web-[4-9bcdf]{1,10}$/);
      expect(r.metadata.labels?.['controller.kubernetes.io/hash']).toBe(r.metadata.name!.slice(4));
    }
  });
  it('is stable per template and changes with the template or collision count', () => {
    const a = newRevision(sts(), 1, 0);
    expect(newRevision(sts({ replicas: 7, partition: 2 }), 5, 0).metadata.name).toBe(a.metadata.name);
    expect(newRevision(sts({ image: 'nginx:2' }), 1, 0).metadata.name).not.toBe(a.metadata.name);
    expect(hashControllerRevision(a.data, 1)).not.toBe(hashControllerRevision(a.data, 0));
  });
  it('truncates long prefixes to 223 characters', () => {
    expect(controllerRevisionName('x'.repeat(300), 'abc')).toBe('x'.repeat(223) + '-abc');
  });
});

describe('revision objects', () => {
  it('hold only the template with $patch replace, template labels, set annotations and a controller ref', () => {
    const set = { ...sts(), metadata: { ...sts().metadata, annotations: { 'kubernetes.io/change-cause': 'v1' } } };
    const r = newRevision(set, 3, 0);
    expect(r.revision).toBe(3);
    expect(Object.keys(r.data as object)).toEqual(['spec']);
    expect((r.data as { spec: { template: { $patch: string } } }).spec.template.$patch).toBe('replace');
    expect(r.metadata.labels?.['app']).toBe('nginx');
    expect(r.metadata.annotations).toEqual({ 'kubernetes.io/change-cause': 'v1' });
    expect(r.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'StatefulSet', name: 'web', controller: true });
  });
  it('applyRevision restores the template', () => {
    const old = newRevision(sts({ image: 'nginx:1' }), 1, 0);
    const restored = applyRevision(sts({ image: 'nginx:2' }), old);
    expect(restored.spec?.template.spec?.containers[0]?.image).toBe('nginx:1');
    expect(restored.spec?.template).not.toHaveProperty('$patch');
  });
});
