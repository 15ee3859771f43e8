import { describe, expect, it } from 'vitest';
import type { KObject, KindName } from '../../api/types';
import { budgetStatus, type Pdb } from './disruption';

const pod = (name: string, ready: boolean, owner = 'web', deleting = false): KObject => ({
  apiVersion: 'v1', kind: 'Pod',
  metadata: { name, namespace: 'default', labels: { app: 'web' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: owner, uid: 'u', controller: true }], ...(deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}) },
  status: { conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
});
const sts: KObject = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default' }, spec: { replicas: 4 } };
const view = (pods: KObject[]) => ({
  list: (kind: KindName) => (kind === 'Pod' ? pods : []),
  get: (key: string) => (key.includes('StatefulSet') && key.endsWith('/web') ? sts : undefined),
});
const pdb = (spec: Pdb['spec']): Pdb => ({ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'b', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'web' } }, ...spec } });

describe('disruption controller status (disruption.go)', () => {
  const pods = [pod('web-0', true), pod('web-1', true), pod('web-2', true), pod('web-3', false)];
  it('maxUnavailable counts expected pods from the controller scale', () => {
    expect(budgetStatus(pdb({ maxUnavailable: 1 }), view(pods))).toEqual({ expectedPods: 4, currentHealthy: 3, desiredHealthy: 3, disruptionsAllowed: 0 });
    expect(budgetStatus(pdb({ maxUnavailable: '50%' }), view(pods))).toEqual({ expectedPods: 4, currentHealthy: 3, desiredHealthy: 2, disruptionsAllowed: 1 });
  });
  it('an integer minAvailable counts the matched pods; a percentage rounds up from the scale', () => {
    expect(budgetStatus(pdb({ minAvailable: 2 }), view(pods))).toEqual({ expectedPods: 4, currentHealthy: 3, desiredHealthy: 2, disruptionsAllowed: 1 });
    expect(budgetStatus(pdb({ minAvailable: '60%' }), view(pods))).toEqual({ expectedPods: 4, currentHealthy: 3, desiredHealthy: 3, disruptionsAllowed: 0 });
  });
  it('pods being deleted are not healthy', () => {
    expect(budgetStatus(pdb({ minAvailable: 1 }), view([pod('web-0', true, 'web', true), pod('web-1', true)])).currentHealthy).toBe(1);
  });
});
