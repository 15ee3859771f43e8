import { describe, expect, it } from 'vitest';
import type { KObject } from '../../sim';
import { computeLayout } from './layout';
import { graphObjects, relationsOf } from './relations';

const owner = { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'u', controller: true };
const pod = (name: string): KObject => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels: { app: 'nginx' }, ownerReferences: [owner] },
  spec: { volumes: [{ name: 'www', persistentVolumeClaim: { claimName: `www-${name}` } }] },
});
const pvc = (name: string, pv: string): KObject => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default' }, spec: { volumeName: pv } });
const pv = (name: string): KObject => ({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name }, spec: { storageClassName: 'standard' } });
const objects = (list: KObject[]) => {
  const byKind: Record<string, Record<string, KObject>> = {};
  for (const o of list) (byKind[o.kind] ??= {})[`${o.metadata.namespace ?? ''}/${o.metadata.name}`] = o;
  return graphObjects(byKind);
};

describe('stable layout', () => {
  // PV names are random: ordering must follow the claims, not the names.
  const all = objects([
    { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default' } },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx', namespace: 'default' }, spec: { selector: { app: 'nginx' } } },
    ...[0, 1, 2, 10].flatMap((i, j) => [pod(`web-${i}`), pvc(`www-web-${i}`, `pv-${'zyxw'[j]}`), pv(`pv-${'zyxw'[j]}`)]),
  ]);
  const pos = computeLayout(all, relationsOf(all));
  const x = (key: string) => pos.get(key)!.x;

  it('puts ordinals in order (numeric, not lexical) and rows by kind', () => {
    const pods = ['web-0', 'web-1', 'web-2', 'web-10'].map((n) => x(`Pod/default/${n}`));
    expect([...pods].sort((a, b) => a - b)).toEqual(pods);
    expect(pos.get('StatefulSet/default/web')!.y).toBeLessThan(pos.get('Pod/default/web-0')!.y);
    expect(pos.get('Pod/default/web-0')!.y).toBeLessThan(pos.get('PersistentVolumeClaim/default/www-web-0')!.y);
    expect(pos.get('PersistentVolumeClaim/default/www-web-0')!.y).toBeLessThan(pos.get('PersistentVolume//pv-z')!.y);
  });

  it('puts each volume under its claim', () => {
    expect(x('PersistentVolume//pv-z')).toBe(x('PersistentVolumeClaim/default/www-web-0'));
    expect(x('PersistentVolume//pv-w')).toBe(x('PersistentVolumeClaim/default/www-web-10'));
  });

  it('relates controllers, services, claims and volumes', () => {
    const kinds = new Set(relationsOf(all).map((r) => r.kind));
    expect(kinds).toEqual(new Set(['owner', 'selects', 'claim', 'bound']));
  });

  it('is a function of keys: the same objects give the same places', () => {
    expect(computeLayout(all, relationsOf(all))).toEqual(pos);
  });
});
