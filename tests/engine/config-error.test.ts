// CreateContainerConfigError (reference §4.2): a container whose environment reads a missing ConfigMap waits,
// Pending, until the ConfigMap exists; then it starts.
import { describe, expect, it } from 'vitest';
import { createCluster, runUntilStable, submit } from '../../src/sim';
import type { KObject, Pod } from '../../src/sim';
import { planKubectl } from '../../src/kubectl';

const pod: KObject = {
  apiVersion: 'v1', kind: 'Pod', metadata: { name: 'app', namespace: 'default' },
  spec: { containers: [{ name: 'app', image: 'nginx', env: [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'mode' } } }] }] },
};
const cm: KObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app-config', namespace: 'default' }, data: { mode: 'fast' } };

describe('CreateContainerConfigError', () => {
  it('waits for the missing ConfigMap, then starts', () => {
    let s = runUntilStable(submit(createCluster(), { type: 'apply', objects: [pod] }).state).state;
    const waiting = s.objects.Pod['default/app'] as Pod & KObject;
    expect(waiting.status?.phase).toBe('Pending');
    expect(waiting.status?.containerStatuses?.[0]?.state?.waiting).toEqual({ reason: 'CreateContainerConfigError', message: 'configmap "app-config" not found' });
    // The sandbox exists (the image was pulled into it), so the pod already has its IP, and keeps it once it starts.
    expect(waiting.status?.podIP).toMatch(/^10\.244\.\d+\.\d+$/);
    const ip = waiting.status?.podIP;
    const get = planKubectl('kubectl get pod app', { snapshot: s });
    expect(get.type === 'output' && get.stdout).toMatch(/^app\s+0\/1\s+CreateContainerConfigError\s+0\s+\d+s$/m);
    expect(s.events.some((e) => e.reason === 'Failed' && e.message === 'Error: configmap "app-config" not found')).toBe(true);
    s = runUntilStable(submit(s, { type: 'apply', objects: [cm] }).state).state;
    const running = s.objects.Pod['default/app'] as Pod & KObject;
    expect(running.status?.phase).toBe('Running');
    expect(running.status?.containerStatuses?.[0]?.ready).toBe(true);
    expect(running.status?.podIP).toBe(ip);
  });
});
