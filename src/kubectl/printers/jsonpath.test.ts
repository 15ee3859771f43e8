import { describe, expect, it } from 'vitest';
import { printJsonPath } from './jsonpath';

const pod = { metadata: { name: 'web-0', uid: 'u-1', labels: { app: 'nginx' } }, status: { podIP: '10.244.1.2', conditions: [{ type: 'PodScheduled', status: 'True' }, { type: 'Ready', status: 'False' }] } };
const list = { kind: 'List', items: [pod, { ...pod, metadata: { ...pod.metadata, name: 'web-1' } }] };

describe('kubectl -o jsonpath', () => {
  it('prints fields, lists joined by spaces, maps as JSON, with no trailing newline', () => {
    expect(printJsonPath('{.metadata.uid}', pod)).toBe('u-1');
    expect(printJsonPath('{.items[*].metadata.name}', list)).toBe('web-0 web-1');
    expect(printJsonPath('{.items[1].metadata.name}', list)).toBe('web-1');
    expect(printJsonPath('{.metadata.labels}', pod)).toBe('{"app":"nginx"}');
    expect(printJsonPath('ip={.status.podIP}', pod)).toBe('ip=10.244.1.2');
    expect(printJsonPath('{.metadata.missing}', pod)).toBe('');
  });
  it('filters and ranges', () => {
    expect(printJsonPath('{.status.conditions[?(@.type=="Ready")].status}', pod)).toBe('False');
    expect(printJsonPath('{range .items[*]}{.metadata.name}{"\\t"}{.status.podIP}{"\\n"}{end}', list)).toBe('web-0\t10.244.1.2\nweb-1\t10.244.1.2\n');
  });
});

import { planKubectl } from '../index';
import { createCluster } from '../../sim/index';

describe('get -o jsonpath', () => {
  it('reads the object a learner names', () => {
    const plan = planKubectl(`kubectl get node node-2 -o jsonpath='{.status.addresses[?(@.type=="InternalIP")].address}'`, { snapshot: createCluster() });
    expect(plan).toMatchObject({ type: 'output', stdout: '192.168.49.12', exitCode: 0 });
    const list = planKubectl('kubectl get nodes -o=jsonpath={.items[*].metadata.name}', { snapshot: createCluster() });
    expect(list).toMatchObject({ type: 'output', stdout: 'node-1 node-2 node-3' });
  });
});
