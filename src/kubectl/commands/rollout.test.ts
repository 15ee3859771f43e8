// `kubectl rollout` against the real engine: exact texts of polymorphichelpers rollout_status.go, history.go,
// rollback.go and cmd/rollout (reference §2.7, §2.8, §3.3).
import { describe, expect, test } from 'vitest';
import { engineCluster } from '../testing/engineRun';

const YAML = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  serviceName: nginx
  replicas: 2
  selector: {matchLabels: {app: nginx}}
  template:
    metadata: {labels: {app: nginx}}
    spec:
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.24
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: nginx}
spec:
  replicas: 2
  selector: {matchLabels: {app: ng}}
  template:
    metadata: {labels: {app: ng}}
    spec: {containers: [{name: nginx, image: 'nginx:1.14.2'}]}
`;

const cluster = () => engineCluster(YAML);

describe('kubectl rollout (statefulset)', () => {
  test('status, history, restart, undo renumbers the old revision', () => {
    const { run, settle } = cluster();
    run('kubectl apply -f -');
    expect(run('kubectl rollout status sts/web')).toBe('Waiting for statefulset spec update to be observed...\n');
    settle();
    expect(run('kubectl rollout status sts/web')).toBe('partitioned roll out complete: 2 new pods have been updated...\n');
    expect(run('kubectl rollout history sts/web')).toBe('statefulset.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n\n');
    expect(run('kubectl rollout undo sts/web')).toBe('error: no last revision to roll back to\n');
    expect(run('kubectl rollout restart sts/web')).toBe('statefulset.apps/web restarted\n');
    settle();
    expect(run('kubectl rollout history sts/web')).toBe('statefulset.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
    expect(run('kubectl rollout undo sts/web')).toBe('statefulset.apps/web rolled back\n');
    settle();
    expect(run('kubectl rollout history statefulset web')).toBe('statefulset.apps/web \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n');
    expect(run('kubectl rollout history sts/web --revision=2')).toBe(
      'statefulset.apps/web with revision #2\nPod Template:\n  Labels:\tapp=nginx\n' +
        '  Annotations:\tkubectl.kubernetes.io/restartedAt: 2026-01-01T00:00:02Z\n  Containers:\n   nginx:\n' +
        '    Image:\tregistry.k8s.io/nginx-slim:0.24\n    Port:\t<none>\n    Host Port:\t<none>\n    Environment:\t<none>\n' +
        '    Mounts:\t<none>\n  Volumes:\t<none>\n  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n\n',
    );
    expect(run('kubectl rollout history sts/web --revision=7')).toBe('error: unable to find the specified revision\n');
    expect(run('kubectl rollout undo sts web --to-revision=3')).toBe('statefulset.apps/web skipped rollback (current template already matches revision 3)\n');
    expect(run('kubectl rollout undo sts web --to-revision=9')).toBe('error: unable to find specified revision 9 in history\n');
    expect(run('kubectl rollout pause sts/web')).toBe('error: statefulsets.apps "web" pausing is not supported\n');
    expect(run('kubectl rollout resume sts/web')).toBe('error: statefulsets.apps "web" resuming is not supported\n');
    expect(run('kubectl rollout status sts/nope')).toBe('Error from server (NotFound): statefulsets.apps "nope" not found\n');
  });
});

describe('kubectl rollout (deployment)', () => {
  test('pause, resume, restart, undo', () => {
    const { run, settle } = cluster();
    run('kubectl apply -f -');
    settle();
    expect(run('kubectl rollout status deploy/nginx')).toBe('deployment "nginx" successfully rolled out\n');
    expect(run('kubectl rollout pause deploy/nginx')).toBe('deployment.apps/nginx paused\n');
    expect(run('kubectl rollout pause deploy/nginx')).toBe('error: deployments.apps "nginx" is already paused\n');
    expect(run('kubectl rollout restart deploy/nginx')).toBe("error: deployments.apps \"nginx\" can't restart paused deployment (run rollout resume first)\n");
    expect(run('kubectl rollout undo deploy/nginx')).toBe(
      "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n",
    );
    expect(run('kubectl rollout resume deploy/nginx')).toBe('deployment.apps/nginx resumed\n');
    expect(run('kubectl rollout resume deploy/nginx')).toBe('error: deployments.apps "nginx" is not paused\n');
    expect(run('kubectl rollout undo deploy/nginx')).toBe('error: no rollout history found for deployment "nginx"\n');
    expect(run('kubectl rollout restart deploy/nginx')).toBe('deployment.apps/nginx restarted\n');
    expect(run('kubectl rollout status deploy/nginx')).toBe('Waiting for deployment spec update to be observed...\n');
    settle();
    expect(run('kubectl rollout history deploy/nginx')).toBe('deployment.apps/nginx \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
    expect(run('kubectl rollout undo deploy/nginx')).toBe('deployment.apps/nginx rolled back\n');
    settle();
    expect(run('kubectl rollout history deploy/nginx')).toBe('deployment.apps/nginx \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n');
    expect(run('kubectl rollout undo deploy/nginx --to-revision=3')).toBe(
      'deployment.apps/nginx skipped rollback (current template already matches revision 3)\n',
    );
    expect(run('kubectl rollout status pod/x')).toBe('Error from server (NotFound): pods "x" not found\n');
  });
});
