// Every command of the seed posts typed verbatim in a scenario (files, blocking commands, pipes), and the
// terminal forms of `run -it --rm`, `exec -it`, `wait`, `rollout status`, with kubectl's exact output.
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_DEPLOYMENT, SEED_PV_FILE, SEED_STATEFULSET_FILE } from '../../src/examples/seedManifests';
import { parseScenario } from '../../src/scenario';
import { readFileSync } from 'node:fs';
import { runScenarioFile, scenarioPath, type ScenarioResult } from './helpers';

const o = (stdout: string, stderr = '', exitCode = 0) => ({ stdout, stderr, exitCode });
const pick = (r: ScenarioResult, command: string, nth = 0) => {
  const { stdout, stderr, exitCode } = r.out(command, nth);
  return { stdout, stderr, exitCode };
};

describe('seed-terminal.yaml (the seed post, typed verbatim)', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('seed-terminal.yaml')));

  it('holds the post\'s three files exactly', () => {
    const parsed = parseScenario(readFileSync(scenarioPath('seed-terminal.yaml'), 'utf8'));
    expect(parsed.ok && parsed.scenario.files).toEqual({
      'statefulset-pv.yaml': SEED_PV_FILE, 'test-statefulset.yaml': SEED_STATEFULSET_FILE, 'test-deployment.yaml': SEED_DEPLOYMENT,
    });
  });

  it('kubectl apply -f  FILE reads the workspace files', () => {
    expect(pick(r, 'kubectl apply -f  statefulset-pv.yaml')).toEqual(o('persistentvolume/test-0 created\npersistentvolume/test-1 created\npersistentvolume/test-2 created\n'));
    expect(pick(r, 'kubectl apply -f  test-statefulset.yaml')).toEqual(o('service/test-statefulset-svc created\nstatefulset.apps/statefulset-test created\n'));
    expect(pick(r, 'kubectl apply -f  test-deployment.yaml')).toEqual(o('service/test-nfs-svc created\ndeployment.apps/mynginx created\n'));
    expect(pick(r, 'kubectl apply -f test-statefulset.yaml')).toEqual(o('service/test-statefulset-svc unchanged\nstatefulset.apps/statefulset-test configured\n'));
  });

  it('get -w prints the list and returns at once', () => {
    expect(pick(r, 'kubectl get pv -w').stdout.split('\n')[1]).toBe('test-0   1Gi        RWO            Retain           Pending                          <unset>                          0s');
    expect(pick(r, 'kubectl get pod -w', 1)).toEqual(o('NAME                 READY   STATUS    RESTARTS   AGE\nstatefulset-test-0   1/1     Running   0          9s\nstatefulset-test-1   1/1     Running   0          7s\nstatefulset-test-2   1/1     Running   0          3s\n'));
  });

  it('rollout status blocks, printing a line per change, until the rollout is done', () => {
    expect(pick(r, 'kubectl rollout status deployment/mynginx')).toEqual(o([
      'Waiting for deployment spec update to be observed...',
      'Waiting for deployment spec update to be observed...',
      'Waiting for deployment "mynginx" rollout to finish: 0 out of 3 new replicas have been updated...',
      'Waiting for deployment "mynginx" rollout to finish: 0 of 3 updated replicas are available...',
      'Waiting for deployment "mynginx" rollout to finish: 1 of 3 updated replicas are available...',
      'Waiting for deployment "mynginx" rollout to finish: 2 of 3 updated replicas are available...',
      'deployment "mynginx" successfully rolled out', ''].join('\n')));
    expect(pick(r, 'kubectl rollout status sts/statefulset-test').stdout.split('\n').at(-2)).toBe('partitioned roll out complete: 1 new pods have been updated...');
  });

  it('delete waits until the pod is gone (its StatefulSet makes it again)', () => {
    const del = r.out('kubectl delete pod statefulset-test-2');
    expect(pick(r, 'kubectl delete pod statefulset-test-2')).toEqual(o('pod "statefulset-test-2" deleted from default namespace\n'));
    const gone = r.watch('Pod', 'statefulset-test-2').find((w) => w.event === 'DELETED' && w.t >= del.t)!;
    const next = r.out('kubectl get pod -w -o wide');
    expect(next.t).toBe(gone.t);
    expect(next.stdout).not.toContain('statefulset-test-2 ');
    expect(pick(r, 'kubectl delete pod mynginx-5966bfc495-hzk9t')).toEqual(o('', 'Error from server (NotFound): pods "mynginx-5966bfc495-hzk9t" not found\n', 1));
  });

  it('describe pod …|grep Image: the partition keeps statefulset-test-0 on the old image', () => {
    expect(pick(r, 'kubectl describe pod statefulset-test-2|grep Image').stdout.split('\n').slice(0, 2)).toEqual([
      '    Image:          nginx:1.19',
      '    Image ID:       docker.io/library/nginx@sha256:edae41dd6f5eb2e86102097fd6ee52429dc1ca992a1fbb94aaaacedb68ec2fee',
    ]);
    expect(pick(r, 'kubectl describe pod statefulset-test-0|grep Image').stdout.split('\n').slice(0, 2)).toEqual([
      '    Image:          nginx',
      '    Image ID:       docker.io/library/nginx@sha256:cba4e07f73390732e1607009cae36af4563eb4438f310866a3035b5dec22b888',
    ]);
  });

  it('delete -f FILE', () => {
    expect(pick(r, 'kubectl delete -f test-deployment.yaml')).toEqual(o('service "test-nfs-svc" deleted from default namespace\ndeployment.apps "mynginx" deleted from default namespace\n'));
  });
});

