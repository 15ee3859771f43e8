// `kubectl cordon|uncordon|drain` against the real engine (texts of kubectl cmd/drain/drain.go and
// pkg/drain/filters.go).
import { describe, expect, test } from 'vitest';
import { engineCluster } from '../testing/engineRun';

const YAML = `apiVersion: apps/v1
kind: Deployment
metadata: {name: nginx}
spec:
  replicas: 2
  selector: {matchLabels: {app: ng}}
  template:
    metadata: {labels: {app: ng}}
    spec: {containers: [{name: nginx, image: 'nginx:1.14.2'}]}
---
apiVersion: v1
kind: Pod
metadata: {name: bb}
spec:
  nodeName: node-1
  containers: [{name: bb, image: 'busybox:1.28', command: [sleep, '3600']}]
`;

function onNode1(run: (l: string) => string): string[] {
  return run('kubectl get pods -o wide --no-headers').split('\n').filter((l) => l.includes(' node-1 ')).map((l) => l.split(/ +/)[0]!);
}

describe('kubectl cordon / uncordon', () => {
  test('cordoned, already cordoned, uncordoned, not found', () => {
    const { run } = engineCluster(YAML);
    expect(run('kubectl cordon node-1')).toBe('node/node-1 cordoned\n');
    expect(run('kubectl cordon node-1')).toBe('node/node-1 already cordoned\n');
    expect(run('kubectl get nodes node-1 --no-headers').split(/ +/)[1]).toBe('Ready,SchedulingDisabled');
    expect(run('kubectl uncordon node-1')).toBe('node/node-1 uncordoned\n');
    expect(run('kubectl uncordon node/node-1')).toBe('node/node-1 already uncordoned\n');
    expect(run('kubectl cordon nope')).toBe('Error from server (NotFound): nodes "nope" not found\n');
  });
});

describe('kubectl drain', () => {
  test('unmanaged pods need --force; then evicts every pod on the node', () => {
    const c = engineCluster(YAML);
    c.run('kubectl apply -f -');
    c.settle();
    const before = onNode1(c.run);
    expect(before).toContain('bb');
    expect(c.run('kubectl drain node-1 --ignore-daemonsets')).toBe(
      'node/node-1 cordoned\nerror: unable to drain node "node-1", aborting command...\n\nThere are pending nodes to be drained:\n node-1\n' +
        'error: cannot delete Pods that declare no controller (use --force to override): default/bb\n',
    );
    const evicting = before.map((p) => `evicting pod default/${p}\n`).join('');
    // What prints at once; `pod/NAME evicted` and `node/NAME drained` follow as the pods go (the command blocks:
    // tests/scenarios/drain.test.ts).
    expect(c.run('kubectl drain node-1 --ignore-daemonsets --force')).toBe(
      `node/node-1 already cordoned\n${evicting}Warning: deleting Pods that declare no controller: default/bb\n`,
    );
    c.settle();
    expect(onNode1(c.run)).toEqual([]);
    expect(c.run('kubectl drain node-1')).toBe('node/node-1 already cordoned\nnode/node-1 drained\n');
  });
});
