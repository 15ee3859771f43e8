import { describe, expect, it } from 'vitest';
import type { KObject } from '../../api/types';
import { keyOf } from '../../api/keys';
import { isoOf } from '../../engine/time';
import { deployment, World } from './testWorld';
import { renderReason } from '../../reasons';

function pod(name: string, rs: string, extra: Partial<KObject['metadata']> = {}, phase = 'Running'): KObject {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, labels: { app: 'nginx' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs, uid: `uid-${rs}`, controller: true }], ...extra },
    spec: { nodeName: 'node-1' }, status: { phase },
  };
}

describe('Recreate', () => {
  it('scales old to 0, waits until every old pod (terminating ones too) is gone, then creates the new RS at full size', () => {
    const w = new World([deployment({ strategy: 'Recreate', replicas: 3 })]);
    w.reconcile();
    w.settle();
    w.reconcile();
    const oldName = w.replicaSets()[0]!.metadata.name!;
    const pods = ['a', 'b', 'c'].map((s) => pod(`${oldName}-${s}`, oldName));
    for (const p of pods) w.objects.set(keyOf(p), p);
    w.events.length = 0;
    w.nowMs = 10_000;
    w.setImage('nginx:1.26');

    const r1 = w.reconcile();
    expect(r1.events?.map((e) => e.message)).toEqual([`Scaled down replica set ${oldName} from 3 to 0`]);
    expect(w.replicaSets()).toHaveLength(1);
    expect(renderReason(r1.why)).toContain('Recreate: scaled old ReplicaSet');

    // The ReplicaSet controller deleted the pods: they are Terminating, and the RS reports 0 replicas.
    w.settle();
    for (const p of pods) w.objects.set(keyOf(p), { ...p, metadata: { ...p.metadata, deletionTimestamp: isoOf(10_000) } });
    const r2 = w.reconcile();
    expect(w.replicaSets()).toHaveLength(1);
    expect(renderReason(r2.why)).toBe('Recreate: waiting for 3 old pods to terminate before starting the new ones');

    // A Succeeded/Failed pod does not count; the last running one still blocks.
    w.objects.set(keyOf(pods[0]!), { ...pods[0]!, status: { phase: 'Succeeded' } });
    w.objects.delete(keyOf(pods[1]!));
    expect(renderReason(w.reconcile().why)).toBe('Recreate: waiting for 1 old pod to terminate before starting the new ones');

    w.objects.delete(keyOf(pods[2]!));
    const r3 = w.reconcile();
    const newRS = w.replicaSets().find((rs) => rs.metadata.name !== oldName)!;
    expect(newRS.spec?.replicas).toBe(3);
    expect(r3.events?.map((e) => e.message)).toEqual([`Scaled up replica set ${newRS.metadata.name} from 0 to 3`]);
    expect(newRS.metadata.annotations).toMatchObject({ 'deployment.kubernetes.io/revision': '2', 'deployment.kubernetes.io/max-replicas': '3' });
    expect(w.events).toEqual([`Scaled down replica set ${oldName} from 3 to 0`, `Scaled up replica set ${newRS.metadata.name} from 0 to 3`]);
  });
});
