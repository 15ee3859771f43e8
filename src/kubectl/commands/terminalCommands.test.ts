// Commands added for the terminal (issue 11): create deployment|service, label -l, describe -f, wait's errors.
import { describe, expect, test } from 'vitest';
import { planKubectl } from '../index';
import { engineCluster } from '../testing/engineRun';

const FILE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n';

describe('create deployment | service', () => {
  test('dry-run prints the object kubectl would send', () => {
    const c = engineCluster();
    expect(c.run('kubectl create deployment web --image=nginx:1.25 --dry-run=client -o yaml')).toBe(`apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: web
    spec:
      containers:
      - image: nginx:1.25
        name: nginx
        resources: {}
status: {}
`);
    expect(c.run('kubectl create service clusterip web --tcp=80:8080 --dry-run=client -o yaml')).toBe(`apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  ports:
  - name: 80-8080
    port: 80
    protocol: TCP
    targetPort: 8080
  selector:
    app: web
  type: ClusterIP
status:
  loadBalancer: {}
`);
  });

  test('creates, and names what already exists', () => {
    const c = engineCluster();
    expect(c.run('kubectl create deployment web --image=nginx --replicas=2')).toBe('deployment.apps/web created\n');
    expect(c.run('kubectl create deployment web --image=nginx')).toBe('error: failed to create deployment: deployments.apps "web" already exists\n');
    expect(c.run('kubectl create deployment web2')).toBe('error: required flag(s) "image" not set\n');
    expect(c.run('kubectl create service nodeport web --tcp=80')).toBe('service/web created\n');
    expect(c.run('kubectl create service clusterip headless --clusterip=None')).toBe('service/headless created\n');
    expect(c.run('kubectl create service clusterip x')).toBe('error: at least one tcp port specifier must be provided\n');
    c.settle();
    expect(c.run('kubectl get deploy web --no-headers').split(/\s+/).slice(0, 2)).toEqual(['web', '2/2']);
  });
});

describe('label -l, describe -f, wait', () => {
  test('label every pod a selector finds', () => {
    const c = engineCluster();
    c.run('kubectl create deployment web --image=nginx --replicas=2');
    c.settle();
    const out = c.run('kubectl label pods -l app=web tier=front');
    expect(out.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^pod\/web-[a-z0-9]+-[a-z0-9]{5} labeled$/), expect.stringMatching(/^pod\/web-[a-z0-9]+-[a-z0-9]{5} labeled$/)]);
    expect(c.run('kubectl get pods -l tier=front --no-headers').trim().split('\n')).toHaveLength(2);
    expect(c.run('kubectl label pods -l app=nope x=y')).toBe('No resources found in default namespace.\n');
  });

  test('describe -f FILE describes what the file names', () => {
    const c = engineCluster();
    const env = (snapshot: ReturnType<typeof c.state>) => ({ snapshot, files: { 'svc.yaml': FILE } });
    const missing = planKubectl('kubectl describe -f svc.yaml', env(c.state()));
    expect(missing.type === 'output' && missing.stderr).toBe('Error from server (NotFound): services "web" not found\n');
    c.run('kubectl create service clusterip web --tcp=80');
    const found = planKubectl('kubectl describe -f svc.yaml', env(c.state()));
    expect(found.type === 'output' && found.stdout.split('\n')[0]).toBe('Name:                     web');
  });

  test('wait: flag and target errors', () => {
    const c = engineCluster();
    expect(c.run('kubectl wait pod/x')).toBe('error: --for must be specified\n');
    expect(c.run('kubectl wait --for=ready pod/x')).toBe('error: unrecognized condition: "ready"\n');
    expect(c.run('kubectl wait --for=condition=Ready pod/x')).toBe('Error from server (NotFound): pods "x" not found\n');
    expect(c.run('kubectl wait --for=condition=Ready pods -l app=none')).toBe('error: no matching resources found\n');
  });
});
