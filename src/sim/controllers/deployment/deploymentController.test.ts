import { describe, expect, it } from 'vitest';
import type { KObject } from '../../api/types';
import { objectKey } from '../../api/keys';
import { fakeView } from '../../../testing/fakeView';
import { computeHash } from './hash';
import { deploymentController } from './deploymentController';
import { deployment, World } from './testWorld';
import type { Deployment, ReplicaSet } from './types';
import { renderReason } from '../../reasons';

function mynginx(): World {
  const d = deployment({ name: 'mynginx', replicas: 3, image: 'nginx' });
  return new World([d]);
}

describe('a new Deployment', () => {
  it('creates <deployment>-<pod-template-hash> with the hash on labels, selector and template, owned by the Deployment', () => {
    const w = mynginx();
    const d = w.deployment('mynginx');
    const r = w.reconcile('mynginx');
    const hash = computeHash(d.spec?.template);
    const create = r.actions.find((a) => a.type === 'create');
    expect(create?.type).toBe('create');
    const rs = (create as { object: KObject }).object as unknown as ReplicaSet;
    expect(rs.metadata.name).toBe(`mynginx-${hash}`);
    expect(rs.metadata.labels).toEqual({ app: 'mynginx', 'pod-template-hash': hash });
    expect(rs.spec?.selector).toEqual({ matchLabels: { app: 'mynginx', 'pod-template-hash': hash } });
    expect(rs.spec?.template?.metadata?.labels).toEqual({ app: 'mynginx', 'pod-template-hash': hash });
    expect(rs.spec?.replicas).toBe(3);
    expect(rs.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'mynginx', uid: 'uid-mynginx', controller: true, blockOwnerDeletion: true }]);
    expect(rs.metadata.annotations).toEqual({
      'deployment.kubernetes.io/revision': '1', 'deployment.kubernetes.io/desired-replicas': '3', 'deployment.kubernetes.io/max-replicas': '4',
    });
    expect(r.events).toEqual([{ type: 'Normal', reason: 'ScalingReplicaSet', message: `Scaled up replica set mynginx-${hash} from 0 to 3`, key: 'Deployment/default/mynginx' }]);
    expect(renderReason(r.why)).toBe(`Scaled up new ReplicaSet mynginx-${hash} to 3: a Deployment starts all pods at once, no ordering`);
  });

  it('records the revision on the Deployment and reports progress, then availability', () => {
    const w = mynginx();
    w.reconcile('mynginx');
    const d1 = w.deployment('mynginx');
    const rsName = w.replicaSets()[0]!.metadata.name;
    expect(d1.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
    expect(d1.status?.conditions?.map((c) => [c.type, c.status, c.reason, c.message])).toEqual([
      ['Progressing', 'True', 'NewReplicaSetCreated', `Created new replica set "${rsName}"`],
      ['Available', 'False', 'MinimumReplicasUnavailable', 'Deployment does not have minimum availability.'],
    ]);
    w.nowMs = 5000;
    w.settle({ [rsName!]: 1 });
    w.reconcile('mynginx');
    expect(w.deployment('mynginx').status?.conditions?.find((c) => c.type === 'Progressing')?.message).toBe(`ReplicaSet "${rsName}" is progressing.`);
    w.settle();
    w.reconcile('mynginx');
    const st = w.deployment('mynginx').status!;
    expect({ ...st, conditions: undefined }).toEqual({
      observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3, unavailableReplicas: 0, conditions: undefined,
    });
    expect(st.conditions?.map((c) => [c.type, c.status, c.reason, c.message])).toEqual([
      ['Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'],
      ['Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${rsName}" has successfully progressed.`],
    ]);
    expect(w.reconcile('mynginx').actions).toEqual([]);
  });

  it('recreates a deleted ReplicaSet with the same name', () => {
    const w = mynginx();
    w.reconcile('mynginx');
    const [name] = w.sizes();
    w.objects.delete(objectKey('ReplicaSet', 'default', name!.split('=')[0]!));
    w.reconcile('mynginx');
    expect(w.sizes()).toEqual([name]);
  });
});

describe('adoption and keysFor', () => {
  it('adopts an orphan ReplicaSet whose labels match', () => {
    const w = mynginx();
    w.reconcile('mynginx');
    const rs = w.replicaSets()[0]!;
    const orphan = { ...rs, metadata: { ...rs.metadata, ownerReferences: [] } } as unknown as KObject;
    w.objects.set(objectKey('ReplicaSet', 'default', rs.metadata.name!), orphan);
    const r = w.reconcile('mynginx');
    expect(renderReason(r.why)).toContain(`Adopted ReplicaSet ${rs.metadata.name}`);
    expect(w.replicaSets()[0]!.metadata.ownerReferences?.[0]?.uid).toBe('uid-mynginx');
  });

  it('maps Deployment, ReplicaSet and Pod changes to the owning Deployment', () => {
    const w = mynginx();
    w.reconcile('mynginx');
    const rs = w.replicaSets()[0]! as unknown as KObject;
    const pod: KObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', labels: { app: 'mynginx' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs.metadata.name!, uid: 'x', controller: true }] } };
    const view = fakeView([...w.objects.values()]);
    const dkey = 'Deployment/default/mynginx';
    expect(deploymentController.keysFor({ type: 'MODIFIED', key: dkey, object: w.deployment('mynginx') as unknown as KObject }, view)).toEqual([dkey]);
    expect(deploymentController.keysFor({ type: 'MODIFIED', key: 'rs', object: rs }, view)).toEqual([dkey]);
    expect(deploymentController.keysFor({ type: 'ADDED', key: 'p', object: pod }, view)).toEqual([dkey]);
    expect(deploymentController.name).toBe('deployment-controller');
  });
});

describe('pause', () => {
  it('does not roll out a template change while paused, but still scales', () => {
    const w = mynginx();
    w.reconcile('mynginx');
    w.settle();
    w.reconcile('mynginx');
    const before = w.sizes();
    w.editSpec((spec) => ({ ...spec, paused: true }), 'mynginx');
    w.setImage('nginx:1.19', 'mynginx');
    const r = w.reconcile('mynginx');
    expect(w.sizes()).toEqual(before);
    expect(r.events ?? []).toEqual([]);
    const p = w.deployment('mynginx').status?.conditions?.find((c) => c.type === 'Progressing');
    expect([p?.status, p?.reason, p?.message]).toEqual(['Unknown', 'DeploymentPaused', 'Deployment is paused']);
    w.editSpec((spec) => ({ ...spec, replicas: 5 }), 'mynginx');
    const scaled = w.reconcile('mynginx');
    expect(w.sizes()).toEqual([before[0]!.replace('=3', '=5')]);
    expect(scaled.events?.[0]?.message).toBe(`Scaled up replica set ${before[0]!.split('=')[0]} from 3 to 5`);
    w.editSpec((spec) => ({ ...spec, paused: false }), 'mynginx');
    w.settle();
    w.reconcile('mynginx');
    expect(w.sizes()).toHaveLength(2);
    const d = w.deployment('mynginx') as Deployment;
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
  });
});
