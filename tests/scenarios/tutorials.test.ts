// The StatefulSet tutorials of the Kubernetes documentation, applied verbatim, reach the state a real cluster
// reaches (minikube v1.34, hostpath provisioner). Issue 10 part 1.
import { describe, expect, it } from 'vitest';
import { cols, runScenarioFile } from './helpers';

describe('tutorial-zookeeper.yaml', () => {
  const r = runScenarioFile('tutorial-zookeeper.yaml');
  it('three servers Ready, and the budget allows one disruption', () => {
    expect(cols(r.out('kubectl get pods -o wide').stdout, 3)).toEqual(['zk-0 1/1 Running', 'zk-1 1/1 Running', 'zk-2 1/1 Running']);
    expect(cols(r.out('kubectl get pdb zk-pdb').stdout, 4)).toEqual(['zk-pdb N/A 1 1']);
  });
  it('drain evicts within the budget; beyond it the eviction is retried every 5 s until zk-0 is Ready again', () => {
    expect(r.out('kubectl drain node-1 --ignore-daemonsets --force --delete-emptydir-data').stdout).toBe('node/node-1 cordoned\nevicting pod default/zk-0\npod/zk-0 evicted\nnode/node-1 drained\n');
    const second = r.out('kubectl drain node-2 --ignore-daemonsets --force --delete-emptydir-data');
    const refusals = second.stderr.split('\n').filter(Boolean);
    expect(refusals.length).toBeGreaterThan(1);
    for (const l of refusals) expect(l).toBe('error when evicting pods/"zk-1" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget.');
    expect(second.stdout).toBe(`node/node-2 cordoned\n${'evicting pod default/zk-1\n'.repeat(refusals.length + 1)}pod/zk-1 evicted\nnode/node-2 drained\n`);
    // The attempt that succeeded came after the new zk-0 was Ready.
    const zk0Ready = r.watch('Pod', 'zk-0').find((w) => w.t > second.t && (w.object.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'))!.t;
    const zk1Evicted = r.watch('Pod', 'zk-1').find((w) => w.object.metadata.deletionTimestamp)!.t;
    expect(zk1Evicted).toBeGreaterThan(zk0Ready);
    expect(zk1Evicted - second.t).toBe(refusals.length * 5000);
  });
  it('ends with three Ready servers again and one allowed disruption', () => {
    expect(cols(r.out('kubectl get pods -o wide', 1).stdout, 3)).toEqual(['zk-0 1/1 Running', 'zk-1 1/1 Running', 'zk-2 1/1 Running']);
    expect(cols(r.out('kubectl get pdb zk-pdb', 1).stdout, 4)).toEqual(['zk-pdb N/A 1 1']);
  });
});

describe('tutorial-mysql-replicated.yaml', () => {
  const r = runScenarioFile('tutorial-mysql-replicated.yaml');
  it('mysql-0 is stuck in its first init container: mysql:5.7 has no hostname (kubernetes/website#35432)', () => {
    expect(cols(r.out('kubectl get pods -l app=mysql', 1).stdout, 3)).toEqual(['mysql-0 0/2 Init:CrashLoopBackOff']);
    expect(r.out('kubectl logs mysql-0 -c init-mysql').stdout).toBe("++ hostname\nbash: line 3: hostname: command not found\n+ [[ '' =~ -([0-9]+)$ ]]\n+ exit 1\n");
  });
  it('OrderedReady: mysql-1 and mysql-2 are never created; only the first claim exists', () => {
    expect(r.watch('Pod', 'mysql-1')).toEqual([]);
    expect(cols(r.out('kubectl get pvc').stdout, 2)).toEqual(['data-mysql-0 Bound']);
  });
  it('the init containers run in order and report the real STATUS values', () => {
    const rows = r.rows('pod/mysql-0').map((l) => l.split(' ')[2]);
    const seen = rows.filter((x, i) => rows.indexOf(x) === i);
    expect(seen).toEqual(['Pending', 'Init:0/2', 'Init:Error', 'Init:CrashLoopBackOff']);
  });
});

describe('tutorial-mysql-deployment.yaml', () => {
  const r = runScenarioFile('tutorial-mysql-deployment.yaml');
  it('the hand-made PV binds and mysql:5.6 with a root password runs', () => {
    expect(r.out('kubectl get pv,pvc').stdout).toMatch(/persistentvolumeclaim\/mysql-pv-claim\s+Bound\s+mysql-pv-volume\s+20Gi/);
    expect(cols(r.out('kubectl get pods -l app=mysql').stdout, 3)[0]).toMatch(/^mysql-\w+-\w+ 1\/1 Running$/);
  });
  it('without a password setting the database exits 1 into CrashLoopBackOff, with the entrypoint error in its log', () => {
    expect(r.out('kubectl get pods').stdout).toMatch(/mysql-no-password\s+0\/1\s+CrashLoopBackOff/);
    expect(r.out('kubectl logs mysql-no-password').stdout).toContain('[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n');
  });
});

describe('tutorial-cassandra.yaml and tutorial-rabbitmq.yaml', () => {
  it('Cassandra: three Ready members, claims of the class fast', () => {
    const r = runScenarioFile('tutorial-cassandra.yaml');
    expect(cols(r.out('kubectl get statefulset cassandra').stdout, 2)).toEqual(['cassandra 3/3']);
    expect(cols(r.out('kubectl get pvc').stdout, 2)).toEqual(['cassandra-data-cassandra-0 Bound', 'cassandra-data-cassandra-1 Bound', 'cassandra-data-cassandra-2 Bound']);
    expect(r.out('kubectl get pvc').stdout).toMatch(/1Gi\s+RWO\s+fast/);
  });
  it('RabbitMQ: the official image (tag latest) pulls and runs', () => {
    const r = runScenarioFile('tutorial-rabbitmq.yaml');
    expect(cols(r.out('kubectl get pods').stdout, 3)).toEqual(['rabbitmq-0 1/1 Running']);
    expect(r.out('kubectl get endpointslices -l kubernetes.io/service-name=rabbitmq-service').stdout).toMatch(/5672\s+10\.244\.\d+\.\d+/);
  });
});

describe('tutorial-web.yaml (StatefulSet Basics: web.yaml, web-parallel.yaml)', () => {
  const r = runScenarioFile('tutorial-web.yaml');
  it('ordered creation, claims kept after scaling down, a rolling update to nginx-slim:0.24', () => {
    expect(cols(r.out('kubectl get pods -l app=nginx').stdout, 3)).toEqual(['web-0 1/1 Running', 'web-1 1/1 Running']);
    expect(cols(r.out('kubectl get pvc -l app=nginx').stdout, 2)).toEqual(['www-web-0 Bound', 'www-web-1 Bound', 'www-web-2 Bound', 'www-web-3 Bound', 'www-web-4 Bound']);
    const images = r.outs('kubectl get pod -l app=nginx -o jsonpath=\'{range .items[*]}{.metadata.name}{"\\t"}{.spec.containers[0].image}{"\\n"}{end}\'')[0]!.stdout;
    expect(images).toBe('web-0\tregistry.k8s.io/nginx-slim:0.24\nweb-1\tregistry.k8s.io/nginx-slim:0.24\nweb-2\tregistry.k8s.io/nginx-slim:0.24\n');
  });
  it('web-parallel: five pods started together, reusing the five claims', () => {
    expect(cols(r.out('kubectl get pods -l app.kubernetes.io/name=nginx').stdout, 5)).toEqual(['web-0 1/1 Running 0 30s', 'web-1 1/1 Running 0 30s', 'web-2 1/1 Running 0 30s', 'web-3 1/1 Running 0 30s', 'web-4 1/1 Running 0 30s']);
    expect(cols(r.out('kubectl get pvc').stdout, 1)).toEqual(['www-web-0', 'www-web-1', 'www-web-2', 'www-web-3', 'www-web-4']);
  });
});