describe('terminal-commands.yaml (run -it --rm, exec -it, wait, pipes)', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('terminal-commands.yaml')));

  it('run -i --rm … -- nslookup prints the answer, then deletes the pod', () => {
    const nslookup = (n: number, ip: string) => 'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n'
      + `Name:      web-${n}.nginx\nAddress 1: ${ip} web-${n}.nginx.default.svc.cluster.local\n`;
    expect(pick(r, 'kubectl run -i --rm --restart=Never --image=busybox:1.28 dns-test -- nslookup web-0.nginx'))
      .toEqual(o(nslookup(0, '10.244.1.2') + 'pod "dns-test" deleted from default namespace\n'));
    expect(pick(r, 'kubectl run -it --rm --restart=Never --image=busybox:1.28 dns-test2 -- nslookup web-1.nginx'))
      .toEqual(o(nslookup(1, '10.244.2.2') + 'pod "dns-test2" deleted from default namespace\n'));
    // It waited for the pod to run: the output record is stamped when typed, the deletion comes later.
    const t = r.out('kubectl run -i --rm --restart=Never --image=busybox:1.28 dns-test -- nslookup web-0.nginx').t;
    expect(r.watch('Pod', 'dns-test').at(-1)!.t).toBeGreaterThan(t);
  });

  it('exec -it POD -- CMD, the seed\'s interactive run (returns at once), wait', () => {
    expect(pick(r, 'kubectl exec -it web-0 -- hostname')).toEqual(o('web-0\n'));
    expect(pick(r, 'kubectl run -it --image=busybox:1.28.4 --rm --restart=Never sh')).toEqual(o('', "If you don't see a command prompt, try pressing enter.\n"));
    expect(pick(r, 'kubectl wait --for=condition=Ready pod/web-0 pod/web-1 --timeout=60s')).toEqual(o('pod/web-0 condition met\npod/web-1 condition met\n'));
    expect(pick(r, 'kubectl wait --for=delete pod/sh --timeout=5s')).toEqual(o('', 'error: timed out waiting for the condition on pods/sh\n', 1));
  });

  it('pipes', () => {
    expect(pick(r, 'kubectl get pods | grep -c web')).toEqual(o('2\n'));
    expect(pick(r, 'kubectl get pods --no-headers | wc -l')).toEqual(o('5\n'));
    expect(pick(r, 'kubectl get pods | tail -n 1')).toEqual(o('web-1       1/1     Running       0          6s\n'));
    expect(pick(r, 'kubectl get pods | sort -r | head -n 2')).toEqual(o('web-1       1/1     Running       0          6s\nweb-0       1/1     Running       0          7s\n'));
    expect(pick(r, "kubectl get pods | awk '{print $1}'").exitCode).toBe(127);
  });
});
