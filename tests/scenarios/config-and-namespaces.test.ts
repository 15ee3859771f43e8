// ConfigMaps, Secrets and Namespaces as a learner meets them in the tutorials (issue 10 part 1).
// Upstream: kubectl create_configmap.go / create_secret.go / create_namespace.go; core/v1 Secret conversion
// (stringData → data); NamespaceLifecycle admission; pkg/controller/namespace.
import { describe, expect, it } from 'vitest';
import { runText } from './inlineScenario';

describe('Secret data and stringData', () => {
  const r = runText(`steps:
  - apply: |
      apiVersion: v1
      kind: Secret
      metadata: {name: s1}
      stringData: {password: hunter2}
      data: {user: YWRtaW4=}
  - kubectl: get secret s1 -o jsonpath={.data}
  - kubectl: get secret s1 -o jsonpath={.stringData}
  - apply: |
      apiVersion: v1
      kind: Secret
      metadata: {name: bad}
      data: {password: hunter2}
  - kubectl: create secret generic s2 --from-literal=password=hunter2 --from-literal=user=admin
  - kubectl: get secret s2 -o jsonpath={.data.password}
  - kubectl: get secrets
`);
  it('stringData is merged into data, base64-encoded, and never stored', () => {
    expect(JSON.parse(r.out('kubectl get secret s1 -o jsonpath={.data}').stdout)).toEqual({ password: 'aHVudGVyMg==', user: 'YWRtaW4=' });
    expect(r.out('kubectl get secret s1 -o jsonpath={.stringData}').stdout).toBe('');
  });
  it('data that is not base64 is refused by the decoder', () => {
    expect(r.out('kubectl apply -f -', 1).stderr).toBe('Error from server (BadRequest): error when creating "STDIN": Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 4\n');
  });
  it('kubectl create secret generic encodes its literals', () => {
    expect(r.out('kubectl create secret generic s2 --from-literal=password=hunter2 --from-literal=user=admin').stdout).toBe('secret/s2 created\n');
    expect(r.out('kubectl get secret s2 -o jsonpath={.data.password}').stdout).toBe('aHVudGVyMg==');
    expect(r.out('kubectl get secrets').stdout).toMatch(/s2\s+Opaque\s+2\s+0s/);
  });
});

describe('kubectl create configmap and namespace', () => {
  const r = runText(`steps:
  - kubectl: create configmap game --from-literal=lives=3 --from-literal=color=blue
  - kubectl: get configmap game -o jsonpath={.data}
  - kubectl: create configmap game --from-literal=lives=3
  - kubectl: create configmap bad --from-literal=lives
  - kubectl: create configmap dry --from-literal=a=b --dry-run=client -o yaml
  - kubectl: create namespace team-a
  - kubectl: create ns team-a
  - kubectl: get configmap dry
`);
  it('creates from literals, refuses duplicates and bad literals', () => {
    expect(r.out('kubectl create configmap game --from-literal=lives=3 --from-literal=color=blue').stdout).toBe('configmap/game created\n');
    expect(JSON.parse(r.out('kubectl get configmap game -o jsonpath={.data}').stdout)).toEqual({ lives: '3', color: 'blue' });
    expect(r.out('kubectl create configmap game --from-literal=lives=3').stderr).toBe('Error from server (AlreadyExists): configmaps "game" already exists\n');
    expect(r.out('kubectl create configmap bad --from-literal=lives').stderr).toBe('error: invalid literal source lives, expected key=value\n');
  });
  it('--dry-run=client prints without creating', () => {
    expect(r.out('kubectl create configmap dry --from-literal=a=b --dry-run=client -o yaml').stdout).toContain('kind: ConfigMap');
    expect(r.out('kubectl get configmap dry').stderr).toBe('Error from server (NotFound): configmaps "dry" not found\n');
  });
  it('creates namespaces', () => {
    expect(r.out('kubectl create namespace team-a').stdout).toBe('namespace/team-a created\n');
    expect(r.out('kubectl create ns team-a').stderr).toBe('Error from server (AlreadyExists): namespaces "team-a" already exists\n');
  });
});

describe('deleting a namespace', () => {
  const r = runText(`steps:
  - kubectl: delete namespace default
  - kubectl: delete namespace kube-system
  - kubectl: create namespace shop
  - apply: |
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: shop}
      spec:
        replicas: 2
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: c, image: nginx:1.25}]}
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: settings, namespace: shop}
  - wait: 10s
  - kubectl: delete namespace shop --wait=false
  - wait: 1s
  - kubectl: get namespace shop
  - kubectl: create configmap late -n shop
  - kubectl: get pods -n shop
  - wait: 60s
  - kubectl: get namespace shop
  - kubectl: get all -n shop
`);
  it('refuses default and kube-system with the API message', () => {
    expect(r.out('kubectl delete namespace default').stderr).toBe('Error from server (Forbidden): namespaces "default" is forbidden: this namespace may not be deleted\n');
    expect(r.out('kubectl delete namespace kube-system').stderr).toBe('Error from server (Forbidden): namespaces "kube-system" is forbidden: this namespace may not be deleted\n');
  });
  it('a deleted namespace is Terminating, refuses new content, and deletes everything in it before it goes', () => {
    expect(r.out('kubectl get namespace shop').stdout).toMatch(/shop\s+Terminating/);
    expect(r.out('kubectl create configmap late -n shop').stderr).toBe('Error from server (Forbidden): configmaps "late" is forbidden: unable to create new content in namespace shop because it is being terminated\n');
    expect(r.out('kubectl get pods -n shop').stdout).toMatch(/Terminating/);
    expect(r.out('kubectl get namespace shop', 1).stderr).toBe('Error from server (NotFound): namespaces "shop" not found\n');
    expect(r.out('kubectl get all -n shop').stderr).toBe('No resources found in shop namespace.\n');
    const ns = r.watch('Namespace', 'shop');
    const gone = ns.find((w) => w.event === 'DELETED')!;
    const lastPodGone = Math.max(...r.watch('Pod').filter((w) => w.event === 'DELETED').map((w) => w.t));
    expect(gone.t).toBeGreaterThanOrEqual(lastPodGone);
    expect(r.watch('ConfigMap', 'settings').some((w) => w.event === 'DELETED')).toBe(true);
  });
});
