// The Elasticsearch examples of kubernetes/examples (_archived/elasticsearch, production_cluster) as scenarios,
// and what they need: ReplicationControllers (the ReplicaSet controller run for an RC), ServiceAccount admission,
// RBAC objects stored (not enforced), a privileged `sysctl -w` init container. Issue 10 part 1.
import { describe, expect, it } from 'vitest';
import { cols, runScenarioFile } from './helpers';
import { runText, scenario } from './inlineScenario';

const RC = `
      apiVersion: v1
      kind: ReplicationController
      metadata: {name: es}
      spec:
        replicas: 2
        template:
          metadata: {labels: {component: elasticsearch}}
          spec:
            serviceAccount: elasticsearch
            initContainers:
            - name: init-sysctl
              image: busybox
              command: ["sysctl", "-w", "vm.max_map_count=262144"]
              securityContext: {privileged: PRIV}
            containers:
            - {name: es, image: "quay.io/pires/docker-elasticsearch-kubernetes:5.6.2"}`;

describe('tutorial-elasticsearch.yaml', () => {
  const r = runScenarioFile('tutorial-elasticsearch.yaml');
  it('creates the README objects with kubectl create -f, RBAC objects included', () => {
    expect(r.out('kubectl create -f service-account.yaml').stdout).toBe('serviceaccount/elasticsearch created\n');
    expect(r.out('kubectl create -f es-rc.yaml').stdout).toBe('replicationcontroller/es created\n');
    expect(r.out('kubectl create -f rbac.yaml').stdout).toBe('role.rbac.authorization.k8s.io/elasticsearch created\nrolebinding.rbac.authorization.k8s.io/elasticsearch created\n');
    // Podium's own line, so that nobody takes the stored Role for an enforced one.
    expect(r.out('kubectl create -f rbac.yaml').stderr).toBe('Podium: RBAC is not enforced in this simulation: Roles and bindings are stored and listed, and every request is allowed with or without them\n');
    expect(r.out('kubectl create -f es-rc.yaml').stderr).toBe('');
  });
  it('the privileged init container sets vm.max_map_count, then es runs', () => {
    expect(r.out('kubectl logs rc/es -c init-sysctl').stdout).toBe('vm.max_map_count = 262144\n');
    expect(cols(r.out('kubectl get pods').stdout, 3)[0]).toMatch(/^es-[a-z0-9]{5} 1\/1 Running$/);
    expect(cols(r.out('kubectl get rc es').stdout, 4)).toEqual(['es 1 1 1']);
    const first = cols(r.out('kubectl get pods').stdout, 1)[0]!;
    const statuses = r.rows(`pod/${first}`).map((l) => l.split(' ')[2]);
    expect(statuses.filter((x, i) => statuses.indexOf(x) === i)).toEqual(['Pending', 'Init:0/1', 'PodInitializing', 'ContainerCreating', 'Running']);
  });
  it('the LoadBalancer Service waits for an external IP, as on minikube without a tunnel', () => {
    expect(r.out('kubectl get service elasticsearch').stdout).toMatch(/^elasticsearch\s+LoadBalancer\s+10\.\d+\.\d+\.\d+\s+<pending>\s+9200:3\d{4}\/TCP,9300:3\d{4}\/TCP\s/m);
  });
  it('scale rc es to 3: three pods with random names, owned by the ReplicationController', () => {
    expect(r.out('kubectl scale --replicas=3 rc es').stdout).toBe('replicationcontroller/es scaled\n');
    const pods = cols(r.out('kubectl get pods', 1).stdout, 3);
    expect(pods).toHaveLength(3);
    for (const p of pods) expect(p).toMatch(/^es-[a-z0-9]{5} 1\/1 Running$/);
    const owner = r.watch('Pod').at(-1)!.object.metadata.ownerReferences?.[0];
    expect(owner).toMatchObject({ apiVersion: 'v1', kind: 'ReplicationController', name: 'es', controller: true });
  });
  it('lists the RC, ServiceAccount, Role and RoleBinding as kubectl prints them', () => {
    const t = r.out('kubectl get rc,sa,role,rolebinding').stdout;
    expect(t).toMatch(/^NAME\s+DESIRED\s+CURRENT\s+READY\s+AGE\nreplicationcontroller\/es\s+3\s+3\s+3\s+\d+s\n\nNAME\s+SECRETS\s+AGE\nserviceaccount\/elasticsearch\s+0\s+\d+s\n\nNAME\s+CREATED AT\nrole\.rbac\.authorization\.k8s\.io\/elasticsearch\s+2026-01-01T00:00:00Z\n\nNAME\s+ROLE\s+AGE\nrolebinding\.rbac\.authorization\.k8s\.io\/elasticsearch\s+Role\/elasticsearch\s+\d+s\n$/);
    expect(r.out('kubectl get rolebinding elasticsearch -o wide').stdout).toMatch(/^NAME\s+ROLE\s+AGE\s+USERS\s+GROUPS\s+SERVICEACCOUNTS\nelasticsearch\s+Role\/elasticsearch\s+\d+s\s+default\/elasticsearch\n$/);
  });
});

