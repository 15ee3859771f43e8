import { describe, expect, test, vi } from 'vitest';
import { planKubectl } from '../plan';
import type { KubectlEnv, KubectlOutput } from '../types';
import { MIN, S, node, obj, pod, pv, pvc, running, sc, snapshot, sts, svc } from '../testing/builders';
vi.mock('../../sim/index', () => import('../testing/simApi'));

const NOW = 10 * MIN;
const objects = [
  pod({ name: 'web-1', createdMs: NOW - 45 * S, labels: { app: 'nginx', tier: 'web' }, node: 'node-2', ip: '10.244.2.5', containers: [{ ready: true, state: running() }] }),
  pod({ name: 'web-0', createdMs: NOW - 5 * MIN, labels: { app: 'nginx' }, node: 'node-1', ip: '10.244.1.4', containers: [{ ready: true, state: running() }] }),
  pod({ name: 'web-10', createdMs: NOW - 2 * S, phase: 'Pending', labels: { app: 'other' }, containers: [{}] }),
  pod({ name: 'db-0', namespace: 'kube-system', createdMs: 0, containers: [{ ready: true, state: running() }] }),
  pvc({ name: 'www-web-0', createdMs: NOW - 5 * MIN, phase: 'Bound', volume: 'pvc-0a1b', capacity: '1Gi', modes: ['ReadWriteOnce'], storageClass: 'standard' }),
  pvc({ name: 'www-web-1', createdMs: NOW - 30 * S, storageClass: 'standard' }),
  pv({ name: 'pv0001', createdMs: NOW - 9 * MIN, phase: 'Bound', claim: 'default/www-web-0', reclaim: 'Delete', storageClass: 'standard' }),
  pv({ name: 'pv0002', createdMs: NOW - 9 * MIN }),
  sts({ name: 'web', createdMs: NOW - 5 * MIN, replicas: 3, ready: 2 }),
  svc({ name: 'nginx', createdMs: NOW - 5 * MIN, clusterIP: 'None', ports: [{ port: 80 }], selector: { app: 'nginx' } }),
  svc({ name: 'kubernetes', createdMs: 0, clusterIP: '10.96.0.1', ports: [{ port: 443 }] }),
  svc({ name: 'np', createdMs: 0, type: 'NodePort', clusterIP: '10.96.0.20', ports: [{ port: 80, nodePort: 30080 }] }),
  node({ name: 'node-1', createdMs: 0 }),
  node({ name: 'node-2', createdMs: 0, ready: false, unschedulable: true }),
  sc({ name: 'standard', createdMs: 0, isDefault: true }),
  obj('Namespace', 'v1', { name: 'default' }, { status: { phase: 'Active' } }),
];
const env: KubectlEnv = { snapshot: snapshot(objects, NOW) };

function run(line: string, e: KubectlEnv = env): KubectlOutput {
  const plan = planKubectl(line, e);
  if (plan.type !== 'output') throw new Error('expected output plan');
  return { stdout: plan.stdout, stderr: plan.stderr, exitCode: plan.exitCode };
}

