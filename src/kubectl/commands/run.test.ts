import { describe, expect, test } from 'vitest';
import { demoCluster } from '../shell/testCluster';

describe('kubectl run', () => {
  test('plain run creates a pod like run-pod/v1', () => {
    const c = demoCluster();
    expect(c.kubectl('kubectl run nginx --image=nginx')).toMatchObject({ stdout: 'pod/nginx created\n', exitCode: 0 });
    const pod = c.state.objects.Pod['default/nginx'] as { metadata: { labels: unknown }; spec: { restartPolicy: string; containers: unknown[] } };
    expect(pod.metadata.labels).toEqual({ run: 'nginx' });
    expect(pod.spec.restartPolicy).toBe('Always');
    expect(pod.spec.containers).toMatchObject([{ name: 'nginx', image: 'nginx' }]);
    expect(c.kubectl('kubectl run nginx --image=nginx').stderr).toBe('Error from server (AlreadyExists): pods "nginx" already exists\n');
  });

  test('interactive forms: prompt hint and follow-ups', () => {
    const c = demoCluster();
    const shell = c.kubectl('kubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm');
    expect(shell.stderr).toBe("If you don't see a command prompt, try pressing enter.\n");
    expect(shell.plan.follow).toEqual({ type: 'run', namespace: 'default', pod: 'dns-test', container: 'dns-test', shell: 'sh', rm: true, tty: true });
    const seed = c.kubectl('kubectl run -it --image=busybox:1.28.4 --rm --restart=Never sh');
    expect(seed.plan.follow).toMatchObject({ pod: 'sh', shell: 'sh', rm: true });
    const oneShot = c.kubectl('kubectl run dns-1 --image=busybox:1.28 --restart=Never --rm -it -- nslookup web-0.nginx');
    expect(oneShot.stderr).toBe('');
    expect(oneShot.plan.follow).toMatchObject({ type: 'run', pod: 'dns-1', command: ['nslookup', 'web-0.nginx'], rm: true });
    const pod = c.state.objects.Pod['default/dns-1'] as { spec: { containers: unknown[] } };
    expect(pod.spec.containers).toMatchObject([{ args: ['nslookup', 'web-0.nginx'], stdin: true, stdinOnce: true, tty: true }]);
  });

  test('validation errors', () => {
    const c = demoCluster();
    expect(c.kubectl('kubectl run x').stderr).toBe('error: --image is required\n');
    expect(c.kubectl('kubectl run --image=busybox').stderr).toMatch(/^error: NAME is required for run\n/);
    expect(c.kubectl('kubectl run x --image=busybox --rm').stderr).toBe('error: --rm should only be used for attached containers\n');
    expect(c.kubectl('kubectl run x --image=busybox -t').stderr).toBe('error: -i/--stdin is required for containers with -t/--tty=true\n');
    expect(c.kubectl('kubectl run x --image=busybox --restart=Sometimes').stderr).toBe('error: invalid restart policy: Sometimes\n');
  });

  test('exec into a pod that has not started yet', () => {
    const c = demoCluster();
    c.kubectl('kubectl run late --image=busybox:1.28 --restart=Never');
    expect(c.kubectl('kubectl exec late -- hostname').stderr).toBe('Error from server (BadRequest): pod late does not have a host assigned\n');
  });
});