describe('tutorial-elasticsearch-production.yaml', () => {
  const r = runScenarioFile('tutorial-elasticsearch-production.yaml');
  it('master, client and data run, each its own ReplicationController', () => {
    expect(cols(r.out('kubectl get pods').stdout, 3).map((l) => l.replace(/-[a-z0-9]{5} /, '-xxxxx '))).toEqual(['es-client-xxxxx 1/1 Running', 'es-data-xxxxx 1/1 Running', 'es-master-xxxxx 1/1 Running']);
    expect(cols(r.out('kubectl get rc').stdout, 4)).toEqual(['es-client 1 1 1', 'es-data 1 1 1', 'es-master 1 1 1']);
  });
  it('the discovery Service selects only the master', () => {
    const slices = r.out('kubectl get endpointslices -l kubernetes.io/service-name=elasticsearch-discovery').stdout;
    expect(slices.trim().split('\n')).toHaveLength(2);
    expect(slices).toMatch(/\s9300\s+10\.244\.\d+\.\d+\s/);
  });
});

describe('ReplicationController, ServiceAccount admission and sysctl (inline)', () => {
  it('a pod naming a missing ServiceAccount is refused; the RC reports FailedCreate and creates once it exists', () => {
    const r = runText(scenario(`  - apply: |${RC.replace('PRIV', 'true')}
  - wait: 5s
  - kubectl: get pods
  - kubectl: get events --field-selector involvedObject.kind=ReplicationController
  - kubectl: create serviceaccount elasticsearch
  - wait: stable
  - kubectl: get rc es
`));
    expect(r.out('kubectl get pods').stderr).toBe('No resources found in default namespace.\n');
    expect(r.out('kubectl get events --field-selector involvedObject.kind=ReplicationController').stdout).toContain('Error creating: pods "es-" is forbidden: error looking up service account default/elasticsearch: serviceaccount "elasticsearch" not found');
    expect(r.out('kubectl get rc es').stdout).toMatch(/^NAME\s+DESIRED\s+CURRENT\s+READY\s+AGE\nes\s+2\s+2\s+2\s/);
  });
  it('a pod created directly with a missing ServiceAccount gets the admission error; default is always there', () => {
    const r = runText(scenario(`  - apply: |
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec: {serviceAccountName: nope, containers: [{name: c, image: nginx}]}
  - kubectl: run q --image=nginx
  - kubectl: get pod q -o jsonpath='{.spec.serviceAccountName}/{.spec.serviceAccount}'
`));
    expect(r.out('kubectl apply -f -').stderr).toBe('Error from server (Forbidden): error when creating "STDIN": pods "p" is forbidden: error looking up service account default/nope: serviceaccount "nope" not found\n');
    expect(r.out(`kubectl get pod q -o jsonpath='{.spec.serviceAccountName}/{.spec.serviceAccount}'`).stdout).toBe('default/default');
  });
  it('the deprecated serviceAccount field fills serviceAccountName (v1 conversion)', () => {
    const r = runText(scenario(`  - kubectl: create serviceaccount elasticsearch
  - apply: |${RC.replace('PRIV', 'true')}
  - wait: stable
  - kubectl: get pods -o jsonpath='{.items[0].spec.serviceAccountName}'
`));
    expect(r.out(`kubectl get pods -o jsonpath='{.items[0].spec.serviceAccountName}'`).stdout).toBe('elasticsearch');
  });
  it('without privileged, /proc/sys is read-only: busybox sysctl fails and the pod stays in Init:CrashLoopBackOff', () => {
    const r = runText(scenario(`  - kubectl: create serviceaccount elasticsearch
  - apply: |${RC.replace('PRIV', 'false')}
  - wait: 60s
  - kubectl: get pods
  - kubectl: logs rc/es -c init-sysctl
`));
    expect(cols(r.out('kubectl get pods').stdout, 3).map((l) => l.replace(/^es-\w+/, 'es'))).toEqual(['es 0/1 Init:CrashLoopBackOff', 'es 0/1 Init:CrashLoopBackOff']);
    expect(r.out('kubectl logs rc/es -c init-sysctl').stdout).toBe("sysctl: error setting key 'vm.max_map_count': Read-only file system\n");
  });
  it('RC defaulting and validation: selector and labels from the template; a selector that does not match is Invalid', () => {
    const r = runText(scenario(`  - apply: |
      apiVersion: v1
      kind: ReplicationController
      metadata: {name: a}
      spec:
        template:
          metadata: {labels: {app: a}}
          spec: {containers: [{name: c, image: nginx}]}
  - kubectl: get rc a -o jsonpath='{.spec.replicas} {.spec.selector} {.metadata.labels}'
  - wait: stable
  - kubectl: describe rc a
  - kubectl: get all
  - apply: |
      apiVersion: v1
      kind: ReplicationController
      metadata: {name: b}
      spec:
        selector: {app: x}
        template:
          metadata: {labels: {app: b}}
          spec: {restartPolicy: OnFailure, containers: [{name: c, image: nginx}]}
  - wait: stable
  - kubectl: delete rc a
  - wait: stable
  - kubectl: get pods
`));
    expect(r.out(`kubectl get rc a -o jsonpath='{.spec.replicas} {.spec.selector} {.metadata.labels}'`).stdout).toBe('1 {"app":"a"} {"app":"a"}');
    const d = r.out('kubectl describe rc a').stdout;
    expect(d).toMatch(/^Name:\s+a\nNamespace:\s+default\nSelector:\s+app=a\nLabels:\s+app=a\nAnnotations:\s+<none>\n/);
    expect(d).toContain('Replicas:     1 current / 1 desired\nPods Status:  1 Running / 0 Waiting / 0 Succeeded / 0 Failed\n');
    expect(d).toMatch(/Normal\s+SuccessfulCreate\s+\d+s\s+replication-controller\s+Created pod: a-[a-z0-9]{5}\n/);
    expect(r.out('kubectl get all').stdout).toMatch(/\n\nNAME\s+DESIRED\s+CURRENT\s+READY\s+AGE\nreplicationcontroller\/a\s+1\s+1\s+1\s/);
    expect(r.outs('kubectl apply -f -')[1]!.stderr).toBe('The ReplicationController "b" is invalid: \n* spec.template.metadata.labels: Invalid value: {"app":"b"}: `selector` does not match template `labels`\n* spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"\n');
    expect(r.out('kubectl delete rc a').stdout).toBe('replicationcontroller "a" deleted from default namespace\n');
    expect(r.out('kubectl get pods').stderr).toBe('No resources found in default namespace.\n');
  });
  it('removed API versions fail as the v1.34 API server does (RBAC v1beta1, extensions/v1beta1)', () => {
    const r = runText(scenario(`  - apply: |
      apiVersion: rbac.authorization.k8s.io/v1beta1
      kind: Role
      metadata: {name: elasticsearch}
      rules: []
`));
    expect(r.out('kubectl apply -f -').stderr).toBe('error: resource mapping not found for name: "elasticsearch" namespace: "" from "STDIN": no matches for kind "Role" in version "rbac.authorization.k8s.io/v1beta1"\nensure CRDs are installed first\n');
  });
});