describe('kubectl get tables', () => {
  test('pods sorted by name in byte order, with ages', () => {
    expect(run('kubectl get pods').stdout).toBe(
      'NAME     READY   STATUS    RESTARTS   AGE\n' +
        'web-0    1/1     Running   0          5m\n' +
        'web-1    1/1     Running   0          45s\n' +
        'web-10   0/1     Pending   0          2s\n',
    );
  });
  test('-o wide adds IP NODE NOMINATED NODE READINESS GATES', () => {
    expect(run('get po web-0 -o wide').stdout).toBe(
      'NAME    READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES\n' +
        'web-0   1/1     Running   0          5m    10.244.1.4   node-1   <none>           <none>\n',
    );
  });
  test('-A adds NAMESPACE and sorts by namespace then name', () => {
    expect(run('get pods -A').stdout.split('\n').slice(0, 3)).toEqual([
      'NAMESPACE     NAME     READY   STATUS    RESTARTS   AGE',
      'default       web-0    1/1     Running   0          5m',
      'default       web-1    1/1     Running   0          45s',
    ]);
    expect(run('get pods --all-namespaces').stdout).toContain('kube-system   db-0     1/1     Running   0          10m\n');
  });
  test('-n selects the namespace', () => {
    expect(run('get pods -n kube-system').stdout).toBe('NAME   READY   STATUS    RESTARTS   AGE\ndb-0   1/1     Running   0          10m\n');
    expect(run('-n kube-system get pods').stdout).toContain('db-0');
    expect(run('get pods --namespace=kube-system').stdout).toContain('db-0');
  });
  test('--show-labels appends LABELS', () => {
    expect(run('get pods web-1 --show-labels').stdout).toBe(
      'NAME    READY   STATUS    RESTARTS   AGE   LABELS\nweb-1   1/1     Running   0          45s   app=nginx,tier=web\n',
    );
  });
  test('label selectors', () => {
    const names = (sel: string) => run(`get pods -l '${sel}' -o name`).stdout.trim().split('\n');
    expect(names('app=nginx')).toEqual(['pod/web-0', 'pod/web-1']);
    expect(names('app==nginx,tier=web')).toEqual(['pod/web-1']);
    expect(names('app!=nginx')).toEqual(['pod/web-10']);
    expect(names('app in (other, x)')).toEqual(['pod/web-10']);
    expect(names('app notin (other)')).toEqual(['pod/web-0', 'pod/web-1']);
    expect(names('tier')).toEqual(['pod/web-1']);
    expect(names('!tier')).toEqual(['pod/web-0', 'pod/web-10']);
  });
  test('pvc: bound and pending rows, VOLUMEATTRIBUTESCLASS <unset>', () => {
    expect(run('get pvc').stdout).toBe(
      'NAME        STATUS    VOLUME     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE\n' +
        'www-web-0   Bound     pvc-0a1b   1Gi        RWO            standard       <unset>                 5m\n' +
        'www-web-1   Pending                                        standard       <unset>                 30s\n',
    );
  });
  test('pv rows with CLAIM and blank REASON', () => {
    expect(run('get pv').stdout).toBe(
      'NAME     CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS      CLAIM               STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE\n' +
        'pv0001   1Gi        RWO            Delete           Bound       default/www-web-0   standard       <unset>                          9m\n' +
        'pv0002   1Gi        RWO            Retain           Available                                      <unset>                          9m\n',
    );
  });
  test('sts, svc, nodes, sc, namespaces', () => {
    expect(run('get sts').stdout).toBe('NAME   READY   AGE\nweb    2/3     5m\n');
    expect(run('get sts -o wide').stdout).toBe(
      'NAME   READY   AGE   CONTAINERS   IMAGES\nweb    2/3     5m    nginx        registry.k8s.io/nginx-slim:0.24\n',
    );
    expect(run('get svc').stdout).toBe(
      'NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)        AGE\n' +
        'kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP        10m\n' +
        'nginx        ClusterIP   None         <none>        80/TCP         5m\n' +
        'np           NodePort    10.96.0.20   <none>        80:30080/TCP   10m\n',
    );
    expect(run('get svc nginx -o wide').stdout).toBe(
      'NAME    TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE   SELECTOR\nnginx   ClusterIP   None         <none>        80/TCP    5m    app=nginx\n',
    );
    expect(run('get nodes').stdout).toBe(
      'NAME     STATUS                        ROLES    AGE   VERSION\n' +
        'node-1   Ready                         <none>   10m   v1.34.0\n' +
        'node-2   NotReady,SchedulingDisabled   <none>   10m   v1.34.0\n',
    );
    expect(run('get sc').stdout).toBe(
      'NAME                 PROVISIONER             RECLAIMPOLICY   VOLUMEBINDINGMODE   ALLOWVOLUMEEXPANSION   AGE\n' +
        'standard (default)   rancher.io/local-path   Delete          Immediate           false                  10m\n',
    );
    expect(run('get ns').stdout).toBe('NAME      STATUS   AGE\ndefault   Active   10m\n');
  });
  test('comma lists print one table per kind with kind-prefixed names', () => {
    expect(run('get sts,pvc').stdout).toBe(
      'NAME                   READY   AGE\nstatefulset.apps/web   2/3     5m\n\n' +
        'NAME                              STATUS    VOLUME     CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE\n' +
        'persistentvolumeclaim/www-web-0   Bound     pvc-0a1b   1Gi        RWO            standard       <unset>                 5m\n' +
        'persistentvolumeclaim/www-web-1   Pending                                        standard       <unset>                 30s\n',
    );
  });
  test('get all lists pods, services and statefulsets', () => {
    const out = run('get all').stdout;
    expect(out).toContain('pod/web-0 ');
    expect(out).toContain('service/kubernetes ');
    expect(out).toContain('statefulset.apps/web ');
  });
});

