// kubectl against the real engine: the contract between planKubectl's requests/renders and src/sim.
import { describe, expect, test } from 'vitest';
import { createCluster, runUntilStable, submit, type ClusterState } from '../sim/index';
import { planKubectl } from './index';
import type { KubectlOutput } from './types';

const YAML = `apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  clusterIP: None
  selector:
    app: nginx
  ports:
  - port: 80
    name: web
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  replicas: 2
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.24
`;

describe('kubectl + engine', () => {
  test('apply, get, scale, delete', () => {
    let state: ClusterState = createCluster();
    const run = (line: string, stdin?: string): KubectlOutput => {
      const plan = planKubectl(line, { snapshot: state, stdin });
      if (plan.type !== 'request') return plan.type === 'output' ? plan : { stdout: '', stderr: 'unexpected multi-request plan', exitCode: 1 };
      const r = submit(state, plan.request);
      state = r.state;
      return plan.render(r.result);
    };
    expect(run('kubectl apply -f -', YAML)).toEqual({ stdout: 'service/nginx created\nstatefulset.apps/web created\n', stderr: '', exitCode: 0 });
    state = runUntilStable(state).state;
    expect(run('kubectl apply -f -', YAML).stdout).toBe('service/nginx unchanged\nstatefulset.apps/web unchanged\n');
    expect(run('kubectl create -f -', YAML).stderr).toBe(
      'Error from server (AlreadyExists): error when creating "STDIN": services "nginx" already exists\n' +
        'Error from server (AlreadyExists): error when creating "STDIN": statefulsets.apps "web" already exists\n',
    );
    const pods = run('kubectl get pods');
    const cells = (text: string) => text.trimEnd().split('\n').map((l) => l.split(/ +/).slice(0, 4));
    expect(cells(pods.stdout)).toEqual([['NAME', 'READY', 'STATUS', 'RESTARTS'], ['web-0', '1/1', 'Running', '0'], ['web-1', '1/1', 'Running', '0']]);
    expect(cells(run('kubectl get sts').stdout)).toEqual([['NAME', 'READY', 'AGE'], ['web', '2/2', expect.stringMatching(/^\d+s$/)]]);
    expect(run('kubectl scale sts web --replicas=3').stdout).toBe('statefulset.apps/web scaled\n');
    expect(run('kubectl delete pod web-0').stdout).toBe('pod "web-0" deleted from default namespace\n');
    expect(run('kubectl get pod web-0').stdout).toContain('Terminating');
    expect(run('kubectl delete svc nginx').stdout).toBe('service "nginx" deleted from default namespace\n');
    expect(run('kubectl delete svc nginx').stderr).toBe('Error from server (NotFound): services "nginx" not found\n');
  });
});