describe('kubectl get: empty, missing and errors', () => {
  test('No resources found on stderr', () => {
    expect(run('get deploy')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 });
    expect(run('get pods -n empty')).toEqual({ stdout: '', stderr: 'No resources found in empty namespace.\n', exitCode: 0 });
    expect(run('get rs -A').stderr).toBe('No resources found\n');
    expect(run('get controllerrevisions').stderr).toBe('No resources found in default namespace.\n');
  });
  test('NotFound for a missing name; found names still print', () => {
    expect(run('get pods web-9')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "web-9" not found\n', exitCode: 1 });
    const both = run('get pod web-0 web-9');
    expect(both.stdout).toContain('web-0');
    expect(both.stderr).toBe('Error from server (NotFound): pods "web-9" not found\n');
    expect(both.exitCode).toBe(1);
    expect(run('get sts/nope').stderr).toBe('Error from server (NotFound): statefulsets.apps "nope" not found\n');
  });
  test('unknown resource type', () => {
    expect(run('get podz')).toEqual({ stdout: '', stderr: 'error: the server doesn\'t have a resource type "podz"\n', exitCode: 1 });
    expect(run('get pods,podz').stderr).toBe('error: the server doesn\'t have a resource type "podz"\n');
  });
  test('endpoints print the v1.33+ deprecation warning', () => {
    expect(run('get endpoints').stderr).toBe(
      'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\nNo resources found in default namespace.\n',
    );
  });
});

describe('kubectl get -o yaml|json|name', () => {
  test('a single named object prints as itself', () => {
    const y = run('get sts web -o yaml').stdout;
    expect(y.startsWith('apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  creationTimestamp: "2026-01-01T00:05:00Z"\n  name: web\n  namespace: default\nspec:\n')).toBe(true);
    expect(y).toContain('  template:\n    metadata:\n      labels:\n        app: nginx\n    spec:\n      containers:\n      - image: registry.k8s.io/nginx-slim:0.24\n        name: nginx\n');
  });
  test('a list prints as kind: List', () => {
    const y = run('get pvc -l app=none -o yaml').stdout;
    expect(y).toBe('apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n');
    const j = JSON.parse(run('get pods -o json').stdout) as { kind: string; items: { metadata: { name: string } }[] };
    expect(j.kind).toBe('List');
    expect(j.items.map((i) => i.metadata.name)).toEqual(['web-0', 'web-1', 'web-10']);
    expect(run('get ns default -o json').stdout).toBe(
      '{\n    "apiVersion": "v1",\n    "kind": "Namespace",\n    "metadata": {\n        "creationTimestamp": "2026-01-01T00:00:00Z",\n        "name": "default"\n    },\n    "status": {\n        "phase": "Active"\n    }\n}\n',
    );
  });
  test('-o name', () => {
    expect(run('get sts,svc -o name').stdout).toBe('statefulset.apps/web\nservice/kubernetes\nservice/nginx\nservice/np\n');
  });
  test('bad -o value', () => {
    expect(run('get pods -o table').stderr).toMatch(/^error: unable to match a printer suitable for the output format "table", allowed formats are: /);
  });
});

describe('events', () => {
  test('LAST SEEN TYPE REASON OBJECT MESSAGE, in event-name order (web-0.* before web.*)', () => {
    const e: KubectlEnv = {
      snapshot: snapshot([], NOW, [
        { type: 'Normal', reason: 'SuccessfulCreate', message: 'create Pod web-0 in StatefulSet web successful', involved: { kind: 'StatefulSet', namespace: 'default', name: 'web', uid: 'u1' }, source: 'statefulset-controller', firstMs: NOW - 2 * MIN, lastMs: NOW - 2 * MIN, count: 1 },
        { type: 'Warning', reason: 'FailedScheduling', message: '0/3 nodes are available', involved: { kind: 'Pod', namespace: 'default', name: 'web-0', uid: 'u2' }, source: 'default-scheduler', firstMs: NOW - 3 * MIN, lastMs: NOW - 90 * S, count: 2 },
      ]),
    };
    expect(run('get events', e).stdout).toBe(
      'LAST SEEN   TYPE      REASON             OBJECT            MESSAGE\n' +
        '90s         Warning   FailedScheduling   pod/web-0         0/3 nodes are available\n' +
        '2m          Normal    SuccessfulCreate   statefulset/web   create Pod web-0 in StatefulSet web successful\n',
    );
    expect(run('get ev -n other', e).stderr).toBe('No resources found in other namespace.\n');
  });
});
